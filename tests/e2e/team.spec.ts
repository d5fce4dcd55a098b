/**
 * Team view and progress over time, on the current version (v2): raters, the comparison with its
 * blind-spot rule and its link, raters of another version named, no claim of anonymity; the history
 * with entries of both versions.
 */
import { readFileSync } from 'node:fs';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { encodeResult, tagFor } from '../../src/lib/result-code.ts';
import {
  describeResult,
  itemsFor,
  levelOf,
  levelValue,
  orderedItems,
  type Answers,
  type Form,
  type Result,
} from '../../src/lib/scoring.ts';
import { readAnswers } from '../../src/lib/verdict.ts';
import { MIN_RATERS } from '../../src/lib/team.ts';
import { encodeSummary, makeSummary } from '../../src/lib/summary.ts';
import { current, expectNoA11yViolations, hasHorizontalScroll, hydrated, refuseStorage, v1, v2, watch } from './support.ts';
import { HISTORY_KEY, profile, progressAfter, QUIZ_KEY, RATER_KEY, seedStorage } from './quiz-helpers.ts';

const raterItems = itemsFor(v2, 'rater');

/** The result the answers carry; the test fails if they carry no verdict. */
function resultOf(answers: Answers, form: Form): Result {
  const reading = readAnswers(v2, answers, form);
  if (reading?.kind !== 'result') throw new Error(`these answers give no verdict: ${JSON.stringify(reading)}`);
  return reading.result;
}

/** The statements of the second dimension but one: too few answered there, so it has no level (x). */
const secondDimension = raterItems.filter((i) => i.dimension === v2.dimensions[1]!.id).map((i) => i.id);

/** Three reps who see their manager differently, and a fourth whose second dimension did not come up. */
const reps = [
  profile('rater', [2, 3, 1, 3]),
  profile('rater', [3, 3, 0, 4]),
  profile('rater', [2, 4, 1, 2]),
  profile('rater', [1, 2, 3, 4], secondDimension.slice(1)),
].map((answers) => ({ answers, result: resultOf(answers, 'rater') }));

/** The manager's own view: builds on each rep, but for the last dimension. */
const selfAnswers = profile('self', [0, 1, 1, 3]);
const self = describeResult(v2, resultOf(selfAnswers, 'self'));
const selfCode = encodeResult(self.result);

/**
 * A rep takes the rater version in their own browser context, by mouse, and returns their link. Its
 * intro is /team/rate/ as loaded, which site.spec.ts checks with axe in both schemes.
 */
async function rate(browser: Browser, answers: Answers, checkA11y = false): Promise<{ code: string; link: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/team/rate/');
  await hydrated(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  const items = orderedItems(v2, 'rater');
  for (let n = 0; n < items.length; n++) {
    await expect(page.locator('#progress-label')).toHaveText(`Statement ${n + 1} of ${items.length}`);
    const legend = (await page.locator('legend').innerText()).trim();
    const item = items.find((i) => legend.endsWith(i.rater!));
    expect(item, legend).toBeDefined();
    const label = v2.scale.find((p) => p.value === answers[item!.id])!.label;
    await page.getByRole('radio', { name: label, exact: true }).check();
    if (checkA11y && n === 3) await expectNoA11yViolations(page, 'rater mid-way');
    await page.getByRole('button', { name: n === items.length - 1 ? 'Get my rater code' : 'Next' }).click();
  }
  const done = page.locator('[data-rater-code]');
  const code = (await done.getAttribute('data-rater-code'))!;
  await expect(done.getByText(/your manager sees each code they receive/)).toBeVisible();
  if (checkA11y) await expectNoA11yViolations(page, 'rater code');
  const link = await page.getByRole('textbox', { name: 'Link for your manager' }).inputValue();
  await context.close();
  return { code, link };
}

/** What the team's view should be, per dimension, from the reps' own results: only those who gave the dimension a level count. */
function expectedTeam(results: readonly Result[]) {
  return v2.dimensions.map((d, i) => {
    const levels = results.flatMap((r) => (r.levels[i] === null ? [] : [r.levels[i] as number]));
    const mean = levels.reduce((a, b) => a + b, 0) / levels.length;
    const value = levels.reduce((a, l) => a + levelValue(v2, l), 0) / levels.length;
    const own = self.result.levels[i];
    const higher = typeof own === 'number' && mean - own >= 1;
    return {
      id: d.id,
      raters: levels.length,
      mean,
      band: v2.bands[levelOf(v2, value)]!.name,
      blind: higher && levels.length >= MIN_RATERS,
    };
  });
}

async function expectTeamView(page: Page, results: readonly Result[]) {
  const view = page.locator('[data-rater-count]');
  await expect(view).toHaveAttribute('data-rater-count', String(results.length));
  for (const d of expectedTeam(results)) {
    const row = view.locator(`[data-dimension="${d.id}"]`);
    await expect(row.locator('[data-team-mean]')).toHaveAttribute('data-team-mean', d.mean.toFixed(2));
    await expect(row.locator('[data-team-mean]')).toHaveAttribute('data-raters', String(d.raters));
    await expect(row.locator('.team')).toContainText(`Team: ${d.band}`);
  }
}

/** The link a rep sends back: the comparison page with the rater code in the fragment. */
const raterLink = (code: string, baseURL: string) => new URL(`/team/compare/#r=${code}`, baseURL).href;

/** The rule a blind spot follows, as the page must say it. */
const RULE = 'by at least one level, from at least three raters';

test('a rep takes the rater version and gets the code and link of their own answers', async ({ browser, baseURL }) => {
  const rep = reps[0]!;
  const { code, link } = await rate(browser, rep.answers, true);
  // The code carries this device's tag: the levels' code, a dash, five random characters and a check character.
  expect(code).toMatch(new RegExp(`^${encodeResult(rep.result, 'r')}-[a-z0-9]{6}$`));
  expect(code).toBe(encodeResult(rep.result, 'r', tagFor(rep.result, code.slice(-6, -1))));
  expect(link).toBe(raterLink(code, baseURL as string));
});

test('four raters (one with a dimension that did not come up), a v1 code and a junk line: the team view, the rule and the blind spots the test computes', async ({
  browser,
  page,
  baseURL,
}) => {
  const links = reps.map((rep) => raterLink(encodeResult(rep.result, 'r'), baseURL as string));
  expect(encodeResult(reps[3]!.result, 'r')).toMatch(/^r2-.x/);
  const w = await watch(page, new URL(baseURL as string).origin);
  // The manager has done the check on this device, on both versions: the comparison takes the newest v2 result.
  await seedStorage(page, {
    [HISTORY_KEY]: JSON.stringify([
      { date: '2026-11-20T09:30:00.000Z', code: selfCode, version: v2.version },
      { date: '2026-05-20T09:30:00.000Z', code: 'v1-2031', version: v1.version },
    ]),
  });
  await page.goto('/team/compare/');
  await hydrated(page);
  await expect(page.getByText('With codes sent to you directly, you see each rep’s levels')).toBeVisible();
  await page
    .getByRole('textbox', { name: /rater codes and links/ })
    .fill(`${links[0]}\n  this is not a code  \n${links[1]}   ${links[2]}\nr1-2031\n${links[3]}\n`);
  await expect(page.getByRole('list', { name: 'Lines left out' })).toContainText('Line 2:');
  await expect(page.getByRole('list', { name: 'Lines left out' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.locator('p.codes-status').first()).toContainText('5 rater codes read');
  // The v1 code is left out, and named with its version and line.
  await expect(page.getByText('1 code is from another version of the check')).toBeVisible();
  await expect(page.getByText('r1-2031: version 1, line 4')).toBeVisible();
  const results = reps.map((r) => r.result);
  await expectTeamView(page, results);
  await expect(page.getByText('Fewer than three raters')).toHaveCount(0);
  // Blind spots: exactly where the team's mean is a level or more above the manager's own, from three raters.
  const teams = expectedTeam(results);
  expect(
    teams.some((d) => d.blind),
    'the fixture has a blind spot',
  ).toBe(true);
  for (const d of teams) await expect(page.locator(`[data-dimension="${d.id}"] .blind-badge`)).toHaveCount(d.blind ? 1 : 0);
  await expect(page.locator('.blind-spots')).toContainText(RULE);
  // Nothing on the page promises anonymity.
  await expect(page.getByText(/cannot be anonymous|stay anonymous|keeps? .* anonymous/)).toHaveCount(0);
  await expectNoA11yViolations(page, 'comparison, filled');
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await hasHorizontalScroll(page)).toBe(false);

  // The comparison's own link rebuilds the same view in a fresh context.
  const link = await page.getByRole('textbox', { name: /Link to this comparison/ }).inputValue();
  expect(link).toContain(selfCode);
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto(link);
  await hydrated(fresh);
  await expectTeamView(fresh, results);
  await expect(fresh.getByText(`Using your result from the box: ${selfCode}`)).toBeVisible();
  await context.close();
  expect(w.errors).toEqual([]);
  expect(w.foreign).toEqual([]);
});

test('with fewer than three raters no blind spot is marked, and the page says why', async ({ page }) => {
  await page.goto('/team/compare/');
  await hydrated(page);
  await page.getByRole('textbox', { name: /rater codes and links/ }).fill(`${selfCode}\n${encodeResult(reps[1]!.result, 'r')}`);
  await expect(page.getByText('Fewer than three raters')).toBeVisible();
  await expect(page.getByText('no blind spot is marked')).toBeVisible();
  await expect(page.locator('.blind-badge')).toHaveCount(0);
  // Where one rater sees a level more, the row says it is too few to mark.
  await expect(page.locator('.few-note').first()).toContainText('a blind spot needs at least three');
  await expect(page.locator('.no-blind')).toContainText(RULE);
});

test('a team summary link beside the own result: the team view and blind spots the test computes, no rater code anywhere; edited, a clear message and no figures', async ({
  page,
}) => {
  const results = reps.map((r) => r.result);
  const made = makeSummary(v2, results);
  if (!made.ok) throw new Error('no summary');
  const summary = encodeSummary(made.summary);
  await page.goto(`/team/compare/#self=${selfCode}&t=${summary}`);
  await hydrated(page);
  await expect(page.locator('.summary-note')).toBeVisible();
  await expectTeamView(page, results);
  const blind = expectedTeam(results).filter((d) => d.blind);
  expect(blind.length).toBeGreaterThan(0);
  await expect(page.locator('.compare-row.blind')).toHaveCount(blind.length);
  for (const d of blind) await expect(page.locator(`.compare-row.blind[data-dimension="${d.id}"]`)).toHaveCount(1);
  // The page holds the aggregate only: no rep's code, in the text or the markup.
  const html = await page.content();
  for (const r of results) expect(html).not.toContain(encodeResult(r, 'r'));
  await expectNoA11yViolations(page, 'comparison from a summary');

  // The same link with one figure changed by hand: named as changed, and no team figures at all.
  await page.locator('#team-codes').fill(`${selfCode}\n${summary.replace(/^t2-4-/, 't2-5-')}`);
  await expect(page.locator('.problems')).toContainText('changed after it was made');
  await expect(page.locator('[data-rater-count]')).toHaveAttribute('data-rater-count', '0');
  await expect(page.locator('[data-team-mean]')).toHaveCount(0);
});

test('the comparison page says plainly what each route shows: direct codes, whose levels are whose; a summary, the aggregate only', async ({
  request,
}) => {
  const html = await (await request.get('/team/compare/')).text();
  expect(html).toContain('With codes sent to you directly, you see each rep’s levels, so you can tell whose are whose');
  expect(html).toContain('Through a collector’s team summary, you see only the team’s aggregate');
  expect(html).not.toMatch(/cannot be anonymous|with fewer[^.]*anonymous/);
});

test('a rater’s link adds its code to the box once, however often it is opened', async ({ page }) => {
  const code = encodeResult(reps[1]!.result, 'r');
  await page.goto(`/team/compare/#r=${code}`);
  await hydrated(page);
  await expect(page.getByRole('textbox', { name: /rater codes and links/ })).toHaveValue(code);
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('textbox', { name: /rater codes and links/ })).toHaveValue(code);
});

/**
 * The check stored as answered but for its last statement (in the order it is asked), standing on it:
 * what answering by hand would leave behind. The answers carry a verdict.
 */
async function openQuizBeforeLast(page: Page): Promise<string> {
  const items = orderedItems(v2, 'self');
  const answers = Object.fromEntries(items.slice(0, -1).map((i) => [i.id, selfAnswers[i.id]]));
  const progress = { format: 1, version: v2.version, answers, position: items.length - 1, started: true };
  await seedStorage(page, { [QUIZ_KEY]: JSON.stringify(progress) });
  await page.goto('/quiz/');
  await hydrated(page);
  const last = items.at(-1)!;
  return v2.scale.find((p) => p.value === selfAnswers[last.id])!.label;
}

test('finishing the check adds one entry to the history; looking back at the last answer adds none', async ({ page }) => {
  const label = await openQuizBeforeLast(page);
  await page.getByRole('radio', { name: label, exact: true }).check();
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.locator('[data-result-code]')).toHaveAttribute('data-result-code', selfCode);
  await page.getByRole('button', { name: 'Review my last answer' }).click();
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.locator('[data-result-code]')).toHaveAttribute('data-result-code', selfCode);
  await page.goto('/quiz/history/');
  await hydrated(page);
  const rows = page.locator('.history-table tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(self.indexBand!.name);
  await expect(rows.first().getByRole('link')).toHaveAttribute('href', `/result/${selfCode}/`);
});

test('history with v1 and v2 entries: v1 keeps its index and band, marked earlier; the chart draws v2 levels and says what it leaves out', async ({
  page,
}) => {
  await page.goto('/quiz/history/');
  await hydrated(page);
  await expect(page.getByText('No finished checks on this device yet')).toBeVisible();
  // Checks a quarter apart, as the quiz stores them (newest first): three on v2 (one without an overall reading), one on v1.
  const entries = [
    { date: '2026-11-20T09:30:00.000Z', code: selfCode, version: v2.version },
    { date: '2026-08-14T16:05:00.000Z', code: 'v2-1x02', version: v2.version },
    { date: '2026-05-14T16:05:00.000Z', code: 'v2-2222', version: v2.version },
    { date: '2026-02-10T16:05:00.000Z', code: 'v1-4321', version: v1.version },
  ];
  const v1View = describeResult(v1, { version: 1, levels: [4, 3, 2, 1] });
  await seedStorage(page, { [HISTORY_KEY]: JSON.stringify(entries) });
  await page.goto('/quiz/history/');
  await hydrated(page);
  const rows = page.locator('.history-table tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText(self.indexBand!.name);
  await expect(rows.nth(1)).toContainText('no overall reading');
  await expect(rows.nth(2)).toContainText(v2.bands.at(-1)!.name);
  await expect(rows.nth(3)).toContainText(`Mini-Me Index ${v1View.index}, ${v1View.indexBand!.name}`);
  await expect(rows.nth(3)).toContainText('1 (earlier)');
  await expect(rows.nth(3).getByRole('link')).toHaveAttribute('href', '/result/v1-4321/');
  // The chart: one dot per v2 result with an overall reading, on the rows of v2's levels; no numbers.
  const figure = page.locator('.trend-figure');
  await expect(figure.locator('.trend-dot')).toHaveCount(2);
  await expect(figure.locator('.trend-band')).toHaveCount(v2.bands.length);
  await expect(figure.locator('figcaption')).toContainText(`version ${v2.version}`);
  await expect(figure.locator('figcaption')).toContainText('1 check from an earlier version is in the table but not in the chart');
  await expect(figure.locator('figcaption')).toContainText('1 check with no overall reading is in the table but not in the chart');
  expect(await figure.locator('svg text').allInnerTexts()).not.toContainEqual(expect.stringMatching(/[0-9]/));

  const before = await rows.allInnerTexts();
  await page.reload();
  await hydrated(page);
  expect(await rows.allInnerTexts()).toEqual(before);
  await expectNoA11yViolations(page, 'history, filled');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoA11yViolations(page, 'history, filled (dark)');
  await page.emulateMedia({ colorScheme: 'light' });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to a file' }).click()]);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.app).toBe('mini-me-check');
  expect(exported.entries).toHaveLength(4);

  await page.getByRole('button', { name: 'Clear history' }).click();
  await expect(page.getByText(/Clear all 4 saved results/)).toBeFocused();
  await page.getByRole('button', { name: 'Yes, clear' }).click();
  await expect(rows).toHaveCount(0);

  await page.locator('#history-file').setInputFiles(file);
  await expect(page.getByText('Imported 4 results; 4 new.')).toBeVisible();
  expect(await rows.allInnerTexts()).toEqual(before);

  // Importing the same file again adds nothing.
  await page.locator('#history-file').setInputFiles(file);
  await expect(page.getByText('Imported 4 results; 0 new.')).toBeVisible();
  expect(await rows.allInnerTexts()).toEqual(before);

  // A corrupt file: a clear error, and the history is untouched.
  for (const bad of [
    '{"app":"mini-me-check","kind":"history","format":1,"entries":[{"date":"yesterday","code":"v1-9","version":1}]}',
    'not json at all',
    '{"app":"something-else"}',
  ]) {
    await page.locator('#history-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await expect(page.getByText(/Nothing was changed\./)).toBeVisible();
    expect(await rows.allInnerTexts()).toEqual(before);
  }
  await expectNoA11yViolations(page, 'history, import error');
});

test('history that cannot be read is kept aside, not lost, and the page still works', async ({ page }) => {
  await page.goto('/quiz/history/');
  await page.evaluate(() => localStorage.setItem('minime:history:v1', '{broken'));
  await page.reload();
  await hydrated(page);
  await expect(page.getByText('could not be read')).toBeVisible();
  const label = await openQuizBeforeLast(page);
  await page.getByRole('radio', { name: label, exact: true }).check();
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.locator('[data-result-code]')).toHaveAttribute('data-result-code', selfCode);
  expect(await page.evaluate(() => localStorage.getItem('minime:history:v1:unreadable'))).toBe('{broken');
  await page.goto('/quiz/history/');
  await hydrated(page);
  await expect(page.locator('.history-table tbody tr')).toHaveCount(1);
});

test('with storage refused, the comparison and the history still work and say nothing will be kept', async ({ page, baseURL }) => {
  const w = await watch(page, new URL(baseURL as string).origin);
  await refuseStorage(page);
  await page.goto('/team/compare/');
  await hydrated(page);
  await expect(page.getByText('the codes you paste will not be kept')).toBeVisible();
  await page.getByRole('textbox', { name: /rater codes and links/ }).fill(reps.map((r) => encodeResult(r.result, 'r')).join('\n'));
  await expectTeamView(
    page,
    reps.map((r) => r.result),
  );
  await page.goto('/quiz/history/');
  await hydrated(page);
  await expect(page.getByText('your history will not be kept')).toBeVisible();
  expect(w.errors).toEqual([]);
});

test('a rep whose answers carry no verdict is told so and why, and gets no code or link', async ({ page }) => {
  const middle = current.scale[Math.floor(current.scale.length / 2)]!;
  const straightLine = Object.fromEntries(raterItems.map((i) => [i.id, middle.value]));
  expect(readAnswers(current, straightLine, 'rater')?.kind).toBe('no-verdict');
  await seedStorage(page, { [RATER_KEY]: progressAfter(raterItems.length - 1, straightLine, 'rater') });
  await page.goto('/team/rate/');
  await hydrated(page);
  await page.getByRole('radio', { name: middle.label, exact: true }).check();
  await page.getByRole('button', { name: 'Get my rater code' }).click();
  const card = page.locator('[data-no-verdict]');
  await expect(page.getByRole('heading', { name: 'No code from these answers' })).toBeFocused();
  await expect(card).toContainText('Every statement got the same answer');
  await expect(card).toContainText('what they actually did');
  await expect(page.locator('[data-rater-code]')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Link for your manager' })).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Start over' })).toBeVisible();
  await expectNoA11yViolations(page, 'rater, no verdict');
});
