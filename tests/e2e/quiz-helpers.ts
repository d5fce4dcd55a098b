/** Taking the check in a browser, shared by the quiz, result and team tests. */
import { expect, type Page } from '@playwright/test';
import { describeResult, orderedItems, scoreAnswers } from '../../src/lib/scoring.ts';
import { encodeResult } from '../../src/lib/result-code.ts';
import { hydrated, v1 } from './support.ts';

/** A known answer pattern: each item's answer follows from its place in the data. */
export const pattern = (itemId: string): number => (v1.items.findIndex((i) => i.id === itemId) % 5) + 1;
export const expected = describeResult(v1, scoreAnswers(v1, Object.fromEntries(v1.items.map((i) => [i.id, pattern(i.id)])))!);

/**
 * Where the quiz keeps its progress (src/stores/self.ts), the rater version its own
 * (src/stores/rater.ts), and the history (src/stores/history-log.ts).
 */
export const QUIZ_KEY = 'minime:quiz:v1';
export const RATER_KEY = 'minime:rater:v1';
export const HISTORY_KEY = 'minime:history:v1';

/**
 * Stored progress with the first `count` statements (in the order the check asks them) answered by
 * `pattern`, standing at the next one: what answering them by hand would leave behind. With every
 * statement answered it stands on the result.
 */
export function progressAfter(count: number): string {
  const items = orderedItems(v1, 'self').slice(0, count);
  const answers = Object.fromEntries(items.map((i) => [i.id, pattern(i.id)]));
  return JSON.stringify({ format: 1, version: v1.version, answers, position: count, started: true });
}

/**
 * Puts values into this site's localStorage before a page reads them, for tests about something
 * other than the path there. Uses a content page, which has no script, so nothing on it reads or writes first.
 */
export async function seedStorage(page: Page, values: Record<string, string>): Promise<void> {
  await page.goto('/about/');
  await page.evaluate((v) => {
    for (const [key, value] of Object.entries(v)) localStorage.setItem(key, value);
  }, values);
}

/** Opens the check with `count` statements already answered (all of them: on the result). */
export async function openQuizAfter(page: Page, count: number): Promise<void> {
  await seedStorage(page, { [QUIZ_KEY]: progressAfter(count) });
  await page.goto('/quiz/');
  await hydrated(page);
}

/** The item whose statement is on screen. */
export async function currentItemId(page: Page): Promise<string> {
  const legend = (await page.locator('legend').innerText()).trim();
  const item = v1.items.find((i) => legend.endsWith(i.self));
  if (!item) throw new Error(`no item matches the statement "${legend}"`);
  return item.id;
}

/** Answers `count` items with the keyboard alone: digit, then Enter. */
export async function answerByKeyboard(page: Page, count: number): Promise<void> {
  for (let n = 0; n < count; n++) {
    const id = await currentItemId(page);
    await page.keyboard.press(String(pattern(id)));
    await expect(page.getByRole('radio', { name: v1.scale[pattern(id) - 1]!.label, exact: true })).toBeChecked();
    await page.keyboard.press('Enter');
    // Wait until the next statement (or the result) is on screen before reading or pressing on.
    const previous = v1.items.find((i) => i.id === id)!.self;
    await page.waitForFunction(
      (text) => !!document.querySelector('[data-result-code]') || !document.querySelector('legend')?.textContent?.endsWith(text),
      previous,
    );
  }
}

/** Opens the check and starts it by clicking, for tests about what happens after the start. */
export async function startCheck(page: Page): Promise<void> {
  await page.goto('/quiz/');
  await hydrated(page);
  await page.getByRole('button', { name: /Start the check|Continue/ }).click();
  await expect(page.locator('#progress-label')).toHaveText(`Statement 1 of ${v1.items.length}`);
}

/** Opens the check and starts it from the top of the page with the keyboard alone. */
export async function startByKeyboard(page: Page): Promise<void> {
  await page.goto('/quiz/');
  await hydrated(page);
  const start = page.getByRole('button', { name: /Start the check|Continue/ });
  // Tab from the top of the page until the start button has focus: no mouse anywhere.
  for (let i = 0; i < 30 && !(await start.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#progress-label')).toHaveText(`Statement 1 of ${v1.items.length}`);
}

export async function expectResult(page: Page): Promise<void> {
  const result = page.locator('[data-result-code]');
  await expect(result).toHaveAttribute('data-result-code', encodeResult(expected.result));
  await expect(result.locator('.index-value')).toHaveText(String(expected.index));
  await expect(result.locator('.index-band')).toHaveText(expected.indexBand!.name);
  for (const d of expected.dimensions) {
    await expect(result.locator('.chart-row', { hasText: d.dimension.name })).toContainText(d.band!.name);
  }
}
