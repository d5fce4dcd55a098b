/** Taking the check in a browser, shared by the quiz, result and team tests. */
import { expect, type Locator, type Page } from '@playwright/test';
import {
  describeResult,
  NOT_APPLICABLE,
  orderedItems,
  type Answers,
  type Form,
  type Result,
  type ResultView,
} from '../../src/lib/scoring.ts';
import { readAnswers } from '../../src/lib/verdict.ts';
import { encodeResult } from '../../src/lib/result-code.ts';
import { current, hydrated } from './support.ts';

/**
 * A consistent respondent: on the d-th dimension every statement is answered `steps[d]` scale points
 * from its adaptive end toward its mini-me end (so mirrored statements agree), and the statements in
 * `notApplicable` are answered "hasn't come up".
 */
export function profile(form: Form, steps: readonly number[], notApplicable: readonly string[] = []): Answers {
  const values = current.scale.map((p) => p.value);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  return Object.fromEntries(
    orderedItems(current, form).map((item) => {
      const step = steps[current.dimensions.findIndex((d) => d.id === item.dimension)] ?? 0;
      const value = notApplicable.includes(item.id) ? NOT_APPLICABLE : item.keying === 'mini-me' ? min + step : max - step;
      return [item.id, value];
    }),
  );
}

/** The result complete answers give, failing here (with the reasons) if they carry no verdict. */
export function verdictOf(answers: Answers, form: Form): Result {
  const reading = readAnswers(current, answers, form);
  if (reading?.kind !== 'result') throw new Error(`the test's answers carry no verdict: ${JSON.stringify(reading)}`);
  return reading.result;
}

/** The first dimension's last statement, which the known pattern says "hasn't come up" to. */
const notApplicableItem = orderedItems(current, 'self')
  .filter((i) => i.dimension === current.dimensions[0]!.id)
  .at(-1)!.id;

/**
 * The known answer pattern: the dimensions lean 1, 2, 3 and 1 steps toward mini-me, and one statement
 * "hasn't come up". It carries a verdict with a level on every dimension (checked as this file loads),
 * so its result link is one of the prerendered pages.
 */
const ANSWERS = profile('self', [1, 2, 3, 1], current.notApplicable === undefined ? [] : [notApplicableItem]);
export const pattern = (itemId: string): number => ANSWERS[itemId]!;
export const expected: ResultView = describeResult(current, verdictOf(ANSWERS, 'self'));
if (expected.indexBand === undefined) throw new Error('the known pattern must give every dimension a level');

/** The label of an answer value: a point on the scale, or "hasn't come up". */
export function labelOf(value: number): string {
  const label = value === NOT_APPLICABLE ? current.notApplicable : current.scale.find((p) => p.value === value)?.label;
  if (label === undefined) throw new Error(`${value} is not an answer of version ${current.version}`);
  return label;
}

/** Where the quiz keeps its progress (src/stores/self.ts and rater.ts) and the history (src/stores/history-log.ts). */
export const QUIZ_KEY = 'minime:quiz:v1';
export const RATER_KEY = 'minime:rater:v1';
export const HISTORY_KEY = 'minime:history:v1';

/**
 * Stored progress with the first `count` statements (in the order the check asks them) answered as
 * `answers` says (by default the known pattern), standing at the next one: what answering them by hand
 * would leave behind. With every statement answered it stands on the result.
 */
export function progressAfter(count: number, answers: Answers = ANSWERS, form: Form = 'self'): string {
  const items = orderedItems(current, form).slice(0, count);
  const kept = Object.fromEntries(items.map((i) => [i.id, answers[i.id]]));
  return JSON.stringify({ format: 1, version: current.version, answers: kept, position: count, started: true });
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
export async function openQuizAfter(page: Page, count: number, answers: Answers = ANSWERS): Promise<void> {
  await seedStorage(page, { [QUIZ_KEY]: progressAfter(count, answers) });
  await page.goto('/quiz/');
  await hydrated(page);
}

/** The item whose statement is on screen. */
export async function currentItemId(page: Page): Promise<string> {
  const legend = (await page.locator('legend').innerText()).trim();
  const item = current.items.find((i) => legend.endsWith(i.self));
  if (!item) throw new Error(`no item matches the statement "${legend}"`);
  return item.id;
}

/** Answers `count` items with the keyboard alone: digit, then Enter. */
export async function answerByKeyboard(page: Page, count: number): Promise<void> {
  for (let n = 0; n < count; n++) {
    const id = await currentItemId(page);
    await page.keyboard.press(String(pattern(id)));
    await expect(page.getByRole('radio', { name: labelOf(pattern(id)), exact: true })).toBeChecked();
    await page.keyboard.press('Enter');
    // Wait until the next statement (or the result) is on screen before reading or pressing on.
    const previous = current.items.find((i) => i.id === id)!.self;
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
  await expect(page.locator('#progress-label')).toHaveText(`Statement 1 of ${current.items.length}`);
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
  await expect(page.locator('#progress-label')).toHaveText(`Statement 1 of ${current.items.length}`);
}

/** The result view inside `root` shows `view`: its code, its overall reading and each dimension's band. */
export async function expectResultIn(root: Locator, view: ResultView): Promise<void> {
  await expect(root).toHaveAttribute('data-result-code', encodeResult(view.result));
  if (view.numeric) {
    await expect(root.locator('.index-value')).toHaveText(String(view.index));
    await expect(root.locator('.index-band')).toHaveText(view.indexBand!.name);
  } else {
    // The frequency format shows the overall band alone, never a number.
    await expect(root.locator('.index-overall')).toHaveText(view.indexBand?.name ?? 'No overall reading');
    await expect(root.locator('.index-value')).toHaveCount(0);
  }
  for (const d of view.dimensions) {
    await expect(root.locator('.chart-row', { hasText: d.dimension.name })).toContainText(d.band?.name ?? 'Not enough answers');
  }
}

export async function expectResult(page: Page): Promise<void> {
  await expectResultIn(page.locator('[data-result-code]'), expected);
}
