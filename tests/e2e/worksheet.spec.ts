/**
 * The printable worksheet follows the current version (v2): the window, the frequency labels and a
 * "hasn't come up" box, and a scoring key a person with a pencil can apply, each number of it the
 * instrument's own. Checked as printed on A4.
 */
import { test, expect } from '@playwright/test';
import { levelOf, orderedItems, roundTowardMiddle } from '../../src/lib/scoring.ts';
import { contradictionGap } from '../../src/lib/verdict.ts';
import { v2 } from './support.ts';

const A4 = { width: 794, height: 1123 };

test('printed on A4, the worksheet has the v2 statements, scale and key', async ({ page }) => {
  await page.setViewportSize(A4);
  await page.emulateMedia({ media: 'print' });
  await page.goto('/quiz/print/');
  const items = orderedItems(v2, 'self');
  const number = new Map(items.map((item, i) => [item.id, i + 1]));

  // The statements: the window they count over, one box per frequency label and one for "hasn't come up".
  await expect(page.getByText(v2.window!)).toBeVisible();
  const head = page.locator('table.items thead th');
  await expect(head).toHaveCount(2 + v2.scale.length + 1);
  for (const p of v2.scale) await expect(head.filter({ hasText: p.label })).toHaveCount(1);
  await expect(head.last()).toContainText(v2.notApplicable!);
  await expect(page.locator('table.items tbody tr')).toHaveCount(items.length);
  await expect(page.locator('table.items tbody tr').first().locator('.box')).toHaveCount(v2.scale.length + 1);

  const key = page.locator('section.key');
  await expect(key.getByRole('heading', { name: 'Scoring key' })).toBeVisible();
  // Points: "hasn't come up" gives none and does not count.
  await expect(key).toContainText(`A statement checked “${v2.notApplicable}” gives no points and does not count`);
  // The rules for answers that do not separate, each with the instrument's numbers.
  const rules = v2.verdict!;
  const minAnswered = Math.ceil(rules.minAnsweredShare * items.length);
  await expect(key.locator('[data-rule="too-few-answers"]')).toContainText(`fewer than ${minAnswered} of the ${items.length} statements`);
  await expect(key.locator('[data-rule="same-answer"]')).toContainText('the same box checked');
  await expect(key.locator('[data-rule="no-spread"]')).toContainText(`less than ${rules.minSpread ** 2} × n × n`);
  await expect(key.locator('[data-rule="inconsistency"]')).toContainText(`above ${rules.maxInconsistency} points`);
  const pairs = key.locator('[data-rule="contradictions"]');
  await expect(pairs).toContainText(`${contradictionGap(v2)} or more apart`);
  const mirrored = items.filter((i) => i.mirror !== undefined && number.get(i.id)! < number.get(i.mirror)!);
  expect(mirrored.length).toBeGreaterThan(0);
  for (const item of mirrored) await expect(pairs).toContainText(`${number.get(item.id)} and ${number.get(item.mirror!)}`);

  // A dimension with too few answers, and the cut points as the instrument defines them.
  await expect(key).toContainText(`With fewer than three answered, the dimension has no level: write “Not enough answers”`);
  for (const b of v2.bands) await expect(key.locator('table.bands')).toContainText(`${b.min}–${b.max}`);
  // Points to levels: a row per count of answered statements, from the minimum to a whole dimension.
  const span = v2.scale.at(-1)!.value - v2.scale[0]!.value;
  const perDimension = items.filter((i) => i.dimension === v2.dimensions[0]!.id).length;
  const rows = key.locator('table.to-level tbody tr');
  await expect(rows).toHaveCount(perDimension - rules.minAnsweredPerDimension + 1);
  const topRow = rows.last();
  const points = Array.from({ length: span * perDimension + 1 }, (_, p) => p);
  for (const [level] of v2.bands.entries()) {
    const mine = points.filter((p) => levelOf(v2, roundTowardMiddle((100 * p) / (span * perDimension))) === level);
    await expect(topRow.locator('td').nth(level)).toHaveText(`${mine[0]}–${mine.at(-1)}`);
  }
  // The overall reading, one row per level.
  await expect(key.locator('table.overall tbody tr')).toHaveCount(v2.bands.length);

  // It prints on two sides of A4: the statements on the first, the key (which starts a page) on the second.
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(2);
});
