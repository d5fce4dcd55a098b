/** The self-check in a real browser: keyboard path, resume, broken storage, axe, 320 px. */
import { test, expect } from '@playwright/test';
import { expectNoA11yViolations, hasHorizontalScroll, hydrated, refuseStorage, v1, watch } from './support.ts';
import {
  answerByKeyboard,
  currentItemId,
  expectResult,
  openQuizAfter,
  pattern,
  QUIZ_KEY,
  seedStorage,
  startByKeyboard,
  startCheck,
} from './quiz-helpers.ts';

test('the whole check can be taken with the keyboard alone, reaching the result the test computes', async ({ page, baseURL }) => {
  // With the motion most readers get (the other tests ask for reduced motion, see playwright.config.ts).
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const w = await watch(page, new URL(baseURL as string).origin);
  await startByKeyboard(page);
  // Focus lands on the first option of the new statement; the progress is announced in the legend.
  await expect(page.getByRole('radio').first()).toBeFocused();
  await expect(page.getByRole('group', { name: new RegExp(`^Statement 1 of ${v1.items.length}:`) })).toBeVisible();
  // Arrow keys move within the real radio group.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio').nth(1)).toBeChecked();
  await answerByKeyboard(page, v1.items.length);
  await expectResult(page);
  await expect(page.getByRole('heading', { name: /Mini-Me Index/ })).toBeFocused();
  expect(w.errors).toEqual([]);
  expect(w.foreign).toEqual([]);
  // No request carried an answer: nothing but same-origin GETs, and no query strings.
  expect(w.requests.filter((r) => r.body !== null || new URL(r.url).search !== '')).toEqual([]);
});

test('Back returns to the previous statement with its answer kept', async ({ page }) => {
  await startCheck(page);
  await answerByKeyboard(page, 2);
  await expect(page.locator('#progress-label')).toHaveText(`Statement 3 of ${v1.items.length}`);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('#progress-label')).toHaveText(`Statement 2 of ${v1.items.length}`);
  const id = await currentItemId(page);
  await expect(page.getByRole('radio', { name: v1.scale[pattern(id) - 1]!.label, exact: true })).toBeChecked();
});

test('a reload resumes at the same statement with the answers kept', async ({ page }) => {
  await startCheck(page);
  await answerByKeyboard(page, 3);
  const id = await currentItemId(page);
  await page.reload();
  await hydrated(page);
  await expect(page.locator('#progress-label')).toHaveText(`Statement 4 of ${v1.items.length}`);
  expect(await currentItemId(page)).toBe(id);
  // The answers before it are kept, not just the position.
  await page.getByRole('button', { name: 'Back' }).click();
  const previous = await currentItemId(page);
  await expect(page.getByRole('radio', { name: v1.scale[pattern(previous) - 1]!.label, exact: true })).toBeChecked();
});

test('answering the last statement shows the result, and the result survives a reload', async ({ page }) => {
  await openQuizAfter(page, v1.items.length - 1);
  await expect(page.locator('#progress-label')).toHaveText(`Statement ${v1.items.length} of ${v1.items.length}`);
  await answerByKeyboard(page, 1);
  await expectResult(page);
  await page.reload();
  await hydrated(page);
  await expectResult(page);
});

test('Start over asks first, and only clears after confirming', async ({ page }) => {
  await startCheck(page);
  await answerByKeyboard(page, 3);
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByText('Start over? Your answers so far will be cleared')).toBeFocused();
  await page.getByRole('button', { name: 'Keep my answers' }).click();
  await expect(page.locator('#progress-label')).toHaveText(`Statement 4 of ${v1.items.length}`);
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Yes, start over' }).click();
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
});

test('with localStorage throwing on every access, the check still works and says once that nothing is kept', async ({ page, baseURL }) => {
  const w = await watch(page, new URL(baseURL as string).origin);
  await refuseStorage(page);
  await startCheck(page);
  await expect(page.getByRole('status').filter({ hasText: 'progress will not be kept' })).toHaveCount(1);
  await answerByKeyboard(page, v1.items.length);
  await expectResult(page);
  await expect(page.getByText('progress will not be kept')).toHaveCount(1);
  expect(w.errors).toEqual([]);
});

test('with storage full, answers are kept in memory and the user is told', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await startCheck(page);
  await answerByKeyboard(page, 1);
  await expect(page.getByText('storage for this site is full')).toBeVisible();
  await answerByKeyboard(page, 2);
  await expect(page.locator('#progress-label')).toHaveText(`Statement 4 of ${v1.items.length}`);
  await page.getByRole('button', { name: 'Back' }).click();
  const id = await currentItemId(page);
  await expect(page.getByRole('radio', { name: v1.scale[pattern(id) - 1]!.label, exact: true })).toBeChecked();
});

for (const garbage of [
  '{not json',
  '{"format":1,"version":1,"answers":{"way-1":"<img src=x onerror=alert(1)>"},"position":3,"started":true}',
  '[]',
  '"x"'.repeat(30000),
]) {
  test(`a corrupt stored value (${garbage.slice(0, 24)}…) is reported, kept aside, and the check starts fresh`, async ({
    page,
    baseURL,
  }) => {
    const w = await watch(page, new URL(baseURL as string).origin);
    await seedStorage(page, { [QUIZ_KEY]: garbage });
    await page.goto('/quiz/');
    await hydrated(page);
    await expect(page.getByText('could not read the progress saved on this device')).toBeVisible();
    await expect(page.locator('img[src=x]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Start the check' }).click();
    await answerByKeyboard(page, 1);
    expect(await page.evaluate(() => localStorage.getItem('minime:quiz:v1:unreadable'))).toBe(garbage);
    await expect(page.locator('#progress-label')).toHaveText(`Statement 2 of ${v1.items.length}`);
    expect(w.errors).toEqual([]);
  });
}

test('stored answers for unknown items or off the scale are ignored, not trusted', async ({ page }) => {
  const first = v1.items.find((i) => i.dimension === v1.dimensions[0]!.id)!;
  await seedStorage(page, {
    [QUIZ_KEY]: JSON.stringify({ format: 1, version: 1, answers: { [first.id]: 9, ghost: 3 }, position: 15, started: true }),
  });
  await page.goto('/quiz/');
  await hydrated(page);
  // No valid answer was stored, so the position falls back to the first statement.
  await expect(page.locator('#progress-label')).toHaveText(`Statement 1 of ${v1.items.length}`);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

// The intro is /quiz/ as loaded, which site.spec.ts checks in both schemes with every page.
test('axe finds no violation mid-check and on the result, light and dark', async ({ page }) => {
  const bothSchemes = async (label: string) => {
    await expectNoA11yViolations(page, `${label} (light)`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoA11yViolations(page, `${label} (dark)`);
    await page.emulateMedia({ colorScheme: 'light' });
  };
  await openQuizAfter(page, 3);
  await page.getByRole('radio').nth(1).check();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
  await bothSchemes('mid-check');
  await openQuizAfter(page, v1.items.length);
  await expectResult(page);
  await bothSchemes('result');
});

// The intro is /quiz/ as loaded, which site.spec.ts checks at 320 px with every page.
test('no horizontal scroll at 320 px on a statement and the result', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await startCheck(page);
  expect(await hasHorizontalScroll(page)).toBe(false);
  await openQuizAfter(page, v1.items.length);
  await expectResult(page);
  expect(await hasHorizontalScroll(page)).toBe(false);
});

test('the layout does not shift between statements: options and buttons stay put', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await startByKeyboard(page);
  const box = async () => {
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    // Relative to the quiz's own box, so page scrolling (focus moves to each new statement) is not counted.
    return page
      .getByRole('button', { name: 'Next' })
      .evaluate((el) => el.getBoundingClientRect().top - el.closest('.quiz')!.getBoundingClientRect().top);
  };
  const positions: number[] = [];
  for (let n = 0; n < 6; n++) {
    positions.push(await box());
    await answerByKeyboard(page, 1);
  }
  expect(new Set(positions).size, `Next moved: ${positions.join(', ')}`).toBe(1);
});
