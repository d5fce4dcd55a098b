/**
 * A second language needs only a strings file: built with SITE_LOCALE=pseudo (into dist-pseudo, by
 * `npm run test:pseudo`), every piece of interface copy a page shows must come out of the pseudo table,
 * wrapped in ⟦…⟧ and accented. So no visible text node or accessible name may hold an ASCII letter,
 * once content (rendered MDX, marked data-content; the instrument's words; the guide's titles; the
 * source's names), codes, addresses and the site's name are set aside. English left anywhere else was written outside src/i18n.
 *
 * The islands take their words from the table too (handed to them by their page), so their
 * server-rendered HTML is held to the same rule; the test first checks that each island's root is on
 * its page, so an island that stopped rendering cannot pass by showing nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { parse as parseYaml } from 'yaml';
import { SOURCE } from '../../src/consts.ts';
import { pseudoText } from '../../src/i18n/pseudo.ts';

/** htmlparser2's node types (from domhandler, which it brings along). */
type ChildNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<ChildNode, { readonly attribs: Record<string, string> }>;

const DIST = process.env['DIST'] ?? 'dist-pseudo';
const root = join(import.meta.dirname, '..', '..');

/** The pages checked: the interactive pages, and the other pages that are all chrome. */
const PAGES = [
  '/quiz/',
  '/team/rate/',
  '/team/compare/',
  '/quiz/history/',
  '/',
  '/guide/',
  '/guide/mini-me-trap/',
  '/about/',
  '/team/',
  '/quiz/print/',
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
  { page: '/quiz/history/', attribute: 'id', value: 'history', what: 'src/islands/HistoryApp.tsx' },
  { page: '/result/v1-2031/', attribute: 'data-result-code', what: 'src/components/ResultView.tsx' },
  { page: '/result/v2-1x02/', attribute: 'data-result-code', what: 'src/components/ResultView.tsx' },
];

/** Text that is content or data, not interface copy: every string of the instruments, the guide's and pages' titles and descriptions, the source's names, the site's name. */
function contentStrings(): string[] {
  const out = new Set<string>(['Mini-Me Check']);
  const collect = (value: unknown): void => {
    // Prose with placeholders ({raterItems}) is set aside piece by piece, around the filled-in counts.
    if (typeof value === 'string') for (const piece of value.split(/\{\w+\}/)) out.add(piece.trim());
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const file of readdirSync(join(root, 'content', 'quiz')))
    collect(JSON.parse(readFileSync(join(root, 'content', 'quiz', file), 'utf8')));
  for (const dir of ['guide', 'pages']) {
    for (const file of readdirSync(join(root, 'content', dir))) {
      const front = /^---\n([^]*?)\n---/.exec(readFileSync(join(root, 'content', dir, file), 'utf8'))?.[1] ?? '';
      const data: unknown = parseYaml(front);
      if (data && typeof data === 'object')
        for (const key of ['title', 'description'] as const) collect((data as Record<string, unknown>)[key]);
    }
  }
  for (const value of Object.values(SOURCE)) {
    out.add(value);
    out.add(value.replace(/[“”]/g, ''));
    out.add(value.replace(/“(.*)”/, '‘$1’'));
  }
  // Longest first, so a long string is set aside before a shorter one inside it.
  return [...out].filter((s) => s.length > 1).sort((a, b) => b.length - a.length);
}
const CONTENT = contentStrings();

/** Data shown inside copy: result and rater codes, addresses, file names. */
const DATA = /\b[rv]\d+-\d+\b|\b[\w.-]+\.example\/[\w/.-]*|\/[\w/.-]+\//g;

/** What is left of a text once content and data are set aside: any ASCII letter in it is unconverted copy. */
function leftover(text: string): string {
  let rest = text;
  for (const c of CONTENT) if (rest.includes(c)) rest = rest.split(c).join(' ');
  return rest.replace(DATA, ' ').replace(/\s+/g, ' ').trim();
}

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
    if (/[A-Za-z]/.test(leftover(text))) found.english.push(`${where}: “${text.trim()}”`);
  };
  if (node.type === 'text') report(node.data, 'text');
  if (!isElement(node)) return;
  // Scripts and styles are not shown; <code> holds data (codes, paths); data-content marks rendered
  // MDX; <time> is written by Intl.DateTimeFormat in the page's language, which for the pseudo-locale
  // falls back to English month names.
  const skip = ['code', 'kbd', 'time'];
  if (node.type === 'script' || node.type === 'style' || skip.includes(node.name) || node.attribs['data-content'] !== undefined) return;
  for (const attr of ['aria-label', 'alt', 'title', 'placeholder']) {
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
