/**
 * The pseudo-locale in a browser: the islands' states after hydration hold no English either.
 *
 * tests/build/pseudo-locale.test.ts reads the server-rendered HTML of dist-pseudo/ (built by
 * `npm run test:pseudo` with SITE_LOCALE=pseudo, every interface string wrapped in ⟦…⟧ and accented).
 * What the islands render only in the browser (a statement mid-check, the confirm steps, the result,
 * the storage notices, the rater code, a filled comparison, the history with an import error) and what
 * the 404 page's script writes for a damaged result link are checked here, on dist-pseudo/ served by
 * scripts/serve.mjs (the `pseudo` project in playwright.config.ts). Each test reaches its states
 * directly (stored progress and history, a known link) and, in each state, reads every visible text
 * node and accessible name on the page; with content and data set aside as the build test sets them
 * aside (tests/shared/english-left.ts), no ASCII letter may remain. Each state is first checked to be
 * on screen, so an island that stopped rendering cannot pass by showing nothing.
 */
import { existsSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { encodeResult, tagFor } from '../../src/lib/result-code.ts';
import { encodeComparison } from '../../src/lib/comparison-link.ts';
import { encodeSummary, makeSummary } from '../../src/lib/summary.ts';
import { orderedItems } from '../../src/lib/scoring.ts';
import { CONTENT_MARK, hasEnglish, NAME_ATTRIBUTES, SKIP_ELEMENTS } from '../shared/english-left.ts';
import { current, hydrated, refuseStorage, v1 } from './support.ts';
import { HISTORY_KEY, pattern, progressAfter, QUIZ_KEY, RATER_KEY } from './quiz-helpers.ts';

const DIST = new URL('../../dist-pseudo/', import.meta.url);

test.beforeAll(() => {
  expect(existsSync(new URL('index.html', DIST)), `no dist-pseudo/: run \`npm run test:pseudo\` first, which builds it`).toBe(true);
});

/** One piece of text the page shows or reads out, and where. */
interface Shown {
  readonly where: string;
  readonly text: string;
}

/**
 * Every visible text node and accessible name in the page: text (screen-reader-only text included,
 * as it is read out), the NAME_ATTRIBUTES, the value of input buttons, each textbox's name, and the
 * document's title. Runs in the page, so it takes the shared rules as arguments.
 */
function collect({ skip, mark, attributes }: { skip: readonly string[]; mark: string; attributes: readonly string[] }): Shown[] {
  const out: Shown[] = [];
  const left = (el: Element): boolean => {
    for (let e: Element | null = el; e; e = e.parentElement) if (skip.includes(e.localName) || e.hasAttribute(mark)) return true;
    return false;
  };
  const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true });
  const where = (el: Element): string => {
    const owner = el.closest('[id]');
    return `${owner && owner !== el ? `#${owner.id} ` : ''}${el.localName}${el.id ? `#${el.id}` : ''}`;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const text = node.textContent ?? '';
    if (el && text.trim() && !left(el) && shown(el)) out.push({ where: where(el), text });
  }
  const textOf = (ids: string) =>
    ids
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
  for (const el of document.body.querySelectorAll('*')) {
    if (left(el) || !shown(el)) continue;
    for (const attribute of attributes) {
      const value = el.getAttribute(attribute);
      if (value !== null) out.push({ where: `${where(el)}[${attribute}]`, text: value });
    }
    if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) {
      out.push({ where: `${where(el)} value`, text: el.value });
    }
    const textbox =
      el instanceof HTMLTextAreaElement ||
      (el instanceof HTMLInputElement && ['text', 'search', 'url', 'email', 'tel'].includes(el.type)) ||
      el.getAttribute('role') === 'textbox';
    if (textbox) {
      const labelledBy = el.getAttribute('aria-labelledby');
      const labels = 'labels' in el && el.labels ? [...(el.labels as NodeListOf<HTMLLabelElement>)] : [];
      const name = labelledBy
        ? textOf(labelledBy)
        : (el.getAttribute('aria-label') ?? (labels.map((l) => l.textContent ?? '').join(' ') || el.getAttribute('title') || ''));
      out.push({ where: `${where(el)} name`, text: name });
    }
  }
  out.push({ where: 'title', text: document.title });
  return out;
}

/** What the page shows that is English: copy not taken from the strings table. `also` is text the test typed in. */
async function englishOn(page: Page, also: readonly string[] = []): Promise<string[]> {
  const shown = await page.evaluate(collect, { skip: SKIP_ELEMENTS, mark: CONTENT_MARK, attributes: NAME_ATTRIBUTES });
  expect(
    shown.some((s) => s.text.includes('⟦')),
    'the page shows no text from the pseudo strings table: is dist-pseudo built with SITE_LOCALE=pseudo?',
  ).toBe(true);
  return shown.filter((s) => hasEnglish(s.text, also)).map((s) => `${s.where}: “${s.text.trim()}”`);
}

/** Fails with every piece of English on the page, named by the state it was found in. */
async function expectNoEnglish(page: Page, state: string, also: readonly string[] = []): Promise<void> {
  expect(await englishOn(page, also), `English outside src/i18n in ${state}`).toEqual([]);
}

/**
 * Puts values into localStorage before the page's own scripts first read it, with no page load of its
 * own; once per tab, so a reload sees what the page (or the test) stored since.
 */
async function seed(page: Page, values: Record<string, string>): Promise<void> {
  await page.addInitScript((v) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [key, value] of Object.entries(v)) localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', 'yes');
  }, values);
}

/** Stored progress with the first `count` statements answered, back on the intro (Back from the first statement). */
function introAfter(count: number): string {
  return JSON.stringify({ ...(JSON.parse(progressAfter(count)) as object), position: 0, started: false });
}

/** A form finished: every statement answered (by `pattern`, or `value` throughout), standing on the result. */
function done(form: 'self' | 'rater', value?: number): string {
  const items = orderedItems(current, form);
  const answers = Object.fromEntries(items.map((i) => [i.id, value ?? pattern(i.id)]));
  return JSON.stringify({ format: 1, version: current.version, answers, position: items.length, started: true });
}
/** The middle of the scale: answered throughout, it carries no verdict. */
const middle = current.scale[Math.floor(current.scale.length / 2)]!.value;

/** Two finished checks a quarter apart, newest first, as the quiz stores them: the current version, then version 1. */
const HISTORY = JSON.stringify([
  { date: '2026-11-20T09:30:00.000Z', code: encodeResult({ version: current.version, levels: [0, 1, 0, 1] }), version: current.version },
  { date: '2026-08-14T16:05:00.000Z', code: encodeResult({ version: v1.version, levels: [4, 3, 2, 1] }), version: v1.version },
]);

test('the check: the intro with answers kept, a statement mid-way, the start-over question, the result and its controls', async ({
  page,
}) => {
  await seed(page, { [QUIZ_KEY]: introAfter(3) });
  await page.goto('/quiz/');
  await hydrated(page);
  await expect(page.locator('button.start')).toContainText('3');
  await expectNoEnglish(page, 'the intro with three answers kept');

  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [QUIZ_KEY, progressAfter(current.items.length - 1)] as const);
  await page.reload();
  await hydrated(page);
  const total = current.items.length;
  await expect(page.locator('#progress-label')).toContainText(String(total));
  await page.locator('.options input').first().check();
  await page.locator('.restart button').click();
  await expect(page.locator('#confirm-text')).toBeVisible();
  await expectNoEnglish(page, 'the last statement, with the start-over question');

  await page.locator('.confirm .button.secondary').click();
  await page.locator('form.question button[type=submit]').click();
  await expect(page.locator('[data-result-code]')).toBeVisible();
  await page.locator('#share-link ~ .button').click();
  await expect(page.locator('.share .share-status')).not.toBeEmpty();
  await page.locator('.result-actions .button').last().click();
  await expect(page.locator('#confirm-text')).toBeVisible();
  await expectNoEnglish(page, 'the result, its link copied, with the retake question');
});

test('no verdict: the check and the rater version say so, why, and how to answer again, with the start-over question', async ({ page }) => {
  await seed(page, { [QUIZ_KEY]: done('self', middle), [RATER_KEY]: done('rater', middle) });
  for (const path of ['/quiz/', '/team/rate/']) {
    await page.goto(path);
    await hydrated(page);
    await expect(page.locator('[data-no-verdict] li')).not.toHaveCount(0);
    await page.locator('.result-actions .button').first().click();
    await expect(page.locator('#confirm-text')).toBeVisible();
    await expectNoEnglish(page, `${path} with no verdict`);
  }
});

test('the storage notices: storage full, saved progress and history unreadable', async ({ page }) => {
  await page.addInitScript(
    ({ quiz, history }) => {
      localStorage.setItem(quiz, '{broken');
      localStorage.setItem(history, '{broken');
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    },
    { quiz: QUIZ_KEY, history: HISTORY_KEY },
  );
  await page.goto('/quiz/');
  await hydrated(page);
  await page.locator('button.start').click();
  await expect(page.locator('.quiz-notice')).toHaveCount(2);
  await expectNoEnglish(page, 'the check with storage full and its saved progress unreadable');
  await page.goto('/quiz/history/');
  await hydrated(page);
  await expect(page.locator('.history-status .msg.error')).toBeVisible();
  await expectNoEnglish(page, 'the history unreadable');
});

test('the storage notice: storage refused, on a comparison of one rater with the own result pasted in', async ({ page }) => {
  await refuseStorage(page);
  await page.goto('/team/compare/');
  await hydrated(page);
  await expect(page.locator('.quiz-notice')).toBeVisible();
  const self = encodeResult({ version: current.version, levels: [2, 2, 2, 2] });
  await page.locator('#team-codes').fill(`${self}\n${encodeResult({ version: current.version, levels: [0, 0, 0, 0] }, 'r')}`);
  await expect(page.locator('[data-rater-count]')).toHaveAttribute('data-rater-count', '1');
  await expect(page.locator('.warning')).toBeVisible();
  await expect(page.locator('.no-blind')).toBeVisible();
  await expectNoEnglish(page, 'the comparison with storage refused, one rater, no blind spot');
});

test('the rater version finished: the code, what it reveals, its link, the answer-again question', async ({ page }) => {
  await seed(page, { [RATER_KEY]: done('rater') });
  await page.goto('/team/rate/');
  await hydrated(page);
  await expect(page.locator('[data-rater-code]')).toBeVisible();
  await page.locator('#rater-link ~ .button').click();
  await expect(page.locator('.rater-done .share-status')).not.toBeEmpty();
  await page.locator('.result-actions .button').last().click();
  await expect(page.locator('#confirm-text')).toBeVisible();
  await expectNoEnglish(page, 'the rater code screen');
});

test('the comparison: a rater’s link opened, three codes and junk pasted, the own result chosen from the history', async ({ page }) => {
  const codes = [
    [2, 2, 2, 1],
    [2, 2, 1, 2],
    [2, 1, 2, 2],
  ].map((levels) => encodeResult({ version: current.version, levels }, 'r'));
  // What the test types and the page shows back as it is: a junk line, a code in capitals.
  const junk = 'thanks, see you Monday';
  const shouting = codes[1]!.toUpperCase();
  await seed(page, { [HISTORY_KEY]: HISTORY });
  await page.goto(`/team/compare/#${encodeComparison(undefined, [codes[0]!])}`);
  await hydrated(page);
  await expect(page.locator('#team-codes')).toHaveValue(codes[0]!);
  await page.locator('#team-codes').fill(`${codes.join('\n')}\n${junk}\n${shouting}\nr9-2031\n`);
  await expect(page.locator('[data-rater-count]')).toHaveAttribute('data-rater-count', '3');
  await expect(page.locator('.problems li')).toHaveCount(3);
  await expect(page.locator('.blind-badge').first()).toBeVisible();
  await expect(page.locator('.self-choice input:checked')).toHaveCount(1);
  await expectNoEnglish(page, 'the filled comparison', [junk, shouting]);
});

test('the comparison from a team summary: the aggregate beside the own result, a code beside it named, an edited summary named', async ({
  page,
}) => {
  const made = makeSummary(
    current,
    [
      [2, 2, 0, 1],
      [2, 0, 2, 2],
      [1, 2, 2, 0],
    ].map((levels) => ({ version: current.version, levels })),
  );
  if (!made.ok) throw new Error('no summary');
  const summary = encodeSummary(made.summary);
  const self = encodeResult({ version: current.version, levels: [0, 0, 0, 0] });
  await page.goto(`/team/compare/#${encodeComparison(self, [], summary)}`);
  await hydrated(page);
  await expect(page.locator('.summary-note')).toBeVisible();
  await page.locator('#team-codes').fill(`${self}
${summary}
${encodeResult({ version: current.version, levels: [0, 0, 0, 0] }, 'r')}
${summary.replace(/-3-/, '-4-')}`);
  await expect(page.locator('.problems li')).toHaveCount(2);
  await expect(page.locator('.blind-badge').first()).toBeVisible();
  await expectNoEnglish(page, 'the comparison from a summary');
});

test('the collector flow: the request form, the rater page with a request, the collector page with and without a summary', async ({
  page,
}) => {
  // Text the test types, shown back as typed; the codes are data.
  const to = 'Sam Lee';
  const team = 'EMEA';
  await page.goto('/team/');
  await hydrated(page);
  await expect(page.locator('.request-need')).toBeVisible();
  await expectNoEnglish(page, 'the request form, no name yet');
  await page.locator('#request-to').fill(to);
  await page.locator('#request-team').fill(team);
  await expect(page.locator('.request-next')).toBeVisible();
  await expectNoEnglish(page, 'the request form with its link', [to, team]);

  const request = `#ask=collector&to=${encodeURIComponent(to)}&team=${team}`;
  await seed(page, { [RATER_KEY]: done('rater') });
  await page.goto(`/team/rate/${request}`);
  await hydrated(page);
  await expect(page.locator('[data-rater-code]')).toBeVisible();
  await expect(page.locator('#rater-link')).toHaveValue(/\/team\/collect\/#r=/);
  await expectNoEnglish(page, 'the rater code screen with a collector request', [to, team]);
  for (const [hash, state] of [
    ['#ask=direct', 'a direct request'],
    ['#ask=manager', 'a damaged request'],
  ] as const) {
    await page.evaluate((h) => (location.hash = h), hash);
    await expect(page.locator('#rater-link')).toHaveValue(/\/team\/compare\/#r=/);
    await expectNoEnglish(page, `the rater code screen with ${state}`);
  }

  const codes = [
    [2, 2, 2, 1],
    [2, 2, 1, 2],
    [0, 1, 2, 2],
  ].map((levels, i) => {
    const result = { version: current.version, levels };
    return encodeResult(result, 'r', tagFor(result, ['aaaaa', 'bbbbb', 'ccccc'][i]!));
  });
  const junk = 'thanks, see you Monday';
  await page.goto('/team/collect/');
  await hydrated(page);
  await page.locator('#collect-codes').fill(`${codes[0]}\n${codes[1]}`);
  await expect(page.locator('.too-few')).toBeVisible();
  await expectNoEnglish(page, 'the collector page with too few codes');
  await page.locator('#collect-codes').fill(`${codes.join('\n')}\n${codes[0]}\n${junk}\nr2-1021\nr1-2031\nv2-1021`);
  await expect(page.locator('[data-preview-raters]')).toHaveAttribute('data-preview-raters', '3');
  await expect(page.locator('.left-out li')).toHaveCount(3);
  await expectNoEnglish(page, 'the collector page with a summary and lines left out', [junk]);
});

test('the history: entries, an export, a file refused, the clear question', async ({ page }) => {
  await seed(page, { [HISTORY_KEY]: HISTORY });
  await page.goto('/quiz/history/');
  await hydrated(page);
  await expect(page.locator('.history-table tbody tr')).toHaveCount(2);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.history-actions .button').first().click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  await expect(page.locator('.history-status .msg.ok')).toBeVisible();
  await expectNoEnglish(page, 'the history with entries, just exported');
  await page.locator('#history-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
  await expect(page.locator('.history-status .msg.error')).toBeVisible();
  await page.locator('.history-actions .button').last().click();
  await expect(page.locator('#clear-text')).toBeVisible();
  await expectNoEnglish(page, 'the history with an import error and the clear question');
});

for (const [path, state, links] of [
  ['/result/v1-203/', 'a result link cut short', 0],
  ['/result/%20v1-2031%20/', 'a result link with something around its code', 1],
] as const) {
  test(`the 404 page, as its script words ${state}`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    // The script has run once the reason no longer shows the server's example link.
    await expect(page.locator('#damaged-reason code')).toHaveCount(0);
    // With a valid code inside, the lead offers the result it most likely meant.
    await expect(page.locator('#nf-lead a')).toHaveCount(links);
    await expectNoEnglish(page, `the 404 page for ${path}`);
  });
}

test('the reading can fail: English in text, a name or a textbox’s label is found; content, data, hidden text and code are not', async ({
  page,
}) => {
  await page.setContent(
    `<title>⟦Ţéšţ⟧</title><main><p>⟦Ţáķé⟧ Take the check</p><p>${v1.dimensions[0]!.name}</p><p>⟦ţĥé⟧ v1-2031</p>` +
      `<p hidden>Hidden</p><p style="display:none">None</p><code>r1-2031 any code</code><span class="x" aria-label="Close">×</span>` +
      `<input type="submit" value="Send"><p id="l">Codes</p><textarea aria-labelledby="l"></textarea>` +
      '<div data-content><p>Rendered MDX</p></div><p>typed by the test</p></main>',
  );
  const found = await englishOn(page, ['typed by the test']);
  expect(found).toEqual([
    'p: “⟦Ţáķé⟧ Take the check”',
    'p#l: “Codes”',
    'span[aria-label]: “Close”',
    'input value: “Send”',
    'textarea name: “Codes”',
  ]);
});

test('the cohort view: lines pasted with two left out, the counts with gaps, and an edited cohort link refused', async ({ page }) => {
  const r = (...levels: number[]) => ({ version: current.version, levels });
  // Five managers, each with a team of their own (a summary counts for one manager).
  const lines = [r(0, 1, 2, 1), r(1, 1, 0, 2), r(2, 2, 1, 0), r(0, 0, 1, 1), r(1, 2, 2, 2)].map((res, i) => {
    const team = makeSummary(current, [r(1, 1, 1, 1), r(2, 1, 2, 1), r(2, 2, i % 3, Math.floor(i / 3))]);
    if (!team.ok) throw new Error('a summary of three raters');
    return `/team/compare/#self=${encodeResult(res)}&t=${encodeSummary(team.summary)}`;
  });
  const junk = 'thanks, see you Monday';
  await page.goto('/cohort/');
  await hydrated(page);
  await page.locator('#cohort-links').fill([...lines, `v${current.version}-none`, '/result/v1-2031/', junk].join('\n'));
  await expect(page.locator('.problems li')).toHaveCount(2);
  await expect(page.locator('#cohort-gaps')).toBeVisible();
  await expectNoEnglish(page, 'the cohort view with counts and gaps', [junk]);
  const link = await page.locator('#cohort-link').inputValue();
  const edited = link.replace(`#c=c${current.version}-5-1-`, `#c=c${current.version}-5-2-`);
  expect(edited).not.toBe(link);
  await page.goto(edited);
  await expect(page.locator('[data-refused]')).toHaveAttribute('data-refused', 'changed');
  await expectNoEnglish(page, 'an edited cohort link refused');
});
