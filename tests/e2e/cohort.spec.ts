/**
 * The cohort view (/cohort/): twelve managers' lines pasted (v2 results with levels chosen here, some
 * beside team summaries made from rater results chosen here, two without a verdict, a v1 link and a
 * junk line); the counts, the no-verdict share and the self–team gaps, each counted here by hand from
 * the same inputs (never by src/lib/cohort.ts); the lines left out named; the cohort link reopened in
 * a fresh browser context; an edited link refused without a figure; four results refused with the
 * reason; the handout on one page of A4 and of Letter; axe light and dark. And the manager's own
 * no-verdict screen names the marker to send a trainer, while a rep's does not.
 */
import { test, expect, type Page } from '@playwright/test';
import { encodeResult } from '../../src/lib/result-code.ts';
import { describeResult, itemsFor, type Answers, type Result } from '../../src/lib/scoring.ts';
import { encodeSummary, makeSummary } from '../../src/lib/summary.ts';
import { expectNoA11yViolations, hydrated, v2, watch } from './support.ts';
import { progressAfter, QUIZ_KEY, RATER_KEY, seedStorage } from './quiz-helpers.ts';

const SITE = 'https://trainer.example';
const r = (...levels: (number | null)[]): Result => ({ version: v2.version, levels });

interface Manager {
  readonly self: Result;
  /** The reps' own results, when the manager brings a team summary made from them. */
  readonly raters?: readonly Result[];
}

/** Eight managers with a result; five bring a team summary (three or four raters each). */
const managers: readonly Manager[] = [
  { self: r(0, 1, 2, 1) },
  { self: r(1, 1, 0, 2), raters: [r(2, 2, 1, 2), r(2, 1, 1, 2), r(2, 2, 0, 2)] },
  { self: r(2, 2, 1, 0) },
  { self: r(0, 0, 1, 1), raters: [r(1, 1, 1, 1), r(1, 1, 2, 1), r(2, 1, 1, 1), r(1, null, 1, 0)] },
  { self: r(1, null, 1, 1), raters: [r(1, 1, 1, 1), r(1, 1, 2, 1), r(2, 1, 1, 1)] },
  { self: r(2, 1, 1, 1), raters: [r(1, 0, 1, 1), r(1, 0, 0, 1), r(0, 1, 1, 1)] },
  { self: r(1, 2, 2, 2), raters: [r(1, 1, 2, 1), r(2, 1, 2, 1), r(2, 2, 2, 2)] },
  { self: r(0, 0, 0, 1) },
];

function lineOf(m: Manager, i: number): string {
  const code = encodeResult(m.self);
  if (!m.raters) return i % 2 === 0 ? `${SITE}/result/${code}/` : code;
  const made = makeSummary(v2, m.raters);
  if (!made.ok) throw new Error('a summary needs three raters');
  return `${SITE}/team/compare/#self=${code}&t=${encodeSummary(made.summary)}`;
}

const JUNK = 'see you all on Monday!';
/** The twelve lines: the eight, two without a verdict, a v1 result link (line 11) and a junk line (line 12). */
const TEXT = [...managers.map(lineOf), `v${v2.version}-none`, `v${v2.version}-none`, `${SITE}/result/v1-2031/`, JUNK].join('\n');
const NONE = 2;

// The counts, by hand: per dimension, how many at each level, then without one.
const levels = v2.bands.length;
const dimensionCounts = v2.dimensions.map((_, d) => {
  const counts = Array.from({ length: levels + 1 }, () => 0);
  for (const m of managers) counts[m.self.levels[d] ?? levels]! += 1;
  return counts;
});
const overallCounts = (() => {
  const counts = Array.from({ length: levels + 1 }, () => 0);
  for (const m of managers) counts[describeResult(v2, m.self).indexLevel ?? levels]! += 1;
  return counts;
})();
/**
 * The gaps, by hand, from the raters' own levels: the team's average at least one level above the
 * manager's own (the blind-spot margin), at least one below, or between; not compared where the
 * manager has no level or fewer than three raters gave one.
 */
const withTeam = managers.filter((m) => m.raters);
const gapCounts = v2.dimensions.map((_, d) => {
  const out = [0, 0, 0, 0];
  for (const m of withTeam) {
    const own = m.self.levels[d];
    const given = m.raters!.flatMap((x) => (typeof x.levels[d] === 'number' ? [x.levels[d] as number] : []));
    if (typeof own !== 'number' || given.length < 3) {
      out[3]! += 1;
      continue;
    }
    const mean = given.reduce((a, l) => a + l, 0) / given.length;
    out[mean - own >= 1 ? 0 : mean - own <= -1 ? 2 : 1]! += 1;
  }
  return out;
});

async function expectTable(page: Page, id: string, rows: readonly string[], counts: readonly (readonly number[])[]): Promise<void> {
  for (const [i, row] of rows.entries()) {
    await expect(page.locator(`#${id} tr[data-row="${row}"] td .count`), `${id} ${row}`).toHaveText(counts[i]!.map(String));
  }
}

async function expectCounts(page: Page): Promise<void> {
  const total = managers.length + NONE;
  await expect(page.locator('.cohort-managers')).toHaveText(`${total} managers took the check`);
  await expect(page.locator('.cohort-none')).toHaveText(
    `Answers that did not separate: ${NONE} of ${total} (${Math.round((100 * NONE) / total)}%)`,
  );
  const dims = v2.dimensions.map((d) => d.id);
  await expectTable(page, 'cohort-dimensions', dims, dimensionCounts);
  await expectTable(page, 'cohort-overall', ['overall'], [overallCounts]);
  await expectTable(page, 'cohort-gaps', dims, gapCounts);
  await expect(page.locator('.gaps-rule')).toContainText('the same margin as a blind spot');
  await expect(page.locator('.gaps-rule')).toContainText('at least 3 raters gave one');
}

test('twelve lines pasted: counts, no-verdict share and gaps as counted by hand; the left-out lines named; the link reopened elsewhere; printed on one page', async ({
  page,
  browser,
  baseURL,
}) => {
  // The hand counts are not trivial: every level and "not enough answers" occur, and every kind of gap.
  expect(dimensionCounts.flat().filter((n) => n > 0).length).toBeGreaterThan(10);
  expect(gapCounts.map((g) => g[0]! > 0 && g[1]! > 0 && g[2]! > 0).some(Boolean)).toBe(true);
  expect(gapCounts.some((g) => g[3]! > 0)).toBe(true);

  const w = await watch(page, new URL(baseURL as string).origin);
  await page.goto('/cohort/');
  await hydrated(page);
  await page.locator('#cohort-links').fill(TEXT);
  await expect(page.locator('.codes-status')).toHaveText(
    `${managers.length} results read, ${NONE} without a result; 2 lines with something left out (see below).`,
  );
  const problems = page.locator('.problems li');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toContainText('Line 11:');
  await expect(problems.nth(0)).toContainText('from version 1 of the check; this cohort counts version 2');
  await expect(problems.nth(1)).toContainText(`Line 12: “${JUNK}”: not a result link or code`);
  await expectCounts(page);

  await expectNoA11yViolations(page, '/cohort/ with counts (light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoA11yViolations(page, '/cohort/ with counts (dark)');

  // One page of A4 and one of Letter, in the dark scheme too (print is ink on paper).
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, format).toBe(1);
  }
  // Printed, the handout alone: no box, problems, buttons, link field, who-sees table or site chrome.
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  for (const hidden of ['#cohort-links', '.problems', '.copy-link', '.who-sees', '.site-header', '.site-footer', 'button']) {
    for (const el of await page.locator(hidden).all()) await expect(el, hidden).toBeHidden();
  }
  await expect(page.locator('.handout h2')).toHaveText('Mini-Me Check: the cohort at a glance');
  await expect(page.locator('.handout-notes li')).toHaveCount(6);
  await page.emulateMedia({ media: 'screen' });

  // The cohort link holds only counts: no code a manager sent.
  const link = await page.locator('#cohort-link').inputValue();
  expect(link).toMatch(new RegExp(`/cohort/#c=c${v2.version}-`));
  for (const m of managers) expect(link).not.toContain(encodeResult(m.self).slice(3));
  // Reopened in a fresh context (another device): the same counts from the link alone.
  const other = await browser.newContext();
  const trainee = await other.newPage();
  await trainee.goto(link);
  await hydrated(trainee);
  await expect(trainee.locator('[data-source="link"]')).toBeVisible();
  await expectCounts(trainee);
  await expect(trainee.locator('#cohort-links')).toHaveCount(0);
  await other.close();
  expect(w.errors).toEqual([]);
  expect(w.foreign).toEqual([]);
});

test('an edited cohort link is refused with no figure; the refusal is axe clean light and dark', async ({ page }) => {
  await page.goto('/cohort/');
  await hydrated(page);
  await page.locator('#cohort-links').fill(TEXT);
  const link = await page.locator('#cohort-link').inputValue();
  // Change one count: 8 results become 9.
  const edited = link.replace(`#c=c${v2.version}-${managers.length}-`, `#c=c${v2.version}-${managers.length + 1}-`);
  expect(edited).not.toBe(link);
  const fresh = await page.context().browser()!.newContext();
  const other = await fresh.newPage();
  await other.goto(edited);
  await hydrated(other);
  const refusal = other.locator('[data-refused]');
  await expect(refusal).toHaveAttribute('data-refused', 'changed');
  await expect(refusal).toHaveText(
    'This cohort link was changed after it was made (or damaged in copying), so its counts can’t be trusted. Ask for the link again.',
  );
  await expect(other.locator('.handout, .count-table, .cohort-none, .cohort-managers')).toHaveCount(0);
  expect(await other.locator('#cohort').innerText()).not.toMatch(/[0-9]/);
  await expectNoA11yViolations(other, '/cohort/ refusing an edited link (light)');
  await other.emulateMedia({ colorScheme: 'dark' });
  await expectNoA11yViolations(other, '/cohort/ refusing an edited link (dark)');
  // Starting a new cohort leaves the link for the box (this context's own, empty).
  await other.getByRole('button', { name: 'Start a new cohort' }).click();
  await expect(other.locator('#cohort-links')).toBeVisible();
  expect(new URL(other.url()).hash).toBe('');
  // A link of a version this page does not show, and one that is not a cohort link at all.
  await other.goto(`/cohort/#c=c9-5-0-1`);
  await expect(other.locator('[data-refused]')).toHaveAttribute('data-refused', 'unknown-version');
  await other.goto(`/cohort/#c=hello`);
  await expect(other.locator('[data-refused]')).toHaveAttribute('data-refused', 'malformed');
  await fresh.close();
});

test('four results: no distribution, and why, with how many more it takes', async ({ page }) => {
  await page.goto('/cohort/');
  await hydrated(page);
  await page.locator('#cohort-links').fill([...managers.slice(0, 4).map(lineOf), `v${v2.version}-none`].join('\n'));
  await expect(page.locator('.too-few')).toHaveText(
    'Only 4 results so far, so no distribution is shown: a distribution of 4 says more about 4 people than about a cohort. It takes at least 5 results: 1 more.',
  );
  await expect(page.locator('.handout, .count-table, #cohort-link')).toHaveCount(0);
  // Kept on this device: a reload shows the same; the clear button empties the box.
  await page.reload();
  await hydrated(page);
  await expect(page.locator('.too-few')).toBeVisible();
  await page.getByRole('button', { name: 'Clear the box' }).click();
  await expect(page.locator('#cohort-links')).toHaveValue('');
  await expect(page.locator('.empty')).toHaveText('Paste the results of at least 5 managers to see the cohort.');
});

test('the no-verdict marker: the manager’s own screen names it, a rep’s does not', async ({ page }) => {
  const middle = v2.scale[Math.floor(v2.scale.length / 2)]!.value;
  const straight = (form: 'self' | 'rater'): Answers => Object.fromEntries(itemsFor(v2, form).map((i) => [i.id, middle]));
  await seedStorage(page, {
    [QUIZ_KEY]: progressAfter(itemsFor(v2, 'self').length, straight('self')),
    [RATER_KEY]: progressAfter(itemsFor(v2, 'rater').length, straight('rater'), 'rater'),
  });
  await page.goto('/quiz/');
  await hydrated(page);
  const marker = page.locator('[data-no-verdict] .cohort-marker');
  await expect(marker).toContainText('If a trainer is collecting results for a workshop, send them');
  await expect(marker.locator('code')).toHaveText(`v${v2.version}-none`);
  await page.goto('/team/rate/');
  await hydrated(page);
  await expect(page.locator('[data-no-verdict]')).toBeVisible();
  await expect(page.locator('.cohort-marker')).toHaveCount(0);
});
