/**
 * What the pseudo-locale tests call English left over, shared by the check of the server-rendered
 * HTML (tests/build/pseudo-locale.test.ts) and the check of the hydrated islands in a browser
 * (tests/e2e/pseudo-locale.spec.ts), so the two cannot disagree about what is copy.
 *
 * Built with SITE_LOCALE=pseudo, every piece of interface copy comes out of the pseudo table wrapped in
 * ⟦…⟧ and accented, so it holds no ASCII letter. Some text shown beside it is not interface copy and
 * stays as written: content (the instruments' words, the guide's and pages' titles and descriptions,
 * the source's names, the site's name) and data (result and rater codes, addresses, file names).
 * `leftover` sets those aside; an ASCII letter in what remains is copy written outside src/i18n.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SOURCE } from '../../src/consts.ts';

const root = join(import.meta.dirname, '..', '..');

/**
 * Elements whose text is not checked: scripts and styles are not shown; <code> and <kbd> hold data
 * (codes, paths, keys); <time> is written by Intl.DateTimeFormat in the page's language, which for
 * the pseudo-locale falls back to English month names. An element marked data-content holds
 * rendered MDX.
 */
export const SKIP_ELEMENTS: readonly string[] = ['script', 'style', 'code', 'kbd', 'time'];
export const CONTENT_MARK = 'data-content';

/** The attributes that are read out or shown as text: each is checked like a text node. */
export const NAME_ATTRIBUTES: readonly string[] = ['aria-label', 'alt', 'title', 'placeholder'];

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

/** Content, longest first. */
export const CONTENT: readonly string[] = contentStrings();

/** Data shown inside copy: result and rater codes (tagged ones too), team summary and cohort codes, addresses, file names. */
const DATA =
  /\b[rv]\d+-[\dx]+(?:-[a-z0-9]+)?\b|\b[tc]\d+-[\d.]+(?:-[\d.]+)*-[a-z0-9]{5}\b|\bv\d+-none\b|\b[\w.-]+\.example\/[\w/.-]*|\/[\w/.-]+\//g;

/**
 * What is left of a text once content and data are set aside, and `also` (text a test typed in,
 * say, which the page shows back): any ASCII letter in it is unconverted copy.
 */
export function leftover(text: string, also: readonly string[] = []): string {
  let rest = text;
  for (const c of [...also, ...CONTENT]) if (c && rest.includes(c)) rest = rest.split(c).join(' ');
  return rest.replace(DATA, ' ').replace(/\s+/g, ' ').trim();
}

/** True when a text, content and data set aside, still holds English (an ASCII letter). */
export function hasEnglish(text: string, also: readonly string[] = []): boolean {
  return /[A-Za-z]/.test(leftover(text, also));
}
