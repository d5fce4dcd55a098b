// @ts-check
/**
 * Originality of the site's visible text (and of the text in content/**\/*.mdx and
 * content/**\/*.json) against the source article, which is not in the repo; only one-way
 * fingerprints of it are (scripts/make-article-8grams.mjs makes them). Four detectors:
 *
 * - "8 words": no run of RUN_LENGTH (8) consecutive words may match the article
 *   (scripts/article-8grams.json).
 * The paraphrase detectors (scripts/article-paraphrase.json; text analysis in
 * scripts/paraphrase-text.mjs: stop words dropped, words stemmed, names left out):
 * - "stem run": a run of STEM_RUN_LENGTH (3) consecutive content stems shared with the article,
 *   at least one of them uncommon on the site (isCommon below), e.g. "sales training programs" for
 *   the article's bio. Runs made only of the site's everyday topic words ("new sales managers")
 *   do not count.
 * - "list": a list of the article's, in the article's order. Either one sentence (or bullet list)
 *   holds a key stem of each of three items of an article list, in order ("what buyers buy, how
 *   they decide and what they pay"), or a list has the same openers as an article list ("what …,
 *   how … and what …") and two of its items' key stems in the same positions. The same items in
 *   another order do not count.
 * - "order": a passage of up to PASSAGE_SENTENCES (3) sentences of one paragraph that holds at
 *   least ORDER_MIN_STEMS (4) uncommon content stems in the order in which one passage of the
 *   article holds them: a paraphrase that walks the article's sentences with new words between
 *   its words. Common topic words (rep, coach, team, sales…) are left out before matching, so a
 *   passage on the same topic does not count; the article stores only hashes of ordered stem
 *   pairs per passage.
 *
 * "Common" is measured on the site itself: a stem is common if more than COMMON_SHARE (1%) of the
 * distinct sentences scanned, and more than COMMON_MIN_SENTENCES (5), contain it. Calibration
 * runs over the site are described in the commit messages and the tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DomUtils } from 'htmlparser2';
import { RUN_LENGTH, runHashes, toWords } from '../make-article-8grams.mjs';
import {
  PARAPHRASE_VERSION,
  PASSAGE_SENTENCES,
  STEM_RUN_LENGTH,
  contentRuns,
  enumerations,
  hashKey,
  listItems,
  pairKey,
  passages,
  runKey,
  shapedPairKeys,
  textUnits,
  tripleKey,
} from '../paraphrase-text.mjs';
import { listFiles } from './site.mjs';

/** Share of the scanned distinct sentences above which a stem is common (see isCommon). */
export const COMMON_SHARE = 0.01;
/** A stem in this many distinct sentences or fewer is never common (small sites, tests). */
export const COMMON_MIN_SENTENCES = 5;
/** Uncommon stems an "order" match needs. 3 flags generic lines ("promoted eight months ago"). */
export const ORDER_MIN_STEMS = 4;
/** Longest quote of the site's words in a message, in words. */
const QUOTE_WORDS = 40;

/** @typedef {import('./site.mjs').Site} Site */
/** @typedef {import('./site.mjs').Doc} Doc */
/** @typedef {import('./site.mjs').Failure} Failure */

/** @param {string} file the JSON written by make-article-8grams.mjs @returns {Set<string>} */
export function loadArticleHashes(file) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  if (doc.runLength !== RUN_LENGTH) throw new Error(`${file} was made with another run length`);
  return new Set(doc.hashes);
}

/** Attributes whose text a reader sees or hears. */
const TEXT_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder', 'aria-description'];
/** Meta tags whose text is shown in previews and search results. */
const TEXT_META = /^(description|og:title|og:description|og:image:alt|twitter:title|twitter:description|twitter:image:alt)$/;
/** Elements whose content is code, not text. */
const CODE_ELEMENTS = new Set(['script', 'style']);
/**
 * Elements that start a new line of text (a paragraph, a heading, a cell), so that the paraphrase
 * detectors see paragraphs, sentences and lists; list items start with "- " as in Markdown.
 */
const BLOCK_ELEMENTS = new Set(
  'address article aside blockquote br caption dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr label legend main nav ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
);

/**
 * Text segments of a page a reader sees: the document's text (scripts and styles left out, every
 * element boundary a space, a block's a blank line, a list item a line of its own starting "- "),
 * plus text attributes and preview meta. Each segment is matched on its
 * own, so runs never span an attribute and the text beside it.
 * @param {Doc} doc
 * @returns {string[]}
 */
export function visibleTextSegments(doc) {
  /** @type {string[]} */
  const text = [];
  /** @type {string[]} */
  const attributes = [];
  /** @param {import('./site.mjs').Doc['children']} nodes @param {boolean} inItem inside a list item */
  const walk = (nodes, inItem) => {
    for (const node of nodes) {
      if (DomUtils.isText(node)) text.push(node.data.replace(/\s+/g, ' '));
      else if (DomUtils.isTag(node) && !CODE_ELEMENTS.has(node.name)) {
        const a = node.attribs;
        if (node.name === 'meta') {
          const key = a['name'] ?? a['property'] ?? '';
          if (TEXT_META.test(key) && a['content']) attributes.push(a['content']);
        } else for (const name of TEXT_ATTRIBUTES) if (a[name]) attributes.push(a[name]);
        const item = node.name === 'li';
        const edge = item ? '\n' : BLOCK_ELEMENTS.has(node.name) && !inItem ? '\n\n' : ' ';
        text.push(item ? '\n- ' : edge);
        walk(node.children, inItem || item);
        text.push(edge);
      }
    }
  };
  walk(doc.children, false);
  return [text.join(''), ...attributes];
}

/**
 * Runs of a text that match the article, merged into spans of words.
 * @param {string} text
 * @param {Set<string>} articleHashes
 * @returns {string[]} matching passages
 */
export function findOverlaps(text, articleHashes) {
  const words = toWords(text);
  /** @type {string[]} */
  const spans = [];
  let start = -1;
  let end = -1;
  runHashes(words).forEach((h, i) => {
    if (!articleHashes.has(h)) return;
    if (start >= 0 && i <= end) end = i + RUN_LENGTH;
    else {
      if (start >= 0) spans.push(words.slice(start, end).join(' '));
      start = i;
      end = i + RUN_LENGTH;
    }
  });
  if (start >= 0) spans.push(words.slice(start, end).join(' '));
  return spans;
}

/**
 * Text segments of a content source file (MDX: import/export lines, tags and link targets
 * dropped; JSON: every string value).
 * @param {string} file
 * @returns {string[]}
 */
export function contentTextSegments(file) {
  const raw = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) {
    /** @type {string[]} */
    const out = [];
    /** @param {unknown} v */
    const walk = (v) => {
      if (typeof v === 'string') out.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(JSON.parse(raw));
    return out;
  }
  return [
    raw
      .replace(/^(import|export)\s.*$/gm, ' ')
      .replace(/\]\([^)]*\)/g, '] ')
      .replace(/<[^>]*>/g, ' '),
  ];
}

/**
 * The paraphrase fingerprints written by make-article-8grams.mjs.
 * @typedef {{ runs: Set<string>, triples: Set<string>, shapes: Set<string>, pairs: Map<string, number[]> }} ParaphraseFingerprint
 */

/**
 * The fingerprints of a document made by makeParaphraseFingerprint (make-article-8grams.mjs).
 * @param {any} doc
 * @param {string} [file] where it was read from, for the error message
 * @returns {ParaphraseFingerprint}
 */
export function paraphraseFingerprint(doc, file = 'the paraphrase fingerprint') {
  if (doc.version !== PARAPHRASE_VERSION || doc.runs?.length !== STEM_RUN_LENGTH || doc.order?.passageSentences !== PASSAGE_SENTENCES)
    throw new Error(`${file} was made by another version of the paraphrase detectors; regenerate it (scripts/make-article-8grams.mjs)`);
  return {
    runs: new Set(doc.runs.hashes),
    triples: new Set(doc.lists.triples),
    shapes: new Set(doc.lists.shapes),
    pairs: new Map(Object.entries(doc.order.pairs)),
  };
}

/** @param {string} file the JSON written by make-article-8grams.mjs @returns {ParaphraseFingerprint} */
export function loadParaphraseFingerprint(file) {
  return paraphraseFingerprint(JSON.parse(readFileSync(file, 'utf8')), file);
}

/** @typedef {'stem run' | 'list' | 'order'} Detector */
/** @typedef {{ detector: Detector, quote: string, detail: string }} Finding */
/** @typedef {import('../paraphrase-text.mjs').Token} Token */

/**
 * The site's words between two tokens, on one line, at most QUOTE_WORDS words.
 * @param {string} text @param {Token} first @param {Token} last
 */
function quote(text, first, last) {
  const words = text.slice(first.start, last.end).replace(/\s+/g, ' ').trim().split(' ');
  return words.length > QUOTE_WORDS ? `${words.slice(0, QUOTE_WORDS).join(' ')} …` : words.join(' ');
}

/**
 * Merges [from, to, score] index ranges that overlap or touch, keeping the highest score.
 * @param {[number, number, number][]} ranges
 * @returns {[number, number, number][]}
 */
function merge(ranges) {
  /** @type {[number, number, number][]} */
  const out = [];
  for (const [a, b, score] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = out.at(-1);
    if (last && a <= last[1] + 1) {
      last[1] = Math.max(last[1], b);
      last[2] = Math.max(last[2], score);
    } else out.push([a, b, score]);
  }
  return out;
}

/**
 * Runs the paraphrase detectors over texts (each a page's or a file's text segments).
 * @param {{ where: string, segments: string[] }[]} sources
 * @param {ParaphraseFingerprint} fp
 * @param {{ commonShare?: number, commonMinSentences?: number, orderMinStems?: number, passageSentences?: number }} [options]
 *   the detectors' parameters (defaults: the constants above), for calibration runs
 * @returns {{ where: string, finding: Finding }[]}
 */
export function findParaphrases(sources, fp, options = {}) {
  const {
    commonShare = COMMON_SHARE,
    commonMinSentences = COMMON_MIN_SENTENCES,
    orderMinStems = ORDER_MIN_STEMS,
    passageSentences = PASSAGE_SENTENCES,
  } = options;
  /** @type {Map<string, ReturnType<typeof textUnits>>} */
  const unitCache = new Map();
  /** @param {string} seg */
  const unitsOf = (seg) => {
    let u = unitCache.get(seg);
    if (!u) unitCache.set(seg, (u = textUnits(seg)));
    return u;
  };
  /** @type {Map<string, string>} */
  const hashCache = new Map();
  /** @param {string} key */
  const hash = (key) => {
    let h = hashCache.get(key);
    if (h === undefined) hashCache.set(key, (h = hashKey(key)));
    return h;
  };

  // How common each stem is on the site: the number of distinct sentences that contain it.
  /** @type {Map<string, number>} */
  const df = new Map();
  const seen = new Set();
  for (const { segments } of sources)
    for (const seg of segments)
      for (const s of unitsOf(seg).sentences) {
        const key = s.map((t) => t.word).join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        for (const st of new Set(s.map((t) => t.stem))) if (st !== null) df.set(st, (df.get(st) ?? 0) + 1);
      }
  const limit = Math.max(commonMinSentences, commonShare * seen.size);
  /** @param {string | null} st */
  const isCommon = (st) => (df.get(st ?? '') ?? 0) > limit;

  /**
   * The first ordered triple of key stems (one of a stored list's triples) among tokens, as the
   * indices of its first and last token.
   * @param {Token[]} toks
   * @returns {[number, number] | null}
   */
  const tripleIn = (toks) => {
    for (let i = 0; i < toks.length; i++)
      for (let j = i + 1; j < toks.length; j++)
        for (let k = j + 1; k < toks.length; k++)
          if (fp.triples.has(hashKey(tripleKey([toks[i], toks[j], toks[k]].map((t) => /** @type {string} */ (t?.stem)))))) return [i, k];
    return null;
  };

  /**
   * A list with the shape of a stored list and two of its items' stems in place.
   * @param {import('../paraphrase-text.mjs').Item[]} items
   * @param {string} text
   * @returns {Finding | null}
   */
  const shapedList = (items, text) => {
    if (!shapedPairKeys(items).some(({ key }) => fp.shapes.has(hash(key)))) return null;
    let from = items.length;
    while (from > 0 && items[from - 1]?.opener) from--;
    const tail = items.slice(from);
    const head = tail[0];
    const first = head?.tokens.find((t) => t.word === head.opener) ?? head?.tokens[0];
    const last = items.at(-1)?.tokens.at(-1);
    if (!first || !last) return null;
    return {
      detector: 'list',
      quote: quote(text, first, last),
      detail: `has the shape of one of the article's lists (${tail.map((it) => it.opener).join(' …, ')} …) with two of its items in place`,
    };
  };

  /**
   * Findings in one paragraph (its tokens, its sentences) of a text.
   * @param {string} text @param {Token[]} paragraph @param {Token[][]} sentences
   * @returns {Finding[]}
   */
  const detectParagraph = (text, paragraph, sentences) => {
    /** @type {Finding[]} */
    const found = [];

    // Stem runs.
    for (const run of contentRuns(paragraph)) {
      /** @type {[number, number, number][]} */
      const hits = [];
      for (let i = 0; i + STEM_RUN_LENGTH <= run.length; i++) {
        const stems = run.slice(i, i + STEM_RUN_LENGTH).map((t) => /** @type {string} */ (t.stem));
        if (stems.some((st) => !isCommon(st)) && fp.runs.has(hash(runKey(stems)))) hits.push([i, i + STEM_RUN_LENGTH - 1, 0]);
      }
      for (const [a, b] of merge(hits))
        found.push({
          detector: 'stem run',
          quote: quote(text, /** @type {Token} */ (run[a]), /** @type {Token} */ (run[b])),
          detail: `shares ${b - a + 1} consecutive content words with the article (after stemming, stop words dropped)`,
        });
    }

    // Lists: a stored triple's three key stems in order within the sentence, else a list of the
    // sentence with a stored list's shape.
    for (const sentence of sentences) {
      const toks = sentence.filter((t) => t.stem !== null);
      const hit = tripleIn(toks);
      if (hit) {
        found.push({
          detector: 'list',
          quote: quote(text, /** @type {Token} */ (toks[hit[0]]), /** @type {Token} */ (toks[hit[1]])),
          detail: "names three items of one of the article's lists, in the article's order",
        });
        continue;
      }
      for (const items of enumerations(sentence)) {
        const finding = shapedList(items, text);
        if (finding) found.push(finding);
      }
    }

    // Order: passages holding ORDER_MIN_STEMS (orderMinStems) uncommon stems in the order of an article passage.
    /** @type {[number, number, number][]} */
    const spans = [];
    const flat = sentences.flat();
    for (const passage of passages(sentences, passageSentences)) {
      const toks = passage.filter((t) => !isCommon(t.stem));
      if (toks.length < orderMinStems) continue;
      /** Edges i -> j (i < j) per article passage, in order of i. @type {Map<number, [number, number][]>} */
      const edges = new Map();
      for (let i = 0; i < toks.length; i++)
        for (let j = i + 1; j < toks.length; j++) {
          const ids = fp.pairs.get(hash(pairKey(/** @type {string} */ (toks[i]?.stem), /** @type {string} */ (toks[j]?.stem))));
          for (const id of ids ?? []) {
            const list = edges.get(id) ?? [];
            list.push([i, j]);
            edges.set(id, list);
          }
        }
      for (const list of edges.values()) {
        if (list.length < orderMinStems - 1) continue;
        // Longest chain i1 < i2 < … along the edges: each edge's start is final when it is read.
        const len = new Array(toks.length).fill(1);
        const prev = new Array(toks.length).fill(-1);
        for (const [i, j] of list)
          if (len[i] + 1 > len[j]) {
            len[j] = len[i] + 1;
            prev[j] = i;
          }
        let end = 0;
        for (let j = 1; j < toks.length; j++) if (len[j] > len[end]) end = j;
        if (len[end] < orderMinStems) continue;
        let start = end;
        while (prev[start] >= 0) start = prev[start];
        spans.push([flat.indexOf(/** @type {Token} */ (toks[start])), flat.indexOf(/** @type {Token} */ (toks[end])), len[end]]);
      }
    }
    for (const [a, b, best] of merge(spans))
      found.push({
        detector: 'order',
        quote: quote(text, /** @type {Token} */ (flat[a]), /** @type {Token} */ (flat[b])),
        detail: `walks a passage of the article: ${best} uncommon content words in the article's order (after stemming)`,
      });
    return found;
  };

  /**
   * Findings in a bullet list: a stored triple among the items' first two content stems each, or
   * a stored list's shape.
   * @param {string} text @param {Token[][]} list
   * @returns {Finding[]}
   */
  const detectList = (text, list) => {
    const toks = list.flatMap((item) => item.filter((t) => t.stem !== null).slice(0, 2));
    const hit = tripleIn(toks);
    if (hit)
      return [
        {
          detector: 'list',
          quote: quote(text, /** @type {Token} */ (toks[hit[0]]), /** @type {Token} */ (toks[hit[1]])),
          detail: "names three items of one of the article's lists, in the article's order",
        },
      ];
    const finding = shapedList(listItems(list), text);
    return finding ? [finding] : [];
  };

  // Paragraphs and lists repeat across pages (every result page shares a template): each distinct
  // one is analyzed once.
  /** @type {Map<string, Finding[]>} */
  const cache = new Map();
  /** @param {string} key @param {() => Finding[]} compute */
  const cached = (key, compute) => {
    let found = cache.get(key);
    if (!found) cache.set(key, (found = compute()));
    return found;
  };
  /** @type {{ where: string, finding: Finding }[]} */
  const out = [];
  for (const { where, segments } of sources)
    for (const seg of segments) {
      const units = unitsOf(seg);
      units.paragraphs.forEach((p, k) => {
        const first = /** @type {Token} */ (p[0]);
        const key = `p\u0000${seg.slice(first.start, p.at(-1)?.end)}`;
        for (const finding of cached(key, () => detectParagraph(seg, p, units.paragraphSentences[k] ?? []))) out.push({ where, finding });
      });
      for (const list of units.lists) {
        const key = `l\u0000${list.map((item) => seg.slice(item[0]?.start, item.at(-1)?.end)).join('\n')}`;
        for (const finding of cached(key, () => detectList(seg, list))) out.push({ where, finding });
      }
    }
  return out;
}

/**
 * @param {Site} site
 * @param {Set<string>} articleHashes
 * @param {string | null} contentDir content sources to scan too (null: none)
 * @param {ParaphraseFingerprint | null} [paraphrase] the paraphrase detectors' fingerprints (null: 8-word runs only)
 * @returns {{ failures: Failure[], pages: number, sources: number, found: number, byDetector: Record<string, number> }}
 */
export function checkOriginality(site, articleHashes, contentDir, paraphrase = null) {
  /** @type {Failure[]} */
  const failures = [];
  /** @type {Record<string, number>} */
  const byDetector = { '8 words': 0, 'stem run': 0, list: 0, order: 0 };
  /** @type {{ where: string, segments: string[] }[]} */
  const texts = site.pages.map((page) => ({ where: page.sitePath, segments: visibleTextSegments(page.doc) }));
  const sources =
    contentDir && existsSync(contentDir)
      ? listFiles(contentDir)
          .filter((f) => f.endsWith('.mdx') || f.endsWith('.json'))
          .sort()
      : [];
  for (const file of sources)
    texts.push({ where: path.relative(path.dirname(contentDir ?? '.'), file), segments: contentTextSegments(file) });

  for (const { where, segments } of texts)
    for (const seg of segments)
      for (const span of findOverlaps(seg, articleHashes)) {
        const words = span.split(' ');
        const shown = words.length > QUOTE_WORDS ? `${words.slice(0, QUOTE_WORDS).join(' ')} …` : span;
        failures.push({ check: 'originality', message: `${where} shares ${words.length} consecutive words with the article: "${shown}"` });
        byDetector['8 words'] = (byDetector['8 words'] ?? 0) + 1;
      }

  if (paraphrase) {
    // One failure per detector and quoted text, naming every page and file it is on (result
    // pages share one template: the same sentence on 880 pages is one finding).
    /** @type {Map<string, { finding: Finding, where: string[] }>} */
    const grouped = new Map();
    for (const { where, finding } of findParaphrases(texts, paraphrase)) {
      const key = `${finding.detector}\u0000${toWords(finding.quote).join(' ')}`;
      const g = grouped.get(key) ?? { finding, where: [] };
      if (!g.where.includes(where)) g.where.push(where);
      grouped.set(key, g);
    }
    for (const { finding, where } of grouped.values()) {
      const places = where.length > 3 ? `${where.slice(0, 3).join(', ')} and ${where.length - 3} more` : where.join(', ');
      failures.push({ check: 'originality', message: `${places} [${finding.detector}] ${finding.detail}: "${finding.quote}"` });
      byDetector[finding.detector] = (byDetector[finding.detector] ?? 0) + 1;
    }
  }
  return { failures, pages: site.pages.length, sources: sources.length, found: failures.length, byDetector };
}
