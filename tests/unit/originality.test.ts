/**
 * The paraphrase detectors of the originality check (scripts/build-check/originality.mjs), on a
 * made-up source text (not the article): each fires on a made-up close paraphrase of it, and stays
 * quiet on text that merely shares its topic words; a list in another order does not fire.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { checkOriginality, findParaphrases, paraphraseFingerprint, visibleTextSegments } from '../../scripts/build-check/originality.mjs';
import { loadSite } from '../../scripts/build-check/site.mjs';
import { makeParaphraseFingerprint, runHashes, toWords } from '../../scripts/make-article-8grams.mjs';
import { makeDist, page } from './dist-fixture.ts';
import { enumerations, stem, textUnits } from '../../scripts/paraphrase-text.mjs';

/** A made-up source, with a preface to skip and a byline without a full stop (not prose). */
const SOURCE = [
  'Notes for writers, not part of the source.',
  '---',
  'The orchard habit',
  '',
  'Gardeners who won prizes often teach apprentices to prune exactly as they did.',
  'A pruning method succeeds partly through its inherent virtues and partly through the gardener’s patience and temperament.',
  'In dry regions what growers plant, how they water and what they harvest are all shifting.',
  'Maria Lind has edited the Quarterly Orchard Review for twenty years and wrote a handbook on grafting heirloom apples.',
  '',
  'Maria Lind',
].join('\n');

const fp = paraphraseFingerprint(JSON.parse(JSON.stringify(makeParaphraseFingerprint(SOURCE))));

/** Findings on one made-up page, as "detector: quote". */
const scan = (...paragraphs: string[]) =>
  findParaphrases([{ where: '/page/', segments: [paragraphs.join('\n\n')] }], fp).map(
    ({ finding }) => `${finding.detector}: ${finding.quote}`,
  );

describe('text analysis', () => {
  test('the stemmer maps the inflections a paraphrase uses to one stem', () => {
    const same = [
      ['buyer', 'buys', 'buying'],
      ['partly', 'part'],
      ['differ', 'different', 'difference'],
      ['experience', 'experiences'],
      ['personalized', 'person'],
      ['talents', 'talent'],
    ];
    for (const words of same) assert.equal(new Set(words.map(stem)).size, 1, words.join(' '));
    assert.notEqual(stem('sell'), stem('sale'));
  });

  test('an enumeration of three is found with its items’ openers and key stems; clauses are not a list', () => {
    const [sentence] = textUnits('In dry regions what growers plant, how they water and what they harvest are all shifting.').sentences;
    const lists = enumerations(sentence ?? []);
    assert.deepEqual(
      lists.map((items) => items.map((it) => [it.opener, it.keys])),
      [
        [
          ['what', ['grow', 'plant']],
          ['how', ['wat']],
          ['what', ['harvest', 'shift']],
        ],
      ],
    );
    const [clauses] = textUnits(
      'If you sold well, it is tempting to explain everything you once did to the team, and to expect the same.',
    ).sentences;
    assert.deepEqual(enumerations(clauses ?? []), []);
    const [short] = textUnits('If you sold well, it is easy to quietly or openly steer the team.').sentences;
    assert.deepEqual(enumerations(short ?? []), []);
  });

  test('names are not content: capitalised words inside a sentence break runs', () => {
    const [p] = textUnits('She reads the Quarterly Orchard Review every week.').paragraphs;
    assert.deepEqual(
      p?.filter((t) => t.stem !== null).map((t) => t.word),
      ['reads', 'week'],
    );
  });
});

describe('paraphrase detectors (made-up source)', () => {
  test('the fingerprint holds hashes only, none of the source’s words', () => {
    const doc = JSON.stringify(makeParaphraseFingerprint(SOURCE));
    for (const word of ['gardener', 'prune', 'virtues', 'harvest', 'heirloom', 'Maria']) assert.ok(!doc.includes(word), word);
  });

  test('stem run: three consecutive content words, inflected differently, fire; the byline and title do not count', () => {
    assert.deepEqual(scan('Her book explains how to graft an heirloom apple tree.'), ['stem run: graft an heirloom apple']);
    assert.deepEqual(scan('The orchard habit, by Maria Lind.'), []);
  });

  test('stem run: a run made only of the site’s common words does not fire', () => {
    const common = [
      'Teach apprentices to prune in spring.',
      'We teach apprentices to prune young trees.',
      'Some teach apprentices to prune by example.',
      'Others teach apprentices to prune with a checklist.',
      'Few teach apprentices to prune old wood well.',
      'Masters teach apprentices to prune slowly.',
    ];
    assert.deepEqual(scan(...common), []);
    // The same run on a site where those words are rare fires.
    assert.deepEqual(scan(common[0] ?? ''), ['stem run: Teach apprentices to prune']);
  });

  test('list: the source’s three items in its order fire, by their stems or by the list’s shape', () => {
    const copied = scan('Across the valley, growers keep changing what they plant, how they water and what they harvest.');
    assert.ok(copied.includes('list: growers keep changing what they plant, how they water and what they harvest'), copied.join('\n'));
    assert.deepEqual(scan('What growers plant, how they irrigate and what they harvest keep changing.'), [
      'list: What growers plant, how they irrigate and what they harvest keep changing',
    ]);
  });

  test('list: the same items in another order, or another list of the same shape, do not fire', () => {
    assert.deepEqual(scan('What they harvest, how they water and what growers plant keep changing.'), []);
    assert.deepEqual(scan('Ask what the rep heard, how the buyer reacted and what comes next.'), []);
  });

  test('order: a sentence that walks a source sentence with new words in between fires', () => {
    assert.deepEqual(
      scan(
        'Any way of pruning works in part because of its own virtues, and in part because of the patience and temperament of whoever uses it.',
      ),
      ['order: pruning works in part because of its own virtues, and in part because of the patience and temperament'],
    );
  });

  test('order: text that shares the topic’s words, not the source’s sentences, stays quiet', () => {
    assert.deepEqual(
      scan(
        'Gardeners prune in winter. Patience matters more than any method, and apprentices learn it by watching.',
        'An heirloom apple needs a dry summer; growers in wet regions plant other varieties.',
        'Temperament shows in how a gardener handles a bad harvest.',
      ),
      [],
    );
  });

  test('findings are the site’s words and are cached across pages with the same text', () => {
    const text =
      'Any way of pruning works in part because of its own virtues, and in part because of the patience and temperament of whoever uses it.';
    const found = findParaphrases(
      [
        { where: '/a/', segments: [`Header\n\n${text}`] },
        { where: '/b/', segments: [`Other header\n\n${text}`] },
      ],
      fp,
    );
    assert.deepEqual(
      found.map(({ where, finding }) => [where, finding.detector]),
      [
        ['/a/', 'order'],
        ['/b/', 'order'],
      ],
    );
    for (const { finding } of found) assert.ok(text.includes(finding.quote), finding.quote);
  });
});

describe('the originality check with the paraphrase detectors', () => {
  const walk =
    'Any way of pruning works in part because of its own virtues, and in part because of the patience and temperament of whoever uses it.';

  test('list items and blocks are lines of their own in the visible text', () => {
    const fixture = makeDist({ 'index.html': page('<h1>Title</h1><p>One <em>two</em>.</p><ul><li>First</li><li><p>Second</p></li></ul>') });
    try {
      const [text] = visibleTextSegments(loadSite(fixture.dir, '/').pages[0]!.doc);
      assert.deepEqual(
        textUnits(text ?? '').lists.map((list) => list.map((item) => item.map((t) => t.word).join(' '))),
        [['first', 'second']],
      );
      assert.deepEqual(
        textUnits(text ?? '').sentences.map((s) => s.map((t) => t.word).join(' ')),
        ['a page', 'title', 'one two', 'first', 'second'],
      );
    } finally {
      fixture.remove();
    }
  });

  test('a finding names the pages and file, the detector and the site’s words; a clean site passes', () => {
    const result = makeDist({
      'result/a/index.html': page(`<h1>Result A</h1><p>${walk}</p>`),
      'result/b/index.html': page(`<h1>Result B</h1><p>${walk}</p>`),
      'index.html': page('<h1>Home</h1><p>Growers change what they plant, how they water and what they harvest.</p>'),
    });
    const content = makeDist({ 'guide/a.mdx': `---\ntitle: A\n---\n\nIntro.\n\n${walk}\n` });
    const clean = makeDist({ 'index.html': page('<h1>Home</h1><p>Gardeners prune in winter. Patience matters more than any method.</p>') });
    const hashes = new Set(runHashes(toWords(SOURCE)));
    try {
      assert.deepEqual(checkOriginality(loadSite(clean.dir, '/'), hashes, null, fp).failures, []);
      const { failures, byDetector } = checkOriginality(loadSite(result.dir, '/'), hashes, content.dir, fp);
      const messages = failures.map((f) => f.message);
      const file = join(content.dir.split('/').at(-1)!, 'guide', 'a.mdx');
      assert.ok(
        messages.includes(
          `/result/a/, /result/b/, ${file} [order] walks a passage of the article: 6 uncommon content words in the article's order (after stemming): ` +
            '"pruning works in part because of its own virtues, and in part because of the patience and temperament"',
        ),
        messages.join('\n'),
      );
      assert.ok(
        messages.includes(
          `/ [list] names three items of one of the article's lists, in the article's order: "Growers change what they plant, how they water and what they harvest"`,
        ),
        messages.join('\n'),
      );
      // The home page's sentence is close to a copy: every detector fires on it.
      assert.deepEqual(byDetector, { '8 words': 1, 'stem run': 1, list: 1, order: 2 });
    } finally {
      result.remove();
      content.remove();
      clean.remove();
    }
  });
});
