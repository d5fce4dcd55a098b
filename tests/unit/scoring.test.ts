/**
 * Scoring against version 1 of the instrument: answers → a 0–100 mini-me score per dimension → a
 * level (band index) per dimension → the Mini-Me Index (mean of the levels' band midpoints) → the
 * index's band. Properties run over complete answer sets drawn from v1's items and scale, for both
 * the manager's own form ('self') and the reps' form ('rater').
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Instrument, Item } from '../../src/lib/instrument.ts';
import {
  dimensionScore,
  indexOf,
  isScaleValue,
  itemScore,
  itemsFor,
  levelOf,
  levelValue,
  orderedItems,
  type Answers,
  type Form,
} from '../../src/lib/scoring.ts';
import { scoreAnswers } from '../../src/lib/verdict.ts';
import {
  FORMS,
  allV1Results,
  describeV1,
  fullResult,
  type FullResult,
  adaptiveEnd,
  answerAll,
  answersArb,
  miniMeEnd,
  scaleMax,
  scaleMin,
  stepsTowardMiniMe,
  v1,
} from './fixtures.ts';

const RUNS = 500;
const BANDS = v1.bands.length;
const TOP = BANDS - 1;
const MIDDLE = Math.floor(BANDS / 2);
const SPAN = scaleMax(v1) - scaleMin(v1);

function score(answers: Answers, form: Form): FullResult {
  const result = scoreAnswers(v1, answers, form);
  assert.ok(result, 'expected complete answers to score');
  return fullResult(result);
}

function dimItems(inst: Instrument, form: Form, dimensionId: string): Item[] {
  return itemsFor(inst, form).filter((i) => i.dimension === dimensionId);
}

/**
 * Answers that put `steps[d]` scale steps (0 … SPAN × items) toward the mini-me end into dimension d,
 * filling its items one after another from the adaptive end.
 */
function answersWithSteps(form: Form, steps: readonly number[]): Record<string, number> {
  const answers: Record<string, number> = {};
  v1.dimensions.forEach((dim, d) => {
    let rest = steps[d] ?? 0;
    for (const item of dimItems(v1, form, dim.id)) {
      const here = Math.min(SPAN, rest);
      answers[item.id] = stepsTowardMiniMe(v1, item, here);
      rest -= here;
    }
    assert.equal(rest, 0, `dimension "${dim.id}" cannot hold ${steps[d]} steps`);
  });
  return answers;
}

/** For each dimension, the number of steps (toward mini-me) that first reaches each level. */
function levelWitnesses(form: Form): Map<number, number>[] {
  return v1.dimensions.map((dim, d) => {
    const witnesses = new Map<number, number>();
    const maxSteps = SPAN * dimItems(v1, form, dim.id).length;
    for (let s = 0; s <= maxSteps; s++) {
      const steps = v1.dimensions.map((_, i) => (i === d ? s : 0));
      const level = score(answersWithSteps(form, steps), form).levels[d] as number;
      if (!witnesses.has(level)) witnesses.set(level, s);
    }
    return witnesses;
  });
}

describe('the answer-set generator (test fixture)', () => {
  for (const form of FORMS) {
    test(`${form}: answers every item of the form with a scale value, and nothing else`, () => {
      const ids = itemsFor(v1, form)
        .map((i) => i.id)
        .sort();
      fc.assert(
        fc.property(answersArb(v1, form), (answers) => {
          assert.deepEqual(Object.keys(answers).sort(), ids);
          assert.ok(Object.values(answers).every((a) => isScaleValue(v1, a)));
        }),
        { numRuns: 100 },
      );
    });
  }

  test('the rater form is the 16 rater-worded items, four per dimension, two of each keying', () => {
    const rater = itemsFor(v1, 'rater');
    assert.equal(rater.length, 16);
    for (const dim of v1.dimensions) {
      const own = rater.filter((i) => i.dimension === dim.id);
      assert.equal(own.filter((i) => i.keying === 'mini-me').length, 2, dim.id);
      assert.equal(own.filter((i) => i.keying === 'adaptive').length, 2, dim.id);
    }
  });
});

describe('scores are in range', () => {
  for (const form of FORMS) {
    test(`${form}: integer 0–100 scores, valid levels, an integer 0–100 index in a valid band`, () => {
      fc.assert(
        fc.property(answersArb(v1, form), (answers) => {
          const result = score(answers, form);
          assert.equal(result.version, v1.version);
          assert.equal(result.levels.length, v1.dimensions.length);
          v1.dimensions.forEach((dim, d) => {
            const s = dimensionScore(v1, dim.id, answers, form);
            assert.ok(typeof s === 'number' && Number.isInteger(s) && s >= 0 && s <= 100, `score ${s}`);
            const level = result.levels[d] as number;
            assert.ok(Number.isInteger(level) && level >= 0 && level < BANDS, `level ${level}`);
            const band = v1.bands[level];
            assert.ok(band && s >= band.min && s <= band.max, `score ${s} is not in band ${band?.id}`);
          });
          const view = describeV1(result);
          assert.ok(Number.isInteger(view.index) && view.index >= 0 && view.index <= 100, `index ${view.index}`);
          assert.ok(Number.isInteger(view.indexLevel) && view.indexLevel >= 0 && view.indexLevel < BANDS);
          assert.equal(view.indexBand, v1.bands[view.indexLevel]);
          assert.ok(view.index >= view.indexBand.min && view.index <= view.indexBand.max);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe('monotonicity: one step toward the mini-me end never lowers anything', () => {
  for (const form of FORMS) {
    test(`${form}: its dimension's score, level and the index do not drop; other dimensions are unchanged`, () => {
      const items = itemsFor(v1, form);
      fc.assert(
        fc.property(answersArb(v1, form), fc.nat({ max: items.length - 1 }), (answers, which) => {
          const item = items[which] as Item;
          const before = answers[item.id] as number;
          const after = item.keying === 'mini-me' ? before + 1 : before - 1;
          fc.pre(isScaleValue(v1, after));
          const moved = { ...answers, [item.id]: after };

          const r0 = score(answers, form);
          const r1 = score(moved, form);
          v1.dimensions.forEach((dim, d) => {
            const s0 = dimensionScore(v1, dim.id, answers, form) as number;
            const s1 = dimensionScore(v1, dim.id, moved, form) as number;
            const l0 = r0.levels[d] as number;
            const l1 = r1.levels[d] as number;
            if (dim.id === item.dimension) {
              assert.ok(s1 > s0, `score ${s0} → ${s1} after ${item.id}: ${before} → ${after}`);
              assert.ok(l1 >= l0, `level ${l0} → ${l1}`);
            } else {
              assert.equal(s1, s0);
              assert.equal(l1, l0);
            }
          });
          const i0 = describeV1(r0);
          const i1 = describeV1(r1);
          assert.ok(i1.index >= i0.index, `index ${i0.index} → ${i1.index}`);
          assert.ok(i1.indexLevel >= i0.indexLevel);
        }),
        { numRuns: RUNS },
      );
    });
  }

  test('the index never drops when any one level rises', () => {
    for (const result of allV1Results()) {
      const view = describeV1(result);
      result.levels.forEach((level, d) => {
        if (level === TOP) return;
        const higher = describeV1({ ...result, levels: result.levels.map((l, i) => (i === d ? l + 1 : l)) });
        assert.ok(higher.index >= view.index, `${result.levels.join('')} → dimension ${d} up`);
        assert.ok(higher.indexLevel >= view.indexLevel);
      });
    }
  });
});

describe('straight-lining lands in the middle, not at an extreme', () => {
  test('v1 has a middle band', () => {
    assert.equal(BANDS % 2, 1);
    assert.equal(v1.bands[MIDDLE]?.id, 'mixed');
  });

  for (const form of FORMS) {
    for (const point of v1.scale) {
      test(`${form}: "${point.label}" (${point.value}) to every item → every dimension and the index in "${v1.bands[MIDDLE]?.name}"`, () => {
        const answers = answerAll(v1, form, () => point.value);
        const view = describeV1(score(answers, form));
        for (const d of view.dimensions) {
          assert.equal(d.level, MIDDLE, `dimension "${d.dimension.id}" scored ${dimensionScore(v1, d.dimension.id, answers, form)}`);
        }
        assert.equal(view.indexLevel, MIDDLE, `index ${view.index}`);
        assert.equal(view.index, 50);
      });
    }
  }
});

describe('every band is reachable', () => {
  for (const form of FORMS) {
    test(`${form}: every band is reachable as a level of every dimension`, () => {
      levelWitnesses(form).forEach((witnesses, d) => {
        assert.deepEqual(
          [...witnesses.keys()].sort(),
          v1.bands.map((_, i) => i),
          `dimension "${v1.dimensions[d]?.id}" reaches levels ${[...witnesses.keys()].join(', ')}`,
        );
      });
    });

    test(`${form}: every band is reachable as the index band`, () => {
      const witnesses = levelWitnesses(form);
      for (let level = 0; level < BANDS; level++) {
        const steps = witnesses.map((w) => w.get(level) as number);
        const view = describeV1(score(answersWithSteps(form, steps), form));
        assert.deepEqual(
          view.result.levels,
          v1.dimensions.map(() => level),
        );
        assert.equal(view.indexLevel, level, `index ${view.index}`);
      }
    });

    test(`${form}: every result a code can hold (every prerendered page) is reachable from answers`, () => {
      const witnesses = levelWitnesses(form);
      const results = allV1Results();
      assert.equal(results.length, BANDS ** v1.dimensions.length);
      for (const result of results) {
        const steps = result.levels.map((l, d) => witnesses[d]?.get(l) as number);
        assert.deepEqual(score(answersWithSteps(form, steps), form), result);
      }
    });
  }
});

describe('extremes', () => {
  for (const form of FORMS) {
    test(`${form}: every answer at the mini-me end → every dimension 100, top level, index in the top band`, () => {
      const answers = answerAll(v1, form, (item) => miniMeEnd(v1, item));
      for (const dim of v1.dimensions) assert.equal(dimensionScore(v1, dim.id, answers, form), 100, dim.id);
      const view = describeV1(score(answers, form));
      assert.deepEqual(
        view.result.levels,
        v1.dimensions.map(() => TOP),
      );
      assert.equal(view.indexLevel, TOP);
      assert.equal(view.indexBand.id, 'mini-me');
    });

    test(`${form}: every answer at the adaptive end → every dimension 0, bottom level, index in the bottom band`, () => {
      const answers = answerAll(v1, form, (item) => adaptiveEnd(v1, item));
      for (const dim of v1.dimensions) assert.equal(dimensionScore(v1, dim.id, answers, form), 0, dim.id);
      const view = describeV1(score(answers, form));
      assert.deepEqual(
        view.result.levels,
        v1.dimensions.map(() => 0),
      );
      assert.equal(view.indexLevel, 0);
      assert.equal(view.indexBand.id, 'builds');
    });
  }
});

describe('incomplete or invalid answers', () => {
  for (const form of FORMS) {
    test(`${form}: leaving out any one item → undefined`, () => {
      const items = itemsFor(v1, form);
      fc.assert(
        fc.property(answersArb(v1, form), fc.nat({ max: items.length - 1 }), (answers, which) => {
          const missing = (items[which] as Item).id;
          const rest = Object.fromEntries(Object.entries(answers).filter(([id]) => id !== missing));
          assert.equal(scoreAnswers(v1, rest, form), undefined);
          const dim = (items[which] as Item).dimension;
          assert.equal(dimensionScore(v1, dim, rest, form), undefined);
        }),
        { numRuns: RUNS },
      );
    });

    test(`${form}: no answers → undefined`, () => {
      assert.equal(scoreAnswers(v1, {}, form), undefined);
    });

    const offScale: readonly unknown[] = [0, 6, 2.5, Number.NaN, '3', null, undefined, -1, Infinity, 3n, [3], { valueOf: () => 3 }, true];
    test(`${form}: an off-scale value for any one item → undefined (${offScale.map(String).join(', ')})`, () => {
      const items = itemsFor(v1, form);
      fc.assert(
        fc.property(answersArb(v1, form), fc.nat({ max: items.length - 1 }), fc.constantFrom(...offScale), (answers, which, bad) => {
          const item = items[which] as Item;
          const broken = { ...answers, [item.id]: bad } as unknown as Answers;
          assert.equal(scoreAnswers(v1, broken, form), undefined);
          assert.equal(dimensionScore(v1, item.dimension, broken, form), undefined);
          for (const dim of v1.dimensions) {
            if (dim.id !== item.dimension) assert.notEqual(dimensionScore(v1, dim.id, broken, form), undefined);
          }
        }),
        { numRuns: RUNS },
      );
    });

    test(`${form}: answers to unknown items are ignored`, () => {
      fc.assert(
        fc.property(answersArb(v1, form), fc.dictionary(fc.string({ minLength: 1 }), fc.anything()), (answers, extra) => {
          const known = new Set(v1.items.map((i) => i.id));
          const noise = Object.fromEntries(Object.entries(extra).filter(([k]) => !known.has(k)));
          assert.deepEqual(scoreAnswers(v1, { ...noise, ...answers } as Answers, form), scoreAnswers(v1, answers, form));
        }),
        { numRuns: 200 },
      );
    });
  }

  test('the rater form needs only rater-worded items; the self form needs every item', () => {
    const selfOnly = v1.items.filter((i) => i.rater === undefined);
    assert.ok(selfOnly.length > 0);
    const answers = answerAll(v1, 'rater', () => 3);
    assert.ok(scoreAnswers(v1, answers, 'rater'));
    assert.equal(scoreAnswers(v1, answers, 'self'), undefined);
  });

  test('an unknown dimension has no score', () => {
    assert.equal(
      dimensionScore(
        v1,
        'no-such-dimension',
        answerAll(v1, 'self', () => 3),
        'self',
      ),
      undefined,
    );
  });

  test('isScaleValue accepts exactly the scale points', () => {
    for (const p of v1.scale) assert.equal(isScaleValue(v1, p.value), true);
    for (const bad of [0, 6, 2.5, Number.NaN, '3', null, undefined, -0.5, Infinity]) {
      assert.equal(isScaleValue(v1, bad), false, String(bad));
    }
  });
});

describe('the documented formula', () => {
  /**
   * An independent oracle from the documented rules, over v1's 1–5 scale: a mini-me item scores
   * answer − 1, an adaptive one 5 − answer; a dimension is round(100 × sum / (4 × n)); its level is
   * the band containing it; the index is round(mean of the levels' band midpoints (min + max) / 2);
   * the index band is the band containing the index. "round" sends halves toward 50.
   */
  const towardMiddle = (x: number): number => (x < 50 ? Math.floor(x + 0.5) : Math.ceil(x - 0.5));
  function oracle(answers: Answers, form: Form): { scores: number[]; levels: number[]; index: number; indexLevel: number } {
    const bandOf = (s: number): number => v1.bands.findIndex((b) => b.min <= s && s <= b.max);
    const scores = v1.dimensions.map((dim) => {
      const items = dimItems(v1, form, dim.id);
      const sum = items.reduce(
        (acc, i) => acc + (i.keying === 'mini-me' ? (answers[i.id] as number) - 1 : 5 - (answers[i.id] as number)),
        0,
      );
      return towardMiddle((100 * sum) / (4 * items.length));
    });
    const levels = scores.map(bandOf);
    const mids = levels.map((l) => ((v1.bands[l] as (typeof v1.bands)[number]).min + (v1.bands[l] as (typeof v1.bands)[number]).max) / 2);
    const index = towardMiddle(mids.reduce((a, b) => a + b, 0) / mids.length);
    return { scores, levels, index, indexLevel: bandOf(index) };
  }

  test('v1 uses a 1–5 scale (the oracle assumes it)', () => {
    assert.equal(scaleMin(v1), 1);
    assert.equal(scaleMax(v1), 5);
  });

  for (const form of FORMS) {
    test(`${form}: scoring agrees with the oracle on arbitrary answers`, () => {
      fc.assert(
        fc.property(answersArb(v1, form), (answers) => {
          const expected = oracle(answers, form);
          const view = describeV1(score(answers, form));
          assert.deepEqual(
            v1.dimensions.map((d) => dimensionScore(v1, d.id, answers, form)),
            expected.scores,
          );
          assert.deepEqual(view.result.levels, expected.levels);
          assert.equal(view.index, expected.index);
          assert.equal(view.indexLevel, expected.indexLevel);
        }),
        { numRuns: RUNS },
      );
    });
  }

  test('itemScore: mini-me items score answer − 1, adaptive items 5 − answer', () => {
    for (const item of v1.items) {
      for (const p of v1.scale) {
        assert.equal(itemScore(v1, item, p.value), item.keying === 'mini-me' ? p.value - 1 : 5 - p.value);
      }
    }
  });

  // One manager's answers, worked by hand.
  const worked: Record<string, number> = {
    // my-way (mini-me: 1, 3, 5; adaptive: 2, 4)
    'way-1': 5, // mini-me 5 − 1 = 4
    'way-2': 1, // adaptive 5 − 1 = 4
    'way-3': 4, // 3
    'way-4': 2, // 3
    'way-5': 5, // 4 (self only)
    // one-path (adaptive: 1, 3, 5; mini-me: 2, 4)
    'path-1': 2, // adaptive 3 (self only)
    'path-2': 3, // mini-me 2
    'path-3': 4, // adaptive 1
    'path-4': 2, // mini-me 1
    'path-5': 3, // adaptive 2
    // yesterday (mini-me: 1, 3, 5; adaptive: 2, 4)
    'past-1': 1, // 0
    'past-2': 5, // 0
    'past-3': 2, // 1 (self only)
    'past-4': 4, // 1
    'past-5': 1, // 0
    // wheel (adaptive: 1, 3, 5; mini-me: 2, 4)
    'wheel-1': 3, // 2
    'wheel-2': 4, // 3
    'wheel-3': 2, // 3
    'wheel-4': 4, // 3
    'wheel-5': 3, // 2 (self only)
  };

  test('a worked example, self form', () => {
    // my-way    4+4+3+3+4 = 18 → 100×18/20 = 90 → "mini-me" (81–100), level 4
    // one-path  3+2+1+1+2 =  9 →  45         → "mixed" (40–60), level 2
    // yesterday 0+0+1+1+0 =  2 →  10         → "builds" (0–19), level 0
    // wheel     2+3+3+3+2 = 13 →  65         → "leans" (61–80), level 3
    // index: midpoints 90.5, 50, 9.5, 70.5 → mean 55.125 → 55 → "mixed"
    assert.deepEqual(
      v1.dimensions.map((d) => dimensionScore(v1, d.id, worked, 'self')),
      [90, 45, 10, 65],
    );
    const view = describeV1(score(worked, 'self'));
    assert.deepEqual(view.result, { version: 1, levels: [4, 2, 0, 3] });
    assert.deepEqual(
      view.dimensions.map((d) => d.band.id),
      ['mini-me', 'mixed', 'builds', 'leans'],
    );
    assert.equal(view.index, 55);
    assert.equal(view.indexBand.id, 'mixed');
  });

  test('a worked example, rater form (self-only items way-5, path-1, past-3, wheel-5 left out)', () => {
    // my-way    4+4+3+3 = 14 → 100×14/16 = 87.5  → 87 (halves go toward 50) → "mini-me", level 4
    // one-path  2+1+1+2 =  6 →           37.5  → 38 → "mostly-builds", level 1
    // yesterday 0+0+1+0 =  1 →            6.25 →  6 → "builds", level 0
    // wheel     2+3+3+3 = 11 →           68.75 → 69 → "leans", level 3
    // index: midpoints 90.5, 29.5, 9.5, 70.5 → mean 50 → "mixed"
    assert.deepEqual(
      v1.dimensions.map((d) => dimensionScore(v1, d.id, worked, 'rater')),
      [87, 38, 6, 69],
    );
    const view = describeV1(score(worked, 'rater'));
    assert.deepEqual(view.result, { version: 1, levels: [4, 1, 0, 3] });
    assert.equal(view.index, 50);
    assert.equal(view.indexBand.id, 'mixed');
  });

  test('levelOf places every integer 0–100 in the band that contains it, and clamps outside', () => {
    for (let s = 0; s <= 100; s++) {
      const band = v1.bands[levelOf(v1, s)];
      assert.ok(band && band.min <= s && s <= band.max, `${s} → ${band?.id}`);
    }
    assert.equal(levelOf(v1, -5), 0);
    assert.equal(levelOf(v1, 150), TOP);
  });

  test('levelValue is the band midpoint; a level that is no band throws a RangeError', () => {
    v1.bands.forEach((b, i) => assert.equal(levelValue(v1, i), (b.min + b.max) / 2));
    assert.throws(() => levelValue(v1, BANDS), RangeError);
    assert.throws(() => levelValue(v1, -1), RangeError);
  });

  test('indexOf of the four uniform results is near each band midpoint', () => {
    assert.deepEqual(
      v1.bands.map((_, l) => indexOf(v1, [l, l, l, l])),
      [10, 30, 50, 70, 90],
    );
  });
});

describe('mirror symmetry', () => {
  const mirror = (answers: Answers): Answers =>
    Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, scaleMin(v1) + scaleMax(v1) - a]));

  for (const form of FORMS) {
    test(`${form}: mirroring every answer mirrors every dimension's level`, () => {
      fc.assert(
        fc.property(answersArb(v1, form), (answers) => {
          const a = score(answers, form);
          const b = score(mirror(answers), form);
          assert.deepEqual(
            b.levels,
            a.levels.map((l) => TOP - l),
          );
        }),
        { numRuns: RUNS },
      );
    });
  }

  // Halves round toward 50, so a result and its mirror image get mirrored index bands.
  test('mirrored levels give a mirrored index band', () => {
    for (const result of allV1Results()) {
      const a = describeV1(result);
      const b = describeV1({ ...result, levels: result.levels.map((l) => TOP - l) });
      assert.equal(b.indexLevel, TOP - a.indexLevel, `${result.levels.join('')}: index ${a.index} vs mirrored ${b.index}`);
    }
  });
});

describe('describeResult', () => {
  test('each dimension gets the band of its level and the advice for (dimension, band)', () => {
    for (const result of allV1Results()) {
      const view = describeV1(result);
      assert.equal(view.result, result);
      assert.equal(view.dimensions.length, v1.dimensions.length);
      view.dimensions.forEach((d, i) => {
        assert.equal(d.dimension, v1.dimensions[i]);
        assert.equal(d.level, result.levels[i]);
        assert.equal(d.band, v1.bands[d.level]);
        assert.ok(d.advice, `no advice for ${d.dimension.id} / ${d.band.id}`);
        assert.equal(d.advice.dimension, d.dimension.id);
        assert.equal(d.advice.band, d.band.id);
      });
    }
  });

  test('the index band is the band of the index', () => {
    for (const result of allV1Results()) {
      const view = describeV1(result);
      assert.equal(view.index, indexOf(v1, result.levels));
      assert.equal(view.indexLevel, levelOf(v1, view.index));
      assert.equal(view.indexBand, v1.bands[view.indexLevel]);
    }
  });

  test('the same result always describes the same way (no hidden state)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allV1Results()), (result) => {
        assert.deepEqual(describeV1(result), describeV1(structuredClone(result)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('orderedItems', () => {
  for (const form of FORMS) {
    test(`${form}: every item of the form exactly once`, () => {
      const ordered = orderedItems(v1, form).map((i) => i.id);
      assert.equal(new Set(ordered).size, ordered.length);
      assert.deepEqual(
        [...ordered].sort(),
        itemsFor(v1, form)
          .map((i) => i.id)
          .sort(),
      );
    });

    test(`${form}: no two consecutive items from the same dimension`, () => {
      const ordered = orderedItems(v1, form);
      for (let i = 1; i < ordered.length; i++) {
        assert.notEqual(ordered[i]?.dimension, ordered[i - 1]?.dimension, `${ordered[i - 1]?.id} then ${ordered[i]?.id}`);
      }
    });

    test(`${form}: opens with one item from each dimension, in the dimensions' order`, () => {
      assert.deepEqual(
        orderedItems(v1, form)
          .slice(0, v1.dimensions.length)
          .map((i) => i.dimension),
        v1.dimensions.map((d) => d.id),
      );
    });
  }
});
