/**
 * Version 2 of the check (the frequency format): the instrument's own rules, the "hasn't come up"
 * answer, and when a set of answers gets no verdict. The simulation figures quoted on the About page
 * come from `npm run simulate`, which runs the same reading as these tests (scripts/simulate-check.ts).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  instrumentProblems,
  resultPageCount,
  wordingProblems,
  MAX_ITEM_WORDS,
  type Instrument,
  type Item,
} from '../../src/lib/instrument.ts';
import { dimensionScore, itemsFor, NOT_APPLICABLE, describeResult, type Answers, type Form, type Reading } from '../../src/lib/scoring.ts';
import { readAnswers } from '../../src/lib/verdict.ts';
import { allResults, decodeResult, encodeResult, MISSING, type CodeShape } from '../../src/lib/result-code.ts';
import { chapterSlugs, loadInstrument, mutableCopy, scaleMax, scaleMin, stepsTowardMiniMe, v1 } from './fixtures.ts';
import { simulate, uniformAnswers } from '../../scripts/simulate-check.ts';

const v2: Instrument = loadInstrument(2);
const FORMS: readonly Form[] = ['self', 'rater'];
const SPAN = scaleMax(v2) - scaleMin(v2);
const LEVELS = v2.bands.length;
const shape: CodeShape = { dimensions: v2.dimensions.length, levels: LEVELS, missing: true };

/** Every item answered `steps` points toward its mini-me end, per dimension. */
function profile(form: Form, steps: (dimension: number) => number): Answers {
  return Object.fromEntries(
    itemsFor(v2, form).map((item) => [
      item.id,
      stepsTowardMiniMe(v2, item, steps(v2.dimensions.findIndex((d) => d.id === item.dimension))),
    ]),
  );
}

function result(reading: Reading | undefined) {
  assert.ok(reading, 'expected complete answers');
  assert.equal(reading.kind, 'result', `expected a verdict, got ${JSON.stringify(reading)}`);
  return reading.kind === 'result' ? reading.result : undefined!;
}

/** Complete answers: each a scale point or "hasn't come up". */
function answersArb(form: Form) {
  const items = itemsFor(v2, form);
  return fc
    .array(fc.integer({ min: NOT_APPLICABLE, max: scaleMax(v2) }), { minLength: items.length, maxLength: items.length })
    .map((values) =>
      Object.fromEntries(
        items.map((item, i) => [item.id, values[i] === NOT_APPLICABLE ? NOT_APPLICABLE : Math.max(scaleMin(v2), values[i]!)]),
      ),
    );
}

describe('version 2: the instrument', () => {
  test('is sound: no problem found by the build’s checks', () => {
    assert.deepEqual(instrumentProblems(v2, chapterSlugs), []);
  });

  test('keeps to the item rules: first person, at most 15 words, no negation or absolute, one behavior', () => {
    for (const item of v2.items) {
      assert.match(item.self, /^(I|When I|When a rep)\b/, `${item.id} is in the first person`);
      for (const text of [item.self, item.rater!]) assert.deepEqual(wordingProblems(text), [], `${item.id}: ${text}`);
    }
  });

  test('the rater form is parallel: every item has a rater twin, same dimension and keying by construction', () => {
    assert.deepEqual(
      itemsFor(v2, 'rater').map((i) => i.id),
      v2.items.map((i) => i.id),
    );
    for (const item of v2.items) assert.match(item.rater!, /\bmanager\b/, `${item.id}: the rater wording is about the manager`);
  });

  test('each dimension has at least two items of each keying and at most 20 items in all', () => {
    assert.ok(v2.items.length <= 20);
    for (const d of v2.dimensions) {
      for (const keying of ['mini-me', 'adaptive'] as const) {
        assert.ok(v2.items.filter((i) => i.dimension === d.id && i.keying === keying).length >= 2, `${d.id} ${keying}`);
      }
    }
  });

  test('the wording rules catch a long item, a negation, an absolute and a double-barrelled item', () => {
    assert.match(wordingProblems(Array.from({ length: MAX_ITEM_WORDS + 1 }, () => 'word').join(' '))[0]!, /16 words/);
    assert.match(wordingProblems('I do not coach.')[0]!, /"not"/);
    assert.match(wordingProblems('I always coach.')[0]!, /"always"/);
    assert.match(wordingProblems('I don’t coach.')[0]!, /n’t/);
    assert.match(wordingProblems('I observe and give feedback.')[0]!, /one behavior/);
  });

  test('a broken instrument of this format is reported: no rater twin, a one-way mirror, a mirror of the same keying', () => {
    const inst = mutableCopy(v2);
    delete inst.items[0]!.rater;
    inst.items[2]!.mirror = inst.items[4]!.id;
    inst.items[5]!.mirror = inst.items[7]!.id;
    inst.items[7]!.mirror = inst.items[5]!.id;
    const problems = instrumentProblems(inst as Instrument, chapterSlugs);
    assert.ok(
      problems.some((p) => p.includes(`item "${inst.items[0]!.id}" has no rater wording`)),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((p) => p.includes(`item "${inst.items[2]!.id}" mirrors "${inst.items[4]!.id}", which does not mirror it back`)),
    );
    assert.ok(problems.some((p) => p.includes('need the same dimension and opposite keyings')));
  });

  test('prerenders fewer than 2,000 result pages, and the build refuses an instrument that would prerender more', () => {
    assert.equal(resultPageCount(v2), (LEVELS + 1) ** v2.dimensions.length);
    assert.equal(allResults(v2.version, shape).length, resultPageCount(v2) - 1, 'every combination but "no level anywhere"');
    const big = mutableCopy(v2);
    for (let i = 0; i < 3; i++) big.dimensions.push({ ...big.dimensions[0]!, id: `extra-${i}` });
    assert.ok(instrumentProblems(big as Instrument, chapterSlugs).some((p) => /would prerender \d+ result pages, more than 2000/.test(p)));
  });
});

describe('version 2: when the answers carry no verdict', () => {
  for (const form of FORMS) {
    test(`${form}: every straight-line answer set gets no verdict, and so no code`, () => {
      for (const value of [...v2.scale.map((p) => p.value), NOT_APPLICABLE]) {
        const reading = readAnswers(v2, Object.fromEntries(itemsFor(v2, form).map((i) => [i.id, value])), form);
        assert.equal(reading?.kind, 'no-verdict', `all ${value}`);
      }
    });

    test(`${form}: answers with almost no spread (two neighboring points) get no verdict`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: scaleMin(v2), max: scaleMax(v2) - 1 }),
          fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
          (low, ups) => {
            const answers = Object.fromEntries(itemsFor(v2, form).map((item, i) => [item.id, low + (ups[i] && i % 5 === 0 ? 1 : 0)]));
            assert.equal(readAnswers(v2, answers, form)?.kind, 'no-verdict');
          },
        ),
      );
    });

    test(`${form}: too many “hasn't come up” gets no verdict; a dimension short of answers gets no level`, () => {
      const base = profile(form, () => 0);
      const items = itemsFor(v2, form);
      // Three of one dimension's five situations have not come up: that dimension has no level.
      const first = items.filter((i) => i.dimension === v2.dimensions[0]!.id);
      const partial = { ...base, ...Object.fromEntries(first.slice(0, 3).map((i) => [i.id, NOT_APPLICABLE])) };
      const r = result(readAnswers(v2, partial, form));
      assert.equal(r.levels[0], null);
      assert.match(encodeResult(r), new RegExp(`^v2-${MISSING}`));
      assert.equal(describeResult(v2, r).indexBand, undefined, 'no overall reading without every dimension');
      // Half the situations have not come up: no verdict at all.
      const half = { ...base, ...Object.fromEntries(items.filter((_, i) => i % 2 === 0).map((i) => [i.id, NOT_APPLICABLE])) };
      const reading = readAnswers(v2, half, form);
      assert.equal(reading?.kind, 'no-verdict');
      assert.ok(reading?.kind === 'no-verdict' && reading.reasons.includes('too-few-answers'));
    });

    test(`${form}: both ends of mirrored items claimed at once is a contradiction`, () => {
      // Every item answered "almost always": both ends of every mirrored pair at once.
      const answers = Object.fromEntries(itemsFor(v2, form).map((i, n) => [i.id, n % 7 === 0 ? scaleMax(v2) - 1 : scaleMax(v2)]));
      const reading = readAnswers(v2, answers, form);
      assert.ok(reading?.kind === 'no-verdict' && reading.reasons.includes('contradictions'), JSON.stringify(reading));
    });
  }

  test('at least 60% of 10,000 uniformly random answer sets get no verdict', (t) => {
    const sim = simulate(v2, uniformAnswers(v2, false), 10_000, 20261130);
    t.diagnostic(`no verdict: ${(sim.noVerdictShare * 100).toFixed(1)}%; levels of the rest: ${JSON.stringify(sim.levelCounts)}`);
    assert.ok(sim.noVerdictShare >= 0.6, `only ${sim.noVerdictShare} withheld`);
  });
});

describe('version 2: designed profiles and the shape of the scale', () => {
  for (const form of FORMS) {
    test(`${form}: building on reps throughout, mini-me throughout, and each dimension alone high get the verdict they were built for`, () => {
      const low = result(
        readAnswers(
          v2,
          profile(form, () => 0),
          form,
        ),
      );
      assert.deepEqual(
        low.levels,
        v2.dimensions.map(() => 0),
      );
      assert.equal(describeResult(v2, low).indexBand?.id, v2.bands[0]!.id);
      const high = result(
        readAnswers(
          v2,
          profile(form, () => SPAN),
          form,
        ),
      );
      assert.deepEqual(
        high.levels,
        v2.dimensions.map(() => LEVELS - 1),
      );
      assert.equal(describeResult(v2, high).indexBand?.id, v2.bands[LEVELS - 1]!.id);
      v2.dimensions.forEach((_, d) => {
        const one = result(
          readAnswers(
            v2,
            profile(form, (i) => (i === d ? SPAN : 0)),
            form,
          ),
        );
        assert.deepEqual(
          one.levels,
          v2.dimensions.map((__, i) => (i === d ? LEVELS - 1 : 0)),
        );
      });
    });

    test(`${form}: moving an answer toward its mini-me end never lowers its dimension`, () => {
      const items = itemsFor(v2, form);
      fc.assert(
        fc.property(answersArb(form), fc.integer({ min: 0, max: items.length - 1 }), (answers, n) => {
          const item = items[n] as Item;
          const a = answers[item.id]!;
          if (a === NOT_APPLICABLE) return;
          const toward = item.keying === 'mini-me' ? a + 1 : a - 1;
          if (toward < scaleMin(v2) || toward > scaleMax(v2)) return;
          const before = dimensionScore(v2, item.dimension, answers, form);
          const after = dimensionScore(v2, item.dimension, { ...answers, [item.id]: toward }, form);
          if (before === null) return assert.equal(after, null);
          assert.ok(typeof before === 'number' && typeof after === 'number' && after >= before, `${before} → ${after}`);
        }),
        { numRuns: 2000 },
      );
    });
  }

  test('every level of every dimension is reachable by answers that carry a verdict', () => {
    v2.dimensions.forEach((_, d) => {
      const seen = new Set<number | null>();
      for (let steps = 0; steps <= SPAN; steps++) {
        // The other dimensions at the opposite end, so the answers spread and agree within each dimension.
        const r = result(
          readAnswers(
            v2,
            profile('self', (i) => (i === d ? steps : steps <= SPAN / 2 ? SPAN : 0)),
            'self',
          ),
        );
        seen.add(r.levels[d]!);
      }
      assert.deepEqual(
        [...seen].sort(),
        Array.from({ length: LEVELS }, (_, i) => i),
      );
    });
  });

  test('codes: a dimension without a level round-trips as x; v1 refuses x; a code of x alone is refused', () => {
    const shapes = new Map<number, CodeShape>([
      [1, { dimensions: v1.dimensions.length, levels: v1.bands.length }],
      [2, shape],
    ]);
    for (const r of allResults(2, shape)) assert.deepEqual(decodeResult(encodeResult(r), shapes), { ok: true, result: r });
    assert.equal(decodeResult('v1-x031', shapes).ok, false);
    assert.equal(decodeResult(`v2-${MISSING.repeat(v2.dimensions.length)}`, shapes).ok, false);
    assert.equal(decodeResult('v2-3000', shapes).ok, false, 'a level past the last band');
  });
});
