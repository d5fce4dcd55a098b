/**
 * The build checks (scripts/build-check/*.mjs), each over a tiny fixture site in a temporary
 * directory: a clean site passes, and each check fails on a planted bad case.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadSite, siteOrigin } from '../../scripts/build-check/site.mjs';
import { BUDGETS, checkWeights } from '../../scripts/build-check/weight.mjs';
import { checkThirdParty } from '../../scripts/build-check/third-party.mjs';
import { validateHtml } from '../../scripts/build-check/html.mjs';
import { checkLinks } from '../../scripts/build-check/links.mjs';
import { checkOriginality, visibleTextSegments } from '../../scripts/build-check/originality.mjs';
import { jsImports, cssRefs } from '../../scripts/build-check/refs.mjs';
import { runHashes, toWords } from '../../scripts/make-article-8grams.mjs';
import { makeDist, page, type Fixture } from './dist-fixture.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ORIGIN = 'https://mini-me-check.example';
const canonical = (path: string) => `<link rel="canonical" href="${ORIGIN}${path}">`;

/** A clean little site: home, a page with an island-like module graph, a page with none. */
const cleanFiles: Record<string, string> = {
  'index.html': page('<h1>Home</h1><p><a href="/quiz/">The check</a> <a href="/about/#who">About us</a></p>', { head: canonical('/') }),
  'about/index.html': page('<h1>About</h1><h2 id="who">Who</h2><p><a href="/">Home</a></p>', {
    head: `${canonical('/about/')}<link rel="stylesheet" href="/_astro/site.css">`,
  }),
  'quiz/index.html': page('<h1>Quiz</h1><p><a href="/">Home</a></p>', { head: '<script type="module" src="/_astro/entry.js"></script>' }),
  '404.html': page('<h1>Not found</h1><p><a href="/">Home</a></p>'),
  '_astro/entry.js':
    "import { a } from './a.js';\nexport { b } from './b.js';\ndocument.body.onclick = () => import('./lazy.js').then((m) => m.run(a));\n",
  '_astro/a.js': 'export const a = 1;\n',
  '_astro/b.js': 'export const b = 2;\n',
  '_astro/lazy.js': `export const run = (n) => ${JSON.stringify('x'.repeat(400))}.repeat(n);\n`,
  '_astro/site.css': '@import "./more.css";\nbody { color: black; }\n',
  '_astro/more.css': 'p { margin: 0; }\n',
};

/** The clean site as built for a base path: every root-relative and canonical URL under it. */
const underBase = (files: Record<string, string>, base: string) =>
  Object.fromEntries(
    Object.entries(files).map(([k, v]) => [k, v.replaceAll('"/', `"${base}`).replaceAll(`${ORIGIN}/`, `${ORIGIN}${base}`)]),
  );

function withSite(files: Record<string, string>, base = '/') {
  const fixture = makeDist(files);
  return { fixture, site: loadSite(fixture.dir, base) };
}

describe('refs: the module lexer and the CSS parser', () => {
  test('static imports, re-exports and literal import() are told apart; computed ones and import.meta are not followed', () => {
    const found = jsImports(
      "import a from './a.js';\nexport * from \"./b.js\";\nimport('./c.js');\nimport(name);\nconsole.log(import.meta.url, 'import(\"./d.js\")');\n",
    );
    assert.deepEqual(found, { static: ['./a.js', './b.js'], dynamic: ['./c.js'] });
  });
  test('url() anywhere and the import at-rule, quoted or not', () => {
    const refs = cssRefs(
      '@import "a.css"; @import url(b.css) print; .x { background: url( "https://cdn.example.org/x.png" ) } :root { --i: url(/i.svg) }',
    );
    assert.deepEqual(refs.imports, ['a.css', 'b.css']);
    assert.deepEqual(refs.urls, ['a.css', 'b.css', 'https://cdn.example.org/x.png', '/i.svg']);
  });
});

describe('weight', () => {
  let fixture: Fixture;
  let site: ReturnType<typeof loadSite>;
  before(() => ({ fixture, site } = withSite(cleanFiles)));
  after(() => fixture.remove());

  test('a clean site is within the budgets; JS counts static and dynamic imports, CSS its imports', () => {
    const { failures, weights, report } = checkWeights(site);
    assert.deepEqual(failures, []);
    const quiz = weights.find((w) => w.sitePath === '/quiz/');
    assert.deepEqual(quiz?.jsFiles.sort(), ['_astro/a.js', '_astro/b.js', '_astro/entry.js', '_astro/lazy.js']);
    assert.ok(quiz?.jsParts.some((p) => p.name === '_astro/lazy.js (through import())'));
    assert.ok(quiz?.jsParts.some((p) => p.name === '_astro/a.js'));
    const about = weights.find((w) => w.sitePath === '/about/');
    assert.equal(about?.css.raw, Buffer.byteLength(cleanFiles['_astro/site.css']! + cleanFiles['_astro/more.css']!));
    assert.match(report[0] ?? '', /^page +HTML +HTML gz +JS +JS gz +CSS +CSS gz +JS budget +files +status$/);
  });

  test('files up front: stylesheets with their imports and scripts with their static imports, held where budgeted', () => {
    const { weights, report } = checkWeights(site);
    assert.equal(weights.find((w) => w.sitePath === '/quiz/')?.files, 3);
    assert.equal(weights.find((w) => w.sitePath === '/about/')?.files, 2);
    assert.match(report.find((l) => l.startsWith('/quiz/ ')) ?? '', / 3 \(≤4\) +ok$/);
    const tight = { ...BUDGETS, upFrontFilesMax: { '/quiz/': 2 } };
    assert.deepEqual(
      checkWeights(site, tight).failures.map((f) => f.check + ' ' + f.message),
      ['budget /quiz/: 3 stylesheets and scripts up front > budget 2'],
    );
  });

  test('JS over the island budget, counting what import() loads, fails', () => {
    const quiz = checkWeights(site).weights.find((w) => w.sitePath === '/quiz/')!;
    const lazy = quiz.jsParts.find((p) => p.name === '_astro/lazy.js (through import())');
    assert.ok(lazy && lazy.gz > 0);
    const tight = { ...BUDGETS, islandJsGzipMax: quiz.js.gz - 1 };
    assert.deepEqual(
      checkWeights(site, tight).failures.map((f) => f.check + ' ' + f.message),
      [`budget /quiz/: JS ${quiz.js.gz} B gzip > budget ${quiz.js.gz - 1} B`],
    );
  });

  test('CSS over its budget fails', () => {
    const failures = checkWeights(site, { ...BUDGETS, cssGzipMax: 20 }).failures;
    assert.ok(failures.some((f) => f.check === 'budget' && f.message.startsWith('/about/: CSS ')));
  });

  test('a page outside the JS prefixes that ships a script fails, inline or not; a missing file fails', () => {
    const bad = withSite({
      ...cleanFiles,
      'guide/index.html': page('<h1>Guide</h1><script>console.log(1)</script><script type="application/ld+json">{}</script>'),
      'quiz/print/index.html': page('<h1>Print</h1>', { head: '<link rel="modulepreload" href="/_astro/a.js">' }),
      'team/index.html': page('<h1>Team</h1>', { head: '<script type="module" src="/_astro/gone.js"></script>' }),
    });
    try {
      const messages = checkWeights(bad.site).failures.map((f) => `${f.check} ${f.message}`);
      assert.deepEqual(messages, [
        'weight /team/: <script src> "/_astro/gone.js" is not a file in dist',
        'budget /guide/: ships 14 B of JS (inline); this page may ship none',
        'budget /quiz/print/: ships 20 B of JS (_astro/a.js); this page may ship none',
      ]);
    } finally {
      bad.fixture.remove();
    }
  });

  test('result pages over budget are grouped into one failure per kind', () => {
    const script = '<script type="module" src="/_astro/a.js"></script>';
    const bad = withSite({
      ...cleanFiles,
      'result/a/index.html': page('<h1>A</h1>', { head: script }),
      'result/b/index.html': page('<h1>B</h1>', { head: script }),
    });
    try {
      const { failures, report } = checkWeights(bad.site);
      assert.deepEqual(
        failures.map((f) => f.message),
        ['JS over budget on 2 result page(s), e.g. /result/a/: ships 20 B of JS (_astro/a.js); this page may ship none'],
      );
      assert.ok(report.some((l) => /^\/result\/\* \(2 pages, max\).*OVER \(2\)$/.test(l)));
    } finally {
      bad.fixture.remove();
    }
  });

  test('under a base path, the same files are found', () => {
    const { fixture: f, site: s } = withSite(underBase(cleanFiles, '/sub/'), '/sub');
    try {
      const { failures, weights } = checkWeights(s);
      assert.deepEqual(failures, []);
      assert.equal(weights.find((w) => w.sitePath === '/quiz/')?.jsFiles.length, 4);
    } finally {
      f.remove();
    }
  });
});

describe('third-party references', () => {
  test('none on a clean site; the site origin itself is not third-party', () => {
    const { fixture, site } = withSite(cleanFiles);
    try {
      assert.equal(siteOrigin(site), ORIGIN);
      assert.deepEqual(checkThirdParty(site, ORIGIN).failures, []);
    } finally {
      fixture.remove();
    }
  });

  test('another origin in an attribute, a srcset, inline CSS or a stylesheet fails; an https citation link marked external noreferrer does not', () => {
    const { fixture, site } = withSite({
      ...cleanFiles,
      'index.html': page(
        '<h1>Home</h1><img alt="" src="/a.png" srcset="/a.png 1x, https://cdn.example.org/a2.png 2x"><a href="https://elsewhere.example/">x</a><a href="https://doi.org/10.1/x" rel="external noreferrer">cited</a><a href="http://plain.example/" rel="external noreferrer">x</a>',
        { head: `${canonical('/')}<style>@import url(https://fonts.example.net/f.css);</style>` },
      ),
      '_astro/more.css': '@font-face { font-family: X; src: url(//fonts.example.net/x.woff2) }',
    });
    try {
      assert.deepEqual(
        checkThirdParty(site, ORIGIN).failures.map((f) => f.message),
        [
          'third-party reference https://fonts.example.net/f.css in inline <style> on /',
          'third-party reference https://cdn.example.org/a2.png in <img srcset> on /',
          'third-party reference https://elsewhere.example/ in <a href> on /',
          'third-party reference http://plain.example/ in <a href> on /',
          'third-party reference http://fonts.example.net/x.woff2 in _astro/more.css',
        ],
      );
    } finally {
      fixture.remove();
    }
  });
});

describe('html validation', () => {
  const config = join(ROOT, '.htmlvalidate.json');
  test('a clean site validates', async () => {
    const { fixture, site } = withSite(cleanFiles);
    try {
      const result = await validateHtml(site, config);
      assert.deepEqual(result.failures, []);
      assert.equal(result.files, 4);
    } finally {
      fixture.remove();
    }
  });

  test('invalid markup fails with the rule and the place', async () => {
    const { fixture, site } = withSite({ ...cleanFiles, 'about/index.html': page('<h1 id="x">About</h1><p id="x">Twice <b>open</p>') });
    try {
      const messages = (await validateHtml(site, config)).failures.map((f) => f.message);
      assert.ok(
        messages.some((m) => /about\/index\.html:\d+:\d+ no-dup-id: /.test(m)),
        messages.join('\n'),
      );
    } finally {
      fixture.remove();
    }
  });
});

describe('originality', () => {
  const article = 'the quick brown fox jumps over the lazy dog near the river bank';
  const hashes = new Set(runHashes(toWords(article)));

  test('visible text is the text and the text attributes, not scripts, styles or comments', () => {
    const { fixture, site } = withSite({
      'index.html': page(
        '<p>One <em>two</em>&nbsp;three&amp;four</p><img src="/x.png" alt="An alt"><script>var hidden = "script text";</script><!-- a comment -->',
        {
          head: '<meta name="description" content="Preview text"><meta name="viewport" content="width=device-width"><style>p::after { content: "style text" }</style>',
        },
      ),
    });
    try {
      const [text, ...attributes] = visibleTextSegments(site.pages[0]!.doc);
      assert.deepEqual(toWords(text ?? ''), ['a', 'page', 'one', 'two', 'three', 'four']);
      assert.deepEqual(attributes, ['Preview text', 'An alt']);
    } finally {
      fixture.remove();
    }
  });

  test('a clean site passes; a copied run in text, in an attribute or in a content file fails', () => {
    const content = makeDist({
      'guide/a.mdx': `---\ntitle: A\n---\nimport X from './x';\n\nSo <X /> [the quick brown fox](/a/) jumps over the lazy dog, they say.\n`,
    });
    const clean = withSite(cleanFiles);
    const { fixture, site } = withSite({
      ...cleanFiles,
      'about/index.html': page(
        '<h1>About</h1><p>As they say, <em>the quick brown</em> fox jumps over the lazy dog near here.</p><img src="/a.png" alt="The quick brown fox jumps over the lazy dog near the river">',
      ),
    });
    try {
      assert.deepEqual(checkOriginality(clean.site, hashes, null).failures, []);
      const result = checkOriginality(site, hashes, content.dir);
      assert.equal(result.sources, 1);
      assert.deepEqual(
        result.failures.map((f) => f.message),
        [
          '/about/ shares 10 consecutive words with the article: "the quick brown fox jumps over the lazy dog near"',
          '/about/ shares 12 consecutive words with the article: "the quick brown fox jumps over the lazy dog near the river"',
          `${join(content.dir.split('/').at(-1)!, 'guide', 'a.mdx')} shares 9 consecutive words with the article: "the quick brown fox jumps over the lazy dog"`,
        ],
      );
    } finally {
      clean.fixture.remove();
      fixture.remove();
      content.remove();
    }
  });
});

describe('links (linkinator over the local server)', () => {
  test('a clean site has no broken link, under / and under a base path', async () => {
    for (const base of ['/', '/sub/']) {
      const { fixture, site } = withSite(underBase(cleanFiles, base), base);
      try {
        const result = await checkLinks(site, ORIGIN);
        assert.deepEqual(result.failures, [], base);
        assert.equal(result.pagesCrawled, 4, base);
      } finally {
        fixture.remove();
      }
    }
  });

  test('a missing page, a link without its trailing slash and a missing fragment fail', async () => {
    const { fixture, site } = withSite({
      ...cleanFiles,
      'index.html': page(
        '<h1>Home</h1><p><a href="/quiz/">ok</a> <a href="/nowhere/">gone</a> <a href="/about">no slash</a> <a href="/about/#nobody">no id</a></p>',
        { head: canonical('/') },
      ),
    });
    try {
      const messages = (await checkLinks(site, ORIGIN)).failures.map((f) => f.message);
      assert.equal(messages.length, 3, messages.join('\n'));
      assert.ok(
        messages.some((m) => m.startsWith('broken link /about (HTTP 301: redirects; link the final URL') && m.endsWith(' on /')),
        messages.join('\n'),
      );
      assert.ok(
        messages.some((m) => m.startsWith('broken link /about/#nobody ') && m.endsWith(' on /')),
        messages.join('\n'),
      );
      assert.ok(
        messages.some((m) => m.startsWith('broken link /nowhere/ (HTTP 404') && m.endsWith(' on /')),
        messages.join('\n'),
      );
    } finally {
      fixture.remove();
    }
  });
});
