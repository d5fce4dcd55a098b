/**
 * The collector flow, each person in a browser context of their own (tests/e2e/team-flow.ts): the
 * manager's request link names a collector; three reps who see their manager differently answer and
 * get tagged codes; the collector pastes them with a duplicate and a junk line, sees both named, and
 * gets a summary link that holds none of the codes and is the same for any per-dimension reassignment
 * of the reps' levels; the manager opens it beside their own result and sees the team levels and blind
 * spots the test computes from the answers, and no rep's code anywhere on the page. With two codes, no summary and the reason. The rater page in each request mode;
 * axe light and dark on the request form, the rater page with a request, the collector page.
 */
import { test, expect, type Page } from '@playwright/test';
import { encodeResult, tagFor, TAG_RANDOM } from '../../src/lib/result-code.ts';
import { agreementOf } from '../../src/lib/aggregate.ts';
import { encodeSummary, makeSummary } from '../../src/lib/summary.ts';
import { levelOf, levelValue, orderedItems, type Result } from '../../src/lib/scoring.ts';
import { current, expectNoA11yViolations, hasHorizontalScroll, hydrated, watch } from './support.ts';
import { HISTORY_KEY, profile, progressAfter, RATER_KEY, seedStorage, verdictOf } from './quiz-helpers.ts';
import { collectorFlow } from './team-flow.ts';

const COLLECTOR = 'Sam Lee, our enablement lead';
const TEAM = 'EMEA <b>mid-market</b>';
/** Three reps who see their manager differently; the manager's own view. */
const repAnswers = [profile('rater', [2, 3, 1, 3]), profile('rater', [3, 3, 0, 4]), profile('rater', [0, 4, 1, 2])];
const managerAnswers = profile('self', [0, 1, 1, 3]);
const repResults = repAnswers.map((a) => verdictOf(a, 'rater'));
const RATER_ITEMS = orderedItems(current, 'rater').length;

const box = (page: Page) => page.getByRole('textbox', { name: /Rater codes or links/ });

async function both(page: Page, label: string): Promise<void> {
  await expectNoA11yViolations(page, `${label} (light)`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoA11yViolations(page, `${label} (dark)`);
  await page.emulateMedia({ colorScheme: 'light' });
}

test('the whole flow: request link, three reps in their own contexts, the collector’s summary link, which names no rep', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // The three reps' results differ, so a summary that named a rep would show it.
  expect(new Set(repResults.map((r) => encodeResult(r))).size).toBe(3);
  const junk = 'thanks, see you Monday';
  const flow = await collectorFlow(browser, {
    managerAnswers,
    repAnswers,
    collector: COLLECTOR,
    team: TEAM,
    paste: (codes) => [codes[0], codes[1], junk, codes[2], codes[0]].join('\n'),
    onCollectorPage: async (page) => {
      const lines = page.getByRole('list', { name: 'Lines left out' }).getByRole('listitem');
      await expect(lines).toHaveCount(2);
      await expect(lines.nth(0)).toContainText(`Line 3: “${junk}”: not a rater code`);
      await expect(lines.nth(1)).toContainText('Line 5:');
      await expect(lines.nth(1)).toContainText('the same code as on line 1, so it is counted once');
      await expect(page.locator('[data-usable]')).toHaveText('3 codes go into the summary.');
      // The preview: how many raters, and per dimension a level or a range, agreed or split.
      const preview = page.locator('[data-preview-raters]');
      await expect(preview).toHaveAttribute('data-preview-raters', '3');
      const summary = makeSummary(current, repResults);
      expect(summary.ok).toBe(true);
      if (!summary.ok) return;
      for (const [i, d] of current.dimensions.entries()) {
        const view = summary.summary.dimensions[i]!;
        const row = preview.locator(`[data-dimension="${d.id}"]`);
        const split = agreementOf(view) === 'split';
        await expect(row.locator('[data-agreement]')).toHaveText(split ? 'The team is split' : 'The team agrees');
        await expect(row.locator('[data-view]')).toContainText(
          split ? `From ${current.bands[view.low]!.name} to ${current.bands[view.high]!.name}` : current.bands[view.level]!.name,
        );
      }
      await both(page, 'collector page with a summary and problems');
      await page.setViewportSize({ width: 320, height: 700 });
      expect(await hasHorizontalScroll(page)).toBe(false);
    },
  });

  expect(flow.raterLevels).toEqual(repResults);
  const summary = makeSummary(current, repResults);
  expect(summary.ok).toBe(true);
  if (!summary.ok) return;
  expect(flow.summaryLink).toBe(new URL(`/team/compare/#t=${encodeSummary(summary.summary)}`, baseURL).href);
  // The link holds none of the reps' codes, nor their tags, nor their stems.
  for (const code of flow.raterCodes) {
    const tag = code.split('-')[2]!;
    expect(tag).toHaveLength(TAG_RANDOM + 1);
    expect(flow.summaryLink).not.toContain(code);
    expect(flow.summaryLink).not.toContain(tag.slice(0, TAG_RANDOM));
  }
  expect(flow.summaryLink).not.toContain('Sam');

  // Reassign the reps' levels among them, dimension by dimension (a rotation on each, another per
  // dimension), with tags of other devices: the collector page gives the identical summary link.
  const SHIFT = [1, 0, 2, 1];
  const permuted = repResults.map((_, j): Result => ({
    version: current.version,
    levels: current.dimensions.map((__, d) => repResults[(j + SHIFT[d]!) % 3]!.levels[d] ?? null),
  }));
  expect(permuted.map((r) => encodeResult(r))).not.toEqual(repResults.map((r) => encodeResult(r)));
  const codes = permuted.map((r, j) => encodeResult(r, 'r', tagFor(r, ['qqqqq', 'rrrrr', 'sssss'][j]!)));
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/team/collect/');
  await hydrated(page);
  await box(page).fill(codes.join('\n'));
  await expect(page.getByRole('textbox', { name: 'Summary link for the manager' })).toHaveValue(flow.summaryLink);
  await context.close();

  // The manager, on their own device (their check in its history), opens the summary link: their own
  // view beside the team's, with the team levels and blind spots the test computes from the reps' answers.
  const manager = await browser.newContext();
  const mine = await manager.newPage();
  await seedStorage(mine, {
    [HISTORY_KEY]: JSON.stringify([{ date: '2026-11-30T08:00:00.000Z', code: flow.managerCode, version: current.version }]),
  });
  await mine.goto(flow.summaryLink);
  await hydrated(mine);
  await expect(mine.locator('.summary-note')).toBeVisible();
  const view = mine.locator('[data-rater-count]');
  await expect(view).toHaveAttribute('data-rater-count', '3');
  const expectedBlind: string[] = [];
  for (const [i, d] of current.dimensions.entries()) {
    const levels = repResults.flatMap((r) => (typeof r.levels[i] === 'number' ? [r.levels[i] as number] : []));
    const mean = levels.reduce((a, l) => a + l, 0) / levels.length;
    const band = current.bands[levelOf(current, levels.reduce((a, l) => a + levelValue(current, l), 0) / levels.length)]!;
    const own = flow.managerLevels.levels[i];
    if (typeof own === 'number' && mean - own >= 1 && levels.length >= 3) expectedBlind.push(d.id);
    const row = view.locator(`[data-dimension="${d.id}"]`);
    await expect(row.locator('[data-team-mean]')).toHaveAttribute('data-team-mean', mean.toFixed(2));
    await expect(row.locator('[data-team-mean]')).toHaveAttribute('data-raters', String(levels.length));
    await expect(row.locator('.team')).toContainText(`Team: ${band.name}`);
  }
  expect(expectedBlind.length).toBeGreaterThan(0);
  await expect(view.locator('.compare-row.blind')).toHaveCount(expectedBlind.length);
  for (const id of expectedBlind) await expect(view.locator(`.compare-row.blind[data-dimension="${id}"]`)).toHaveCount(1);
  // Nothing on the manager's page names a rep: no code, no tag, no stem, in the text or the markup.
  const html = await mine.content();
  for (const code of flow.raterCodes) {
    expect(html).not.toContain(code);
    expect(html).not.toContain(code.split('-')[2]!.slice(0, TAG_RANDOM));
  }
  for (const r of repResults) expect(html).not.toContain(encodeResult(r, 'r'));
  await manager.close();
});

test('with only two codes the collector page makes no summary and says why, and how many more are needed', async ({ page, baseURL }) => {
  const w = await watch(page, new URL(baseURL as string).origin);
  const two = repResults.slice(0, 2).map((r, j) => encodeResult(r, 'r', tagFor(r, ['ttttt', 'uuuuu'][j]!)));
  await page.goto('/team/collect/');
  await hydrated(page);
  await box(page).fill(`${two.join('\n')}\nr2-1021\nr1-2031\n${encodeResult(repResults[2]!)}`);
  const panel = page.locator('[data-summary]');
  await expect(panel).toHaveAttribute('data-summary', 'no');
  await expect(panel).toContainText('No summary yet: 2 codes can go into one, and a summary needs codes from at least three reps');
  await expect(panel).toContainText('With fewer, the manager could work out a rep’s levels.');
  await expect(panel).toContainText('Add 1 more code.');
  await expect(page.getByRole('textbox', { name: 'Summary link for the manager' })).toHaveCount(0);
  // The untagged code, the v1 code and the manager's own result are named, each with its reason.
  const leftOut = page.getByRole('list', { name: 'Codes left out of the summary' }).getByRole('listitem');
  await expect(leftOut).toHaveCount(3);
  await expect(leftOut.nth(0)).toContainText('made before codes carried a tag');
  await expect(leftOut.nth(1)).toContainText('from version 1: a summary combines codes of one version');
  await expect(leftOut.nth(2)).toContainText('a manager’s own result, not a rep’s code');
  await both(page, 'collector page, too few codes');
  // The box is kept on this device, and the clear button empties it.
  await page.reload();
  await hydrated(page);
  await expect(box(page)).toHaveValue(new RegExp(two[0]!));
  // By keyboard: the clear button empties the box and puts focus back in it.
  await page.getByRole('button', { name: 'Clear the codes' }).focus();
  await page.keyboard.press('Enter');
  await expect(box(page)).toHaveValue('');
  await expect(box(page)).toBeFocused();
  await page.reload();
  await hydrated(page);
  await expect(box(page)).toHaveValue('');
  expect(w.errors).toEqual([]);
  expect(w.foreign).toEqual([]);
});

test('a rep’s link to the collector page adds their code to the box once', async ({ page }) => {
  const code = encodeResult(repResults[0]!, 'r', tagFor(repResults[0]!, 'vvvvv'));
  await page.goto(`/team/collect/#r=${code}`);
  await hydrated(page);
  await expect(box(page)).toHaveValue(code);
  await expect(page.getByText('Added 1 code from the link you opened.')).toBeVisible();
  await page.reload();
  await hydrated(page);
  await expect(box(page)).toHaveValue(code);
});

test('the request form: a collector by default, direct mode says the manager sees each rep’s levels; axe light and dark', async ({
  page,
  baseURL,
}) => {
  await page.goto('/team/');
  await hydrated(page);
  await expect(page.getByText('Write who collects the codes, and the link appears here.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Who collects the codes?' }).fill(COLLECTOR);
  await page.getByRole('textbox', { name: 'Team label (optional)' }).fill('EMEA');
  const link = page.getByRole('textbox', { name: 'Request link for your reps' });
  await expect(link).toHaveValue(new URL('/team/rate/#ask=collector&to=Sam%20Lee%2C%20our%20enablement%20lead&team=EMEA', baseURL).href);
  await both(page, '/team/ with a request link');
  await page.getByRole('radio', { name: /Straight to me/ }).check();
  await expect(link).toHaveValue(new URL('/team/rate/#ask=direct&team=EMEA', baseURL).href);
  await expect(page.locator('.request-next')).toContainText('you will see their level on each dimension');
  // Keyboard: back to the collector with the arrow keys.
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: 'Through a collector' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Who collects the codes?' })).toHaveValue(COLLECTOR);
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await hasHorizontalScroll(page)).toBe(false);
});

test('the rater page in each request mode: collector, direct, damaged, none; request text shown as text', async ({ page, baseURL }) => {
  const w = await watch(page, new URL(baseURL as string).origin);
  const request = `ask=collector&to=${encodeURIComponent(COLLECTOR)}&team=${encodeURIComponent(TEAM)}`;
  await page.goto(`/team/rate/#${request}`);
  await hydrated(page);
  await expect(page.getByText(`Your manager asked you to send your code to ${COLLECTOR}.`)).toBeVisible();
  // Markup in a request is text: shown as typed, never as an element.
  await expect(page.getByText(`Team: ${TEAM}`)).toBeVisible();
  await expect(page.locator('.ask-note b')).toHaveCount(0);
  await both(page, '/team/rate/ with a request');

  // The code screen, from stored answers: where the code goes and what the manager will and will not see.
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [RATER_KEY, progressAfter(RATER_ITEMS, repAnswers[0]!, 'rater')] as const);
  await page.reload();
  await hydrated(page);
  const done = page.locator('[data-rater-code]');
  const code = (await done.getAttribute('data-rater-code'))!;
  expect(code).toMatch(new RegExp(`^${encodeResult(repResults[0]!, 'r')}-[a-z0-9]{6}$`));
  await expect(done).toContainText(`Send this code, or the link below, to ${COLLECTOR}, not to your manager.`);
  await expect(done).toContainText('Your manager will see only a team summary');
  await expect(done).toContainText('Your manager will never see your code or your answers.');
  await expect(page.getByRole('textbox', { name: `Link for ${COLLECTOR}` })).toHaveValue(new URL(`/team/collect/#r=${code}`, baseURL).href);
  await both(page, '/team/rate/ code screen with a collector request');
  // The same device keeps its tag: reloading gives the same code.
  await page.reload();
  await hydrated(page);
  await expect(done).toHaveAttribute('data-rater-code', code);

  // Direct mode, opened on the same page (hashchange): the manager will see this code.
  await page.evaluate(() => (location.hash = '#ask=direct'));
  await expect(done).toContainText('Your manager will see this code, i.e. your level on each dimension');
  // Another request, another tag: codes for two requests cannot be linked by whoever sees both.
  await expect(done).not.toHaveAttribute('data-rater-code', code);
  const direct = (await done.getAttribute('data-rater-code'))!;
  expect(direct.slice(0, -7)).toBe(code.slice(0, -7));
  await expect(page.getByRole('textbox', { name: 'Link for your manager' })).toHaveValue(
    new URL(`/team/compare/#r=${direct}`, baseURL).href,
  );

  // A damaged request: a clear message, and the rep can still answer.
  await page.evaluate(() => (location.hash = '#ask=collector&to=%E0%A4%A'));
  await expect(done).toContainText('This link’s request could not be read; ask whoever sent it for the link again. You can still answer.');

  // No request: today's page, and the rep may send to their manager or a collector.
  await page.evaluate(() => (location.hash = ''));
  await expect(done).toContainText('You may send your code to your manager, or to a collector your team agreed on.');
  await expect(done).toContainText('your manager sees each code they receive');
  expect(w.errors).toEqual([]);
});

test('answers kept from before a new request link: the code screen says so, and answering again clears it', async ({ page }) => {
  // Finished earlier with no request; now the rep opens a manager's request link on the same device.
  await seedStorage(page, { [RATER_KEY]: progressAfter(RATER_ITEMS, repAnswers[0]!, 'rater'), 'minime:rater-for:v1': '' });
  await page.goto(`/team/rate/#ask=collector&to=${encodeURIComponent(COLLECTOR)}`);
  await hydrated(page);
  const note = page.locator('.rater-done .warning');
  await expect(note).toContainText('These answers were given on this device before you opened this link.');
  await expectNoA11yViolations(page, 'rater code screen with answers from before the request');
  // The same answers under the request they were given for: no note.
  await page.evaluate(() => localStorage.setItem('minime:rater-for:v1', location.hash.slice(1)));
  await page.reload();
  await hydrated(page);
  await expect(page.locator('[data-rater-code]')).toBeVisible();
  await expect(note).toHaveCount(0);
});

test('a stored tag that is not one (corrupt storage) is replaced, never a crash', async ({ page, baseURL }) => {
  const w = await watch(page, new URL(baseURL as string).origin);
  await seedStorage(page, { [RATER_KEY]: progressAfter(RATER_ITEMS, repAnswers[1]!, 'rater'), 'minime:rater-tag:v1': '{"not":"a stem"}' });
  await page.goto('/team/rate/');
  await hydrated(page);
  const code = (await page.locator('[data-rater-code]').getAttribute('data-rater-code'))!;
  const stem = code.split('-')[2]!.slice(0, TAG_RANDOM);
  expect(code).toBe(encodeResult(repResults[1]!, 'r', tagFor(repResults[1]!, stem)));
  expect(await page.evaluate(() => localStorage.getItem('minime:rater-tag:v1'))).toBe(stem);
  expect(w.errors).toEqual([]);
});
