/**
 * What the build draws outside the CSS takes its facts from one home: the colors from
 * src/styles (read by src/utils/palette.ts), the mark from src/utils/brand.ts; and the preview
 * images wrap their text by the font's real glyph widths.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { customProperties, PALETTE } from '../../src/utils/palette.ts';
import { markShapes } from '../../src/utils/brand.ts';
import { mark, textWidth, wrap } from '../../src/utils/og.ts';
import { loadInstrument, v1 } from './fixtures.ts';
import { TONES, toneClass, toneOf } from '../../src/lib/tone.ts';

test('custom properties are read per scheme: dark inside prefers-color-scheme: dark, light outside media queries', () => {
  const found = customProperties(`@layer tokens {
    :root { --bg: #fff; color: red; }
    @media (prefers-color-scheme: dark) { :root { --bg: #000; } }
    @media print { :root { --bg: #eee; } }
  }
  .a .lvl-1 { --lvl: rgb(1 2 3); }`);
  assert.equal(found.light.get(':root')?.get('--bg'), '#fff');
  assert.equal(found.dark.get(':root')?.get('--bg'), '#000');
  assert.equal(found.light.get(':root')?.has('color'), false);
  assert.equal(found.light.get('.a .lvl-1')?.get('--lvl'), 'rgb(1 2 3)');
});

test('the palette is the stylesheets’ own: the tones result.css declares, as many as tone.ts counts', () => {
  const css = readFileSync('src/styles/result.css', 'utf8');
  for (const scheme of ['light', 'dark'] as const) {
    assert.equal(PALETTE[scheme].levels.length, TONES, scheme);
  }
  const light = css.slice(0, css.indexOf('prefers-color-scheme'));
  PALETTE.light.levels.forEach((color, i) => assert.match(light, new RegExp(`\\.lvl-${i}\\s*\\{\\s*--lvl:\\s*${color};\\s*\\}`)));
  assert.match(readFileSync('src/styles/global.css', 'utf8'), new RegExp(`--accent: ${PALETTE.light.accent};`));
  assert.notEqual(PALETTE.light.accent, PALETTE.dark.accent);
});

test('the preview images draw the one brand mark', () => {
  assert.ok(mark(10, 20, 2, '#123456').includes(markShapes('#123456')));
});

test('text is measured with the font: wider glyphs, bold and larger sizes measure wider', () => {
  assert.ok(textWidth('WWWW', 40) > textWidth('iiii', 40));
  assert.ok(textWidth('Mini-Me Check', 40, true) > textWidth('Mini-Me Check', 40));
  assert.equal(textWidth('Mini-Me Check', 80), 2 * textWidth('Mini-Me Check', 40));
});

test('wrapped lines fit the width, keep every word in order, and do not break early', () => {
  const titles = v1.bands.map((b) => `Mini-Me Index 100: ${b.name}`);
  for (const [text, size, width, bold] of [
    ['Are you coaching your team to sell the way you did?', 64, 1000, true],
    ...titles.map((t) => [t, 50, 1040, true] as const),
    ['Coach the rep you have, not the rep you were.', 32, 300, false],
  ] as const) {
    const lines = wrap(text, size, width, bold);
    assert.equal(lines.join(' '), text);
    for (const [i, line] of lines.entries()) {
      assert.ok(textWidth(line, size, bold) <= width, `${line} fits`);
      const next = lines[i + 1]?.split(' ')[0];
      if (next) assert.ok(textWidth(`${line} ${next}`, size, bold) > width, `${line} could take "${next}"`);
    }
  }
  // Every result title fits on one line above the dimension rows.
  for (const t of titles) assert.equal(wrap(t, 50, 1040, true).length, 1, t);
});

test('level i of n takes the tone at the same place on the scale: the ends always the end tones', () => {
  for (const inst of [v1, loadInstrument(2)]) {
    const n = inst.bands.length;
    const tones = Array.from({ length: n }, (_, i) => toneOf(i, n));
    assert.equal(tones[0], 0);
    assert.equal(tones.at(-1), TONES - 1);
    for (let i = 1; i < n; i++) assert.ok(tones[i]! > tones[i - 1]!, `${inst.version}: tones rise with the level`);
  }
  assert.deepEqual(
    [0, 1, 2, 3, 4].map((i) => toneOf(i, 5)),
    [0, 1, 2, 3, 4],
    'five levels: the tones as they are',
  );
  assert.deepEqual(
    [0, 1, 2].map((i) => toneOf(i, 3)),
    [0, 2, 4],
  );
  assert.equal(toneClass(null, 3), 'lvl-none');
  assert.equal(toneClass(2, 3), 'lvl-4');
});
