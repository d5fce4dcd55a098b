/** Level colors: an instrument's levels spread over the one five-step color scale (src/lib/tone.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toneOf, toneClass, TONES } from '../../src/lib/tone.ts';

test('five levels keep their own colors; three use the two ends and the middle', () => {
  assert.deepEqual(
    [0, 1, 2, 3, 4].map((l) => toneOf(l, 5)),
    [0, 1, 2, 3, 4],
  );
  assert.deepEqual(
    [0, 1, 2].map((l) => toneOf(l, 3)),
    [0, 2, 4],
  );
  assert.deepEqual(
    [0, 1].map((l) => toneOf(l, 2)),
    [0, 4],
  );
  assert.deepEqual(
    [0, 1, 2, 3].map((l) => toneOf(l, 4)),
    [0, 1, 3, 4],
  );
});

test('for any number of levels, the lowest is the first color, the highest the last, and colors never go down', () => {
  for (let levels = 2; levels <= 9; levels++) {
    const tones = Array.from({ length: levels }, (_, l) => toneOf(l, levels));
    assert.equal(tones[0], 0);
    assert.equal(tones.at(-1), TONES - 1);
    for (let l = 1; l < levels; l++) assert.ok(tones[l]! >= tones[l - 1]!, `${levels} levels: ${tones.join(',')}`);
  }
});

test('a level not known has no color of its own', () => {
  assert.equal(toneClass(null, 3), 'lvl-none');
  assert.equal(toneClass(undefined, 5), 'lvl-none');
  assert.equal(toneClass(1, 3), 'lvl-2');
});
