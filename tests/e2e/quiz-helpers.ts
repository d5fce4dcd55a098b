/** Taking the check in a browser, shared by the quiz, result and team tests. */
import { expect, type Page } from '@playwright/test';
import { describeResult, scoreAnswers } from '../../src/lib/scoring.ts';
import { encodeResult } from '../../src/lib/result-code.ts';
import { hydrated, v1 } from './support.ts';

/** A known answer pattern: each item's answer follows from its place in the data. */
export const pattern = (itemId: string): number => (v1.items.findIndex((i) => i.id === itemId) % 5) + 1;
export const expected = describeResult(v1, scoreAnswers(v1, Object.fromEntries(v1.items.map((i) => [i.id, pattern(i.id)])))!);

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
  await expect(result.locator('.index-band')).toHaveText(expected.indexBand.name);
  for (const d of expected.dimensions) {
    await expect(result.locator('.chart-row', { hasText: d.dimension.name })).toContainText(d.band.name);
  }
}

