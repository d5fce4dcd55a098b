// @ts-check
/**
 * Text analysis shared by the article's fingerprint maker (scripts/make-article-8grams.mjs) and the
 * build's originality check (scripts/build-check/originality.mjs), so both sides read text the same
 * way: words (normalized as for the 8-word runs), stop words, a small stemmer of our own, and the
 * units a paraphrase lives in (paragraphs, sentences, bullet lists, and enumerations inside a
 * sentence: "A, B and C").
 *
 * The stemmer is a light Porter-like suffix stripper (no dependency): it only has to map the
 * inflections and derivations a paraphrase uses (buyers/buy, partly/part, differ/different/
 * difference, experiences/experience, personalized/person) to one key. Both sides use it, so an
 * over-eager cut costs nothing but an occasional merged stem.
 */
import { createHash } from 'node:crypto';
import { HASH_HEX_CHARS, toWords } from './make-article-8grams.mjs';

/**
 * Stems per run for the "stem run" detector. 2 floods (any two topic words: "sales team", "rep
 * tells"); 4 missed the About page's biography; 3 with at least one uncommon stem (see
 * "common" in originality.mjs) catches it and nothing generic on the site.
 */
export const STEM_RUN_LENGTH = 3;
/**
 * Sentences per passage for the "order" detector, on both sides: a paraphrase may merge or split
 * the article's sentences, so passages of up to three consecutive sentences are compared.
 */
export const PASSAGE_SENTENCES = 3;
/** Bumped whenever the keys or the text analysis change, so an old fingerprint file is refused. */
export const PARAPHRASE_VERSION = 2;

/**
 * Words that carry no content of their own: function words, pronouns, auxiliaries, and a few
 * fillers ("people", "thing", "way") that every paraphrase is free to use.
 */
export const STOP_WORDS = new Set(
  (
    'a about above after again against all also although am among an and another any anyone anything are around as at ' +
    'be became because become been before being below between both but by can cannot could did do does doing done down ' +
    'during each either else enough even ever every everyone few for from further get gets getting got had has have having ' +
    'he her here hers herself him himself his how however i if in into is it its itself just least less let lets like ' +
    'may me might more most much must my myself neither no nor not now of off often on once only onto or other others ' +
    'otherwise our ours ourselves out over own per perhaps quite rather really said same say says shall she should since so ' +
    'some something such than that the their theirs them themselves then there therefore these they thing things this ' +
    'those though through thus to too toward towards under until up upon us very via was way ways we were what whatever ' +
    'when where whether which while who whom whose why will with within without would yet you your yours yourself ' +
    "yourselves people person's one ones s t d ll re ve m don doesn didn isn aren wasn weren won wouldn shouldn couldn"
  ).split(' '),
);

/** Derivational endings, longest first; each cut leaves at least 3 letters with a vowel. */
const SUFFIXES = [
  'ational',
  'ization',
  'iveness',
  'fulness',
  'ousness',
  'ation',
  'ement',
  'ment',
  'ness',
  'ance',
  'ence',
  'able',
  'ible',
  'ant',
  'ent',
  'ism',
  'ist',
  'iti',
  'ive',
  'ize',
  'ise',
  'iz',
  'is',
  'al',
  'ful',
  'ous',
  'ic',
  'li',
  'er',
  'or',
];

/**
 * Stem of one normalized word (see toWords): plural and -ed/-ing endings, y to i, then up to three
 * derivational endings, then a final e.
 * @param {string} word
 * @returns {string}
 */
export function stem(word) {
  let w = word.replace(/'s$/, '').replace(/'/g, '');
  if (w.length <= 3 || /^[0-9]+$/.test(w)) return w;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}i`;
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ingly', 'edly', 'ing', 'ed']) {
    const rest = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && rest.length >= 3 && /[aeiouy]/.test(rest)) {
      w = /([^aeiouylsz])\1$/.test(rest) ? rest.slice(0, -1) : rest;
      break;
    }
  }
  if (/[^aeiou]y$/.test(w) && w.length > 3) w = `${w.slice(0, -1)}i`;
  for (let round = 0; round < 3; round++) {
    const suffix = SUFFIXES.find((s) => {
      const rest = w.slice(0, -s.length);
      return w.endsWith(s) && rest.length >= 3 && /[aeiouy]/.test(rest);
    });
    if (!suffix) break;
    w = w.slice(0, -suffix.length);
  }
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/**
 * One word of a text: its normalized form, its stem (null for a stop word), and where it stands in
 * the original text, so a finding can quote the text's own words.
 * @typedef {{ word: string, stem: string | null, start: number, end: number, gap: string, name?: boolean }} Token
 */

/**
 * Tokens of a text; `gap` is the text between the previous token and this one.
 * @param {string} text
 * @returns {Token[]}
 */
export function tokenize(text) {
  /** @type {Token[]} */
  const tokens = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}'\u2018\u2019\u201b\u2032`\u00b4]+/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    const words = toWords(m[0]);
    words.forEach((word, i) => {
      tokens.push({ word, stem: STOP_WORDS.has(word) ? null : stem(word), start, end, gap: i === 0 ? text.slice(last, start) : '' });
    });
    if (words.length) last = end;
  }
  return tokens;
}

/** Tokens of recently seen paragraphs (pages repeat theirs: header, footer, templates). */
const tokenCache = new Map();
/** @param {string} text @returns {Token[]} */
function cachedTokens(text) {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    if (tokenCache.size > 50_000) tokenCache.clear();
    tokenCache.set(text, (tokens = tokenize(text)));
  }
  return tokens;
}

/** A gap that ends a sentence: . ! ? ; : (not a line break: a paragraph may be wrapped). */
const SENTENCE_END = /[.!?;:]/;
/** A line that is a bullet: -, *, +, •, or "1." / "1)". */
const BULLET = /^\s*(?:[-*+\u2022\u25e6]|\d+[.)])\s+/;

/**
 * The units of a text a paraphrase lives in.
 * - paragraphs: runs of non-empty lines that are not bullets, and each bullet item (content-stem
 *   runs are matched within one).
 * - sentences: the paragraphs split at . ! ? ; : (lists of three and sentence overlap are matched
 *   within one); paragraphSentences: the same, grouped by paragraph.
 * - lists: each run of two or more bullet lines (blank lines between them allowed), as its items.
 * Token offsets are offsets in `text`. A capitalised word that does not start its sentence is a
 * name (Sales Training Connection, Mini-Me Check): its stem is null and it is marked `name`, so
 * names, which a page must be free to cite, never count as shared wording, and runs of content
 * stems do not cross them.
 * @param {string} text
 * @returns {{ paragraphs: Token[][], sentences: Token[][], paragraphSentences: Token[][][], lists: Token[][][] }}
 */
export function textUnits(text) {
  /** @type {Token[][]} */
  const paragraphs = [];
  /** @type {Token[][][]} */
  const lists = [];
  let paraStart = -1;
  let paraEnd = -1;
  /** @type {Token[][]} */
  let list = [];
  /** @param {number} from @param {number} to */
  const tokensAt = (from, to) => cachedTokens(text.slice(from, to)).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
  const flushPara = () => {
    const tokens = paraStart >= 0 ? tokensAt(paraStart, paraEnd) : [];
    if (tokens.length) paragraphs.push(tokens);
    paraStart = -1;
  };
  const flushList = () => {
    if (list.length >= 2) lists.push(list);
    list = [];
  };
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const bullet = BULLET.exec(line);
    if (bullet) {
      flushPara();
      const item = tokensAt(lineStart + bullet[0].length, lineStart + line.length);
      if (item.length) {
        list.push(item);
        paragraphs.push(item);
      }
    } else if (line.trim() === '') {
      flushPara(); // a blank line ends a paragraph; a list ends at the next line that is not a bullet
    } else {
      flushList();
      if (paraStart < 0) paraStart = lineStart;
      paraEnd = lineStart + line.length;
    }
  }
  flushPara();
  flushList();
  /** @type {Token[][][]} */
  const paragraphSentences = [];
  for (const p of paragraphs) {
    /** @type {Token[][]} */
    const sentences = [];
    paragraphSentences.push(sentences);
    /** @type {Token[]} */
    let s = [];
    for (const t of p) {
      if (s.length && SENTENCE_END.test(t.gap)) {
        sentences.push(s);
        s = [];
      }
      if (s.length && /^\p{Lu}/u.test(text.slice(t.start, t.end)) && t.word !== 'i') {
        t.stem = null;
        t.name = true;
      }
      s.push(t);
    }
    if (s.length) sentences.push(s);
  }
  return { paragraphs, sentences: paragraphSentences.flat(), paragraphSentences, lists };
}

/** Words that open an item of a "what A, how B and what C" list: its shape. */
const OPENERS = new Set(['what', 'how', 'why', 'who', 'when', 'where', 'which', 'whether']);
const COORDINATORS = new Set(['and', 'or']);
/**
 * Longest middle item of an enumeration, in words. Items of a real list are short and parallel; a
 * longer middle part means the commas are a sentence's clauses ("If you…, it is easy to… or…").
 */
const MAX_MIDDLE_WORDS = 6;
/** Subjects and auxiliaries: an item that starts "it is", "you have"… is a clause, not a list item. */
const SUBJECTS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'there', 'this', 'that']);
const AUXILIARIES = new Set('is are was were be has have had do does did will would can could may might must should shall'.split(' '));
/** @param {Token[]} part */
const isClause = (part) => SUBJECTS.has(part[0]?.word ?? '') && AUXILIARIES.has(part[1]?.word ?? '');

/**
 * One item of an enumeration: its key content stems (up to two: the last two of a first item,
 * whose start is unclear, the first two of the others) and its opener ("what", "how", …, or "").
 * @typedef {{ keys: string[], opener: string, tokens: Token[] }} Item
 */

/** @param {Token[]} tokens @param {'first' | 'other'} position @returns {Item} */
function item(tokens, position) {
  const stems = tokens.map((t) => t.stem).filter((s) => s !== null);
  const keys = position === 'first' ? stems.slice(-2) : stems.slice(0, 2);
  let opener = '';
  if (position === 'first') {
    for (const t of tokens) if (OPENERS.has(t.word)) opener = t.word;
  } else if (tokens[0] && OPENERS.has(tokens[0].word)) opener = tokens[0].word;
  return { keys, opener, tokens };
}

/**
 * Enumerations of three or more items in a sentence: "A, B and C", "A, B, or C", "A, B, C and D".
 * Commas cut the sentence into chunks; a chunk after the first that holds "and"/"or" closes an
 * enumeration made of the chunks before it (back to the sentence's start or an earlier closing
 * chunk), the part before the coordinator and the part after it. It counts if its middle items are
 * short (MAX_MIDDLE_WORDS), none but the first starts like a clause ("it is …") and every item has
 * a content word.
 * @param {Token[]} sentence
 * @returns {Item[][]}
 */
export function enumerations(sentence) {
  /** @type {Token[][]} */
  const chunks = [[]];
  for (const t of sentence) {
    if (t.gap.includes(',') && chunks.at(-1)?.length) chunks.push([]);
    chunks.at(-1)?.push(t);
  }
  /** @type {Item[][]} */
  const out = [];
  let from = 0;
  for (let k = 1; k < chunks.length; k++) {
    const chunk = chunks[k] ?? [];
    const c = chunk.findIndex((t) => COORDINATORS.has(t.word));
    if (c < 0) continue;
    const parts = [...chunks.slice(from, k), chunk.slice(0, c), chunk.slice(c + 1)].filter((p) => p.length > 0);
    const items = parts.map((p, i) => item(p, i === 0 ? 'first' : 'other'));
    const parallel =
      parts.slice(1, -1).every((p) => p.length <= MAX_MIDDLE_WORDS) &&
      !parts.slice(1).some(isClause) &&
      items.every((it) => it.keys.length > 0);
    if (items.length >= 3 && parallel) out.push(items);
    from = k;
  }
  return out;
}

/**
 * Items of a bullet list (each item's key stems: its first two content stems; openers as above).
 * @param {Token[][]} list
 * @returns {Item[]}
 */
export function listItems(list) {
  return list.map((tokens) => item(tokens, 'other'));
}

/**
 * Short one-way hash of a fingerprint string (same digest and length as the 8-word runs).
 * @param {string} s
 * @returns {string}
 */
export function hashKey(s) {
  return createHash('sha256').update(s).digest('hex').slice(0, HASH_HEX_CHARS);
}

/**
 * Runs of consecutive content tokens of a paragraph (stop words skipped), broken at names.
 * @param {Token[]} paragraph
 * @returns {Token[][]}
 */
export function contentRuns(paragraph) {
  /** @type {Token[][]} */
  const runs = [[]];
  for (const t of paragraph) {
    if (t.name) runs.push([]);
    else if (t.stem !== null) runs.at(-1)?.push(t);
  }
  return runs.filter((r) => r.length > 0);
}

/** Fingerprint key of a run of stems (detector "stem run"). @param {string[]} stems */
export const runKey = (stems) => `run ${stems.join(' ')}`;

/** Fingerprint key of an ordered triple of list items' stems (detector "list"). @param {string[]} stems */
export const tripleKey = (stems) => `list ${stems.join(' ')}`;

/**
 * Fingerprint keys of a list's shape with two of its items' stems: the openers of its items
 * ("what|how|what") and two positions' key stems. Only for the longest tail of the list whose
 * every item has an opener, if it has three items or more (so "In such markets, what A, how B and
 * what C" has the shape of "what A, how B and what C"); positions count from that tail's start.
 * @param {Item[]} items
 * @returns {{ key: string, items: [number, number] }[]}
 */
export function shapedPairKeys(items) {
  let from = items.length;
  while (from > 0 && items[from - 1]?.opener) from--;
  const tail = items.slice(from);
  if (tail.length < 3) return [];
  const shape = tail.map((it) => it.opener).join('|');
  /** @type {{ key: string, items: [number, number] }[]} */
  const out = [];
  for (let i = 0; i < tail.length; i++)
    for (let j = i + 1; j < tail.length; j++)
      for (const a of tail[i]?.keys ?? [])
        for (const b of tail[j]?.keys ?? []) out.push({ key: `shape ${shape} ${i}:${a} ${j}:${b}`, items: [from + i, from + j] });
  return out;
}

/**
 * Every ordered triple of a list's items' key stems (items i < j < k, one key stem of each).
 * @param {Item[]} items
 * @returns {string[][]}
 */
export function itemTriples(items) {
  /** @type {string[][]} */
  const out = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      for (let k = j + 1; k < items.length; k++)
        for (const a of items[i]?.keys ?? [])
          for (const b of items[j]?.keys ?? []) for (const c of items[k]?.keys ?? []) out.push([a, b, c]);
  return out;
}

/**
 * The lists of three or more items of a text: each sentence's enumerations and each bullet list.
 * @param {ReturnType<typeof textUnits>} units
 * @returns {Item[][]}
 */
export function listsOf(units) {
  return [...units.sentences.flatMap(enumerations), ...units.lists.map(listItems)].filter((items) => items.length >= 3);
}

/** Fingerprint key of an ordered pair of stems in one passage (detector "order"). @param {string} a @param {string} b */
export const pairKey = (a, b) => `order ${a} ${b}`;

/**
 * Passages for the "order" detector: each run of up to `size` consecutive sentences, as its
 * content tokens (names left out).
 * @param {Token[][]} sentences
 * @param {number} size
 * @returns {Token[][]}
 */
export function passages(sentences, size) {
  /** @type {Token[][]} */
  const out = [];
  for (let i = 0; i < sentences.length; i++) {
    const tokens = sentences
      .slice(i, i + size)
      .flat()
      .filter((t) => t.stem !== null);
    if (tokens.length) out.push(tokens);
    if (i + size >= sentences.length) break;
  }
  return out;
}
