/** Team view and progress over time: three raters, the comparison and its link, history. */
import { readFileSync } from 'node:fs';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { encodeResult } from '../../src/lib/result-code.ts';
import { itemsFor, levelOf, levelValue, readAnswers, type Answers } from '../../src/lib/scoring.ts';
import { current, expectNoA11yViolations, hasHorizontalScroll, hydrated, refuseStorage, watch } from './support.ts';
import {
  answerByKeyboard,
  expected,
  expectResult,
  HISTORY_KEY,
  labelOf,
  openQuizAfter,
  profile,
  progressAfter,
  RATER_KEY,
  seedStorage,
  verdictOf,
} from './quiz-helpers.ts';

const raterItems = itemsFor(current, 'rater');

/**
 * Three reps who see their manager differently, each consistent (mirrored statements agree): how far
 * each dimension leans toward mini-me, per rep; the first rep also says one statement hasn't come up.
 * Each set carries a verdict (checked as this file loads).
 */
const reps = [
  profile('rater', [0, 1, 3, 2], current.notApplicable === undefined ? [] : [raterItems.at(-1)!.id]),
  profile('rater', [1, 3, 4, 2]),
  profile('rater', [2, 3, 1, 3]),
].map((answers) => ({ answers, result: verdictOf(answers, 'rater') }));

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
  for (let n = 0; n < raterItems.length; n++) {
    await expect(page.locator('#progress-label')).toHaveText(`Statement ${n + 1} of ${raterItems.length}`);
    const legend = (await page.locator('legend').innerText()).trim();
    const item = raterItems.find((i) => legend.endsWith(i.rater!));
    expect(item, legend).toBeDefined();
    await page.getByRole('radio', { name: labelOf(answers[item!.id]!), exact: true }).check();
    if (checkA11y && n === 3) await expectNoA11yViolations(page, 'rater mid-way');
    await page.getByRole('button', { name: n === raterItems.length - 1 ? 'Get my rater code' : 'Next' }).click();
  }
  const done = page.locator('[data-rater-code]');
  const code = (await done.getAttribute('data-rater-code'))!;
  await expect(done.getByText('It does not reveal')).toBeVisible();
  if (checkA11y) await expectNoA11yViolations(page, 'rater code');
  const link = await page.getByRole('textbox', { name: 'Link for your manager' }).inputValue();
  await context.close();
  return { code, link };
}

/** What the team's average should be, per dimension, from the reps' own results. */
function expectedTeam(results: { levels: readonly (number | null)[] }[]) {
  return current.dimensions.map((d, i) => {
    const levels = results.map((r) => r.levels[i] as number);
    const mean = levels.reduce((a, b) => a + b, 0) / levels.length;
    const value = levels.reduce((a, l) => a + levelValue(current, l), 0) / levels.length;
    return { id: d.id, mean, band: current.bands[levelOf(current, value)]!.name };
  });
}

async function expectTeamView(page: Page, results: { levels: readonly (number | null)[] }[]) {
  const view = page.locator('[data-rater-count]');
  await expect(view).toHaveAttribute('data-rater-count', String(results.length));
  for (const d of expectedTeam(results)) {
    const row = view.locator(`[data-dimension="${d.id}"]`);
    await expect(row.locator('[data-team-mean]')).toHaveAttribute('data-team-mean', d.mean.toFixed(2));
    await expect(row.locator('.team')).toContainText(`Team: ${d.band}`);
  }
}

/** The link a rep sends back: the comparison page with the rater code in the fragment. */
const raterLink = (code: string, baseURL: string) => new URL(`/team/compare/#r=${code}`, baseURL).href;

test('a rep takes the rater version and gets the code and link of their own answers', async ({ browser, baseURL }) => {
  const rep = reps[0]!;
  const { code, link } = await rate(browser, rep.answers, true);
  expect(code).toBe(encodeResult(rep.result, 'r'));
  expect(link).toBe(raterLink(code, baseURL as string));
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

test('three raters, their links plus a junk line pasted: the team averages the test computes, the junk flagged', async ({
  browser,
  page,
  baseURL,
}) => {
  // Taking the rater version is the test above; here the reps' links are what it gives.
  const links = reps.map((rep) => raterLink(encodeResult(rep.result, 'r'), baseURL as string));
  const w = await watch(page, new URL(baseURL as string).origin);
  // The manager has done the check on this device: the comparison takes their latest result from the history.
  await seedStorage(page, {
    [HISTORY_KEY]: JSON.stringify([{ date: '2026-11-20T09:30:00.000Z', code: encodeResult(expected.result), version: current.version }]),
  });
  await page.goto('/team/compare/');
  await hydrated(page);
  await page
    .getByRole('textbox', { name: /Rater codes or links/ })
    .fill(`${links[0]}\n  this is not a code  \n${links[1]}   ${links[2]}\n`);
  await expect(page.getByRole('list', { name: 'Lines left out' })).toContainText('Line 2:');
  await expect(page.getByRole('list', { name: 'Lines left out' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.locator('p.codes-status').first()).toContainText('3 rater codes read');
  await expectTeamView(
    page,
    reps.map((r) => r.result),
  );
  await expect(page.getByText('Fewer than three raters')).toHaveCount(0);
  // Blind spots: exactly where the team's mean is a level or more above the manager's own.
  const teams = expectedTeam(reps.map((r) => r.result));
  for (const [i, d] of teams.entries()) {
    const blind = d.mean - expected.result.levels[i]! >= 1;
    await expect(page.locator(`[data-dimension="${d.id}"] .blind-badge`)).toHaveCount(blind ? 1 : 0);
  }
  await expectNoA11yViolations(page, 'comparison, filled');
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await hasHorizontalScroll(page)).toBe(false);

  // The comparison's own link rebuilds the same view in a fresh context.
  const link = await page.getByRole('textbox', { name: /Link to this comparison/ }).inputValue();
  expect(link).toContain(encodeResult(expected.result));
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto(link);
  await hydrated(fresh);
  await expectTeamView(
    fresh,
    reps.map((r) => r.result),
  );
  await expect(fresh.getByText(`Using your result from the box: ${encodeResult(expected.result)}`)).toBeVisible();
  await context.close();
  expect(w.errors).toEqual([]);
  expect(w.foreign).toEqual([]);
});

test('with fewer than three raters the comparison warns that answers are not anonymous', async ({ page }) => {
  await page.goto('/team/compare/');
  await hydrated(page);
  await page.getByRole('textbox', { name: /Rater codes or links/ }).fill(encodeResult(reps[0]!.result, 'r'));
  await expect(page.getByText('Fewer than three raters')).toBeVisible();
  await expect(page.getByText('cannot be anonymous')).toBeVisible();
});

test('a rater’s link adds its code to the box once, however often it is opened', async ({ page }) => {
  const code = encodeResult(reps[1]!.result, 'r');
  await page.goto(`/team/compare/#r=${code}`);
  await hydrated(page);
  await expect(page.getByRole('textbox', { name: /Rater codes or links/ })).toHaveValue(code);
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('textbox', { name: /Rater codes or links/ })).toHaveValue(code);
});

test('finishing the check adds one entry to the history; looking back at the last answer adds none', async ({ page }) => {
  await openQuizAfter(page, current.items.length - 1);
  await answerByKeyboard(page, 1);
  await expectResult(page);
  await page.getByRole('button', { name: 'Review my last answer' }).click();
  await page.getByRole('button', { name: 'See my result' }).click();
  await expectResult(page);
  await page.goto('/quiz/history/');
  await hydrated(page);
  const rows = page.locator('.history-table tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(expected.indexBand!.name);
  await expect(rows.first().getByRole('link')).toHaveAttribute('href', `/result/${encodeResult(expected.result)}/`);
});

test('history: kept through a reload; export, clear and import back identically; a corrupt file changes nothing', async ({ page }) => {
  await page.goto('/quiz/history/');
  await hydrated(page);
  await expect(page.getByText('No finished checks on this device yet')).toBeVisible();
  // Two finished checks a quarter apart, as the quiz stores them (newest first).
  const code = encodeResult(expected.result);
  const entries = [
    { date: '2026-11-20T09:30:00.000Z', code, version: current.version },
    { date: '2026-08-14T16:05:00.000Z', code: 'v1-4321', version: 1 },
  ];
  await seedStorage(page, { [HISTORY_KEY]: JSON.stringify(entries) });
  await page.goto('/quiz/history/');
  await hydrated(page);
  const rows = page.locator('.history-table tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(expected.indexBand!.name);
  await expect(rows.first().getByRole('link')).toHaveAttribute('href', `/result/${code}/`);
  await expect(rows.last().getByRole('link')).toHaveAttribute('href', '/result/v1-4321/');
  const before = await rows.allInnerTexts();
  await page.reload();
  await hydrated(page);
  expect(await rows.allInnerTexts()).toEqual(before);
  await expectNoA11yViolations(page, 'history, filled');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to a file' }).click()]);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.app).toBe('mini-me-check');
  expect(exported.entries).toHaveLength(2);

  await page.getByRole('button', { name: 'Clear history' }).click();
  await expect(page.getByText(/Clear all 2 saved results/)).toBeFocused();
  await page.getByRole('button', { name: 'Yes, clear' }).click();
  await expect(rows).toHaveCount(0);

  await page.locator('#history-file').setInputFiles(file);
  await expect(page.getByText('Imported 2 results; 2 new.')).toBeVisible();
  expect(await rows.allInnerTexts()).toEqual(before);

  // Importing the same file again adds nothing.
  await page.locator('#history-file').setInputFiles(file);
  await expect(page.getByText('Imported 2 results; 0 new.')).toBeVisible();
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
  await openQuizAfter(page, current.items.length - 1);
  await answerByKeyboard(page, 1);
  await expectResult(page);
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
  await page.getByRole('textbox', { name: /Rater codes or links/ }).fill(reps.map((r) => encodeResult(r.result, 'r')).join('\n'));
  await expectTeamView(
    page,
    reps.map((r) => r.result),
  );
  await page.goto('/quiz/history/');
  await hydrated(page);
  await expect(page.getByText('your history will not be kept')).toBeVisible();
  expect(w.errors).toEqual([]);
});
