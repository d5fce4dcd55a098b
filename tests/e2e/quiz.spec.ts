/** The self-check in a real browser: keyboard path, resume, broken storage, axe, 320 px. */
import { test, expect } from '@playwright/test';
import { current, expectNoA11yViolations, hasHorizontalScroll, hydrated, refuseStorage, watch } from './support.ts';
import {
  answerByKeyboard,
  currentItemId,
  expected,
  expectResult,
  expectResultIn,
  HISTORY_KEY,
  labelOf,
  openQuizAfter,
  pattern,
  profile,
  progressAfter,
  QUIZ_KEY,
  seedStorage,
  startByKeyboard,
  startCheck,
} from './quiz-helpers.ts';
import { describeResult, NOT_APPLICABLE, orderedItems } from '../../src/lib/scoring.ts';
import { readAnswers } from '../../src/lib/verdict.ts';

const items = orderedItems(current, 'self');
/** Every statement answered with the middle of the scale: a straight line, which carries no verdict. */
const middle = current.scale[Math.floor(current.scale.length / 2)]!;
const straightLine = Object.fromEntries(items.map((i) => [i.id, middle.value]));

test('the whole check can be taken with the keyboard alone, reaching the result the test computes', async ({ page, baseURL }) => {
  // With the motion most readers get (the other tests ask for reduced motion, see playwright.config.ts).
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const w = await watch(page, new URL(baseURL as string).origin);
  await startByKeyboard(page);
  // Focus lands on the first option of the new statement; the progress is announced in the legend.
  await expect(page.getByRole('radio').first()).toBeFocused();
  await expect(page.getByRole('group', { name: new RegExp(`^Statement 1 of ${items.length}:`) })).toBeVisible();
  // Arrow keys move within the real radio group.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio').nth(1)).toBeChecked();
  // The pattern says "hasn't come up" at least once: its key is 0, and it is one more radio of the group.
  expect(items.filter((i) => pattern(i.id) === NOT_APPLICABLE).length).toBeGreaterThan(0);
  await expect(page.locator('.hint')).toContainText(`0 for “${current.notApplicable}”`);
  await answerByKeyboard(page, items.length);
  await expectResult(page);
  await expect(page.locator('#result-title')).toBeFocused();
  expect(w.errors).toEqual([]);
  expect(w.foreign).toEqual([]);
  // No request carried an answer: nothing but same-origin GETs, and no query strings.
  expect(w.requests.filter((r) => r.body !== null || new URL(r.url).search !== '')).toEqual([]);
});

test('Back returns to the previous statement with its answer kept', async ({ page }) => {
  await startCheck(page);
  await answerByKeyboard(page, 2);
  await expect(page.locator('#progress-label')).toHaveText(`Statement 3 of ${items.length}`);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('#progress-label')).toHaveText(`Statement 2 of ${items.length}`);
  const id = await currentItemId(page);
  await expect(page.getByRole('radio', { name: labelOf(pattern(id)), exact: true })).toBeChecked();
});

test('a reload resumes at the same statement with the answers kept', async ({ page }) => {
  await startCheck(page);
  await answerByKeyboard(page, 3);
  const id = await currentItemId(page);
  await page.reload();
  await hydrated(page);
  await expect(page.locator('#progress-label')).toHaveText(`Statement 4 of ${items.length}`);
  expect(await currentItemId(page)).toBe(id);
  // The answers before it are kept, not just the position.
  await page.getByRole('button', { name: 'Back' }).click();
  const previous = await currentItemId(page);
  await expect(page.getByRole('radio', { name: labelOf(pattern(previous)), exact: true })).toBeChecked();
});

test('answering the last statement shows the result, and the result survives a reload', async ({ page }) => {
  await openQuizAfter(page, items.length - 1);
  await expect(page.locator('#progress-label')).toHaveText(`Statement ${items.length} of ${items.length}`);
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
  await expect(page.locator('#progress-label')).toHaveText(`Statement 4 of ${items.length}`);
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Yes, start over' }).click();
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
});

test('with localStorage throwing on every access, the check still works and says once that nothing is kept', async ({ page, baseURL }) => {
  const w = await watch(page, new URL(baseURL as string).origin);
  await refuseStorage(page);
  await startCheck(page);
  await expect(page.getByRole('status').filter({ hasText: 'progress will not be kept' })).toHaveCount(1);
  await answerByKeyboard(page, items.length);
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
  await expect(page.locator('#progress-label')).toHaveText(`Statement 4 of ${items.length}`);
  await page.getByRole('button', { name: 'Back' }).click();
  const id = await currentItemId(page);
  await expect(page.getByRole('radio', { name: labelOf(pattern(id)), exact: true })).toBeChecked();
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
    await expect(page.locator('#progress-label')).toHaveText(`Statement 2 of ${items.length}`);
    expect(w.errors).toEqual([]);
  });
}

test('stored answers for unknown items or off the scale are ignored, not trusted', async ({ page }) => {
  const first = items[0]!;
  await seedStorage(page, {
    [QUIZ_KEY]: JSON.stringify({ format: 1, version: current.version, answers: { [first.id]: 9, ghost: 3 }, position: 15, started: true }),
  });
  await page.goto('/quiz/');
  await hydrated(page);
  // No valid answer was stored, so the position falls back to the first statement.
  await expect(page.locator('#progress-label')).toHaveText(`Statement 1 of ${items.length}`);
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
  await openQuizAfter(page, items.length);
  await expectResult(page);
  await bothSchemes('result');
  await openQuizAfter(page, items.length, straightLine);
  await expect(page.locator('[data-no-verdict]')).toBeVisible();
  await bothSchemes('no verdict');
});

// The intro is /quiz/ as loaded, which site.spec.ts checks at 320 px with every page.
test('no horizontal scroll at 320 px on a statement and the result', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await startCheck(page);
  expect(await hasHorizontalScroll(page)).toBe(false);
  await openQuizAfter(page, items.length);
  await expectResult(page);
  expect(await hasHorizontalScroll(page)).toBe(false);
  await openQuizAfter(page, items.length, straightLine);
  await expect(page.locator('[data-no-verdict]')).toBeVisible();
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

test('a straight line of answers gets no verdict: said plainly, with the reason, no result, link or history entry', async ({ page }) => {
  expect(readAnswers(current, straightLine)?.kind).toBe('no-verdict');
  await seedStorage(page, { [QUIZ_KEY]: progressAfter(items.length - 1, straightLine) });
  await page.goto('/quiz/');
  await hydrated(page);
  await page.keyboard.press(String(middle.value));
  await page.keyboard.press('Enter');
  const card = page.locator('[data-no-verdict]');
  await expect(card).toHaveAttribute('data-no-verdict', 'same-answer');
  await expect(page.getByRole('heading', { name: 'No result from these answers' })).toBeFocused();
  await expect(card).toContainText('Every statement got the same answer');
  await expect(card).toContainText('a recent ride-along');
  await expect(page.locator('[data-result-code]')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Link to this result' })).toHaveCount(0);
  await expect(page.locator('.chart, .index, .share')).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), HISTORY_KEY)).toBeNull();

  // Review goes back to the first statement with the answers kept; Start over asks, then clears.
  await page.getByRole('button', { name: 'Review my answers' }).click();
  await expect(page.locator('#progress-label')).toHaveText(`Statement 1 of ${items.length}`);
  await expect(page.getByRole('radio', { name: middle.label, exact: true })).toBeChecked();
  await seedStorage(page, { [QUIZ_KEY]: progressAfter(items.length, straightLine) });
  await page.goto('/quiz/');
  await hydrated(page);
  await page.locator('[data-no-verdict]').getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Yes, start over' }).click();
  await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
});

test('a dimension with too many “hasn’t come up” answers reads “Not enough answers”; the rest still have their levels', async ({
  page,
}) => {
  const first = current.dimensions[0]!;
  const own = items.filter((i) => i.dimension === first.id);
  // All but the fewest answers a dimension needs for a level say "hasn't come up".
  const needed = current.verdict?.minAnsweredPerDimension ?? own.length;
  const answers = profile(
    'self',
    [1, 2, 3, 1],
    own.slice(needed - 1).map((i) => i.id),
  );
  const reading = readAnswers(current, answers);
  expect(reading?.kind === 'result' && reading.result.levels[0]).toBeNull();
  const view = describeResult(current, reading!.kind === 'result' ? reading!.result : expected.result);
  await openQuizAfter(page, items.length, answers);
  await expectResultIn(page.locator('[data-result-code]'), view);
  await expect(page.locator('.dim', { hasText: first.name })).toContainText('Too many of this dimension’s situations had not come up');
});
