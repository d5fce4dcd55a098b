/**
 * A second language needs only a strings file: built with SITE_LOCALE=pseudo (into dist-pseudo, by
 * `npm run test:pseudo`), every piece of interface copy a page shows must come out of the pseudo table,
 * wrapped in ⟦…⟧ and accented. So no visible text node or accessible name may hold an ASCII letter,
 * once content (rendered MDX, marked data-content; the instrument's words; the guide's titles; the
 * source's names), codes, addresses and the site's name are set aside (tests/shared/english-left.ts,
 * which the browser check of the hydrated islands, tests/e2e/pseudo-locale.spec.ts, shares). English
 * left anywhere else was written outside src/i18n.
 *
 * The islands take their words from the table too (handed to them by their page), so their
 * server-rendered HTML is held to the same rule; the test first checks that each island's root is on
 * its page, so an island that stopped rendering cannot pass by showing nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { pseudoText } from '../../src/i18n/pseudo.ts';
import { CONTENT, CONTENT_MARK, hasEnglish, NAME_ATTRIBUTES, SKIP_ELEMENTS } from '../shared/english-left.ts';

/** htmlparser2's node types (from domhandler, which it brings along). */
type ChildNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<ChildNode, { readonly attribs: Record<string, string> }>;

const DIST = process.env['DIST'] ?? 'dist-pseudo';

/** The pages checked: the interactive pages, and the other pages that are all chrome. */
const PAGES = [
  '/quiz/',
  '/team/rate/',
  '/team/compare/',
  '/team/collect/',
  '/quiz/history/',
  '/cohort/',
  '/',
  '/guide/',
  '/guide/mini-me-trap/',
  '/about/',
  '/team/',
  '/quiz/print/',
  '/workshop/',
  '/404.html',
  '/result/v1-2031/',
  '/result/v2-1x02/',
];

/**
 * The interactive parts, by the page that shows them and the attribute that marks their root: the
 * islands (the id of their root) and the result view the result pages render without hydration.
 */
const PARTS: readonly { readonly page: string; readonly attribute: string; readonly value?: string; readonly what: string }[] = [
  { page: '/quiz/', attribute: 'id', value: 'quiz', what: 'src/islands/QuizApp.tsx' },
  { page: '/team/rate/', attribute: 'id', value: 'rater', what: 'src/islands/RaterApp.tsx' },
  { page: '/team/compare/', attribute: 'id', value: 'compare', what: 'src/islands/CompareApp.tsx' },
  { page: '/team/collect/', attribute: 'id', value: 'collect', what: 'src/islands/CollectApp.tsx' },
  { page: '/team/', attribute: 'id', value: 'request', what: 'src/islands/RequestApp.tsx' },
  { page: '/quiz/history/', attribute: 'id', value: 'history', what: 'src/islands/HistoryApp.tsx' },
  { page: '/cohort/', attribute: 'id', value: 'cohort', what: 'src/islands/CohortApp.tsx' },
  { page: '/result/v1-2031/', attribute: 'data-result-code', what: 'src/components/ResultView.tsx' },
  { page: '/result/v2-1x02/', attribute: 'data-result-code', what: 'src/components/ResultView.tsx' },
];

const isElement = (node: ChildNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';
const partOf = (el: Element) =>
  PARTS.find((p) => (p.value === undefined ? el.attribs[p.attribute] !== undefined : el.attribs[p.attribute] === p.value));

interface Found {
  /** Unconverted copy. */
  readonly english: string[];
  /** The interactive parts found on the page (PARTS' `what`), each with the text it shows. */
  readonly parts: Map<string, string>;
}

function scan(node: ChildNode, found: Found, part: string | undefined): void {
  const report = (text: string, where: string): void => {
    if (part !== undefined) found.parts.set(part, `${found.parts.get(part) ?? ''}${text}`);
    if (hasEnglish(text)) found.english.push(`${where}: “${text.trim()}”`);
  };
  if (node.type === 'text') report(node.data, 'text');
  if (!isElement(node)) return;
  // What is not copy (tests/shared/english-left.ts): scripts, styles, data, dates, rendered MDX.
  if (SKIP_ELEMENTS.includes(node.name) || node.attribs[CONTENT_MARK] !== undefined) return;
  for (const attr of NAME_ATTRIBUTES) {
    const value = node.attribs[attr];
    if (value !== undefined) report(value, `${node.name}[${attr}]`);
  }
  if (node.name === 'meta' && (node.attribs['name'] === 'description' || node.attribs['property'] === 'og:description')) {
    report(node.attribs['content'] ?? '', 'meta description');
  }
  const inside = part ?? partOf(node)?.what;
  if (inside !== undefined && !found.parts.has(inside)) found.parts.set(inside, '');
  for (const child of node.children) scan(child, found, inside);
}

function pageFile(path: string): string {
  return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
}

test(`${DIST} was built with SITE_LOCALE=pseudo`, () => {
  assert.ok(existsSync(pageFile('/')), `no ${DIST}: run npm run test:pseudo`);
  assert.match(readFileSync(pageFile('/'), 'utf8'), /<html lang="en-XA"/);
});

for (const path of PAGES) {
  test(`${path}: every piece of interface copy comes from the strings table`, () => {
    const found: Found = { english: [], parts: new Map() };
    for (const child of parseDocument(readFileSync(pageFile(path), 'utf8')).children) scan(child, found, undefined);
    for (const { what } of PARTS.filter((p) => p.page === path)) {
      assert.match(found.parts.get(what) ?? '', /⟦/, `${what} is not rendered on ${path}, or shows no text from the strings table`);
    }
    assert.deepEqual(found.english, [], `English outside src/i18n on ${path}`);
  });
}

test('the checks can fail: English in the chrome is found, content and codes are not', () => {
  const found: Found = { english: [], parts: new Map() };
  const html =
    `<p>${pseudoText('Take the')} <code>v1-2031</code> Take the check</p><p>${CONTENT[0] ?? ''}</p><p aria-label="Main">1</p>` +
    `<div id="quiz"><p>Start</p></div><div id="rater"><p>${pseudoText('Start')}</p></div>`;
  for (const child of parseDocument(html).children) scan(child, found, undefined);
  assert.deepEqual(found.english, ['text: “Take the check”', 'p[aria-label]: “Main”', 'text: “Start”']);
  assert.deepEqual([...found.parts.keys()], ['src/islands/QuizApp.tsx', 'src/islands/RaterApp.tsx'], 'the islands are found');
  assert.doesNotMatch(found.parts.get('src/islands/QuizApp.tsx') ?? '', /⟦/, 'an island in English shows no pseudo text');
});
