/**
 * The collector's page core (src/lib/collect.ts): only tagged rater codes of the instrument's version
 * go into the summary, each rep once; everything else read is named with its reason; codes of other
 * versions never reach makeSummary; and the summary cannot tell one rep from another: reassigning the
 * levels among the reps, dimension by dimension, gives the same summary link.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { collectCodes } from '../../src/lib/collect.ts';
import { codeShape } from '../../src/lib/instrument.ts';
import { encodeResult, TAG_ALPHABET, TAG_RANDOM, tagFor } from '../../src/lib/result-code.ts';
import type { Result } from '../../src/lib/scoring.ts';
import { encodeSummary, makeSummary } from '../../src/lib/summary.ts';
import { MIN_RATERS } from '../../src/lib/aggregate.ts';
import { loadInstrument, v1, v1Shape } from './fixtures.ts';

const RUNS = { numRuns: 10_000 };
const v2 = loadInstrument(2);
const shapes = new Map([
  [1, v1Shape],
  [2, codeShape(v2)],
]);
const D = v2.dimensions.length;
const L = v2.bands.length;

/** A v2 rater result: a level or none on each dimension, at least one level. */
const levelsArb = (allowMissing: boolean) =>
  fc
    .array(allowMissing ? fc.option(fc.integer({ min: 0, max: L - 1 }), { nil: null, freq: 4 }) : fc.integer({ min: 0, max: L - 1 }), {
      minLength: D,
      maxLength: D,
    })
    .filter((ls) => ls.some((l) => l !== null));
const resultArb = (allowMissing = true) => levelsArb(allowMissing).map((levels): Result => ({ version: 2, levels }));
const stemArb = fc.array(fc.constantFrom(...TAG_ALPHABET), { minLength: TAG_RANDOM, maxLength: TAG_RANDOM }).map((cs) => cs.join(''));
const code = (result: Result, stem: string) => encodeResult(result, 'r', tagFor(result, stem));
const v1Code = fc
  .array(fc.integer({ min: 0, max: v1Shape.levels - 1 }), { minLength: 4, maxLength: 4 })
  .map((levels) => encodeResult({ version: 1, levels }, 'r'));

/** Reps: distinct stems, each with a result. */
const repsArb = (min: number, max: number, allowMissing = true) =>
  fc
    .uniqueArray(stemArb, { minLength: min, maxLength: max })
    .chain((stems) =>
      fc.tuple(...stems.map((stem) => resultArb(allowMissing).map((result) => ({ stem, result, code: code(result, stem) })))),
    );

const summaryOf = (text: string) => {
  const c = collectCodes(v2, text, shapes);
  return c.summary.ok ? encodeSummary(c.summary.summary) : undefined;
};

describe('collectCodes', () => {
  test('never throws on any text, and only tagged codes of its version, each stem once, reach the summary (10,000 texts)', () => {
    const piece = fc.oneof(
      { weight: 4, arbitrary: fc.tuple(resultArb(), stemArb).map(([r, s]) => code(r, s)) },
      { weight: 1, arbitrary: resultArb().map((r) => encodeResult(r, 'r')) },
      { weight: 1, arbitrary: resultArb().map((r) => encodeResult(r, 'v')) },
      { weight: 1, arbitrary: v1Code },
      { weight: 1, arbitrary: fc.tuple(resultArb(), stemArb).map(([r, s]) => `https://x.example/team/collect/#r=${code(r, s)}`) },
      { weight: 1, arbitrary: fc.tuple(resultArb(), stemArb).map(([r, s]) => code(r, s).slice(0, -1) + 'z') },
      {
        weight: 1,
        arbitrary: fc.oneof(
          fc.string({ maxLength: 20 }),
          fc.string({ maxLength: 20, unit: 'binary' }),
          fc.constantFrom('<b>', '\u202e', '%E0%A4%A', 'v2-', 'r2-1021-'),
        ),
      },
    );
    const text = fc
      .array(fc.tuple(piece, fc.constantFrom('\n', ' ', ', ', '\r\n', '\n\n')), { maxLength: 14 })
      .map((ps) => ps.map(([p, g]) => p + g).join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.anything()), (t) => {
        const c = collectCodes(v2, t, shapes);
        const stems = c.usable.map((r) => r.tag?.slice(0, TAG_RANDOM));
        assert.equal(new Set(stems).size, stems.length);
        for (const r of c.usable) {
          assert.equal(r.result.version, v2.version);
          assert.ok(r.tag !== undefined);
        }
        if (c.usable.length >= MIN_RATERS) {
          assert.ok(c.summary.ok);
          assert.equal(c.summary.summary.raters, c.usable.length);
          assert.equal(c.summary.summary.version, v2.version);
        } else assert.deepEqual(c.summary, { ok: false, reason: { kind: 'too-few', count: c.usable.length, min: MIN_RATERS } });
        for (const l of c.leftOut) assert.ok(l.line >= 1);
      }),
      RUNS,
    );
  });

  test('a code pasted twice (or more) counts once (10,000 sets)', () => {
    fc.assert(
      fc.property(
        repsArb(1, 8).chain((reps) =>
          fc.tuple(
            fc.constant(reps),
            fc.shuffledSubarray(
              reps.flatMap((r) => [r.code, r.code, r.code]),
              { minLength: reps.length * 3 },
            ),
          ),
        ),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 8, maxLength: 8 }),
        ([reps, pasted], times) => {
          // Each rep's code pasted 1-3 times, in a shuffled order.
          const seen = new Map<string, number>();
          const lines = pasted.filter((c) => {
            const i = reps.findIndex((r) => r.code === c);
            const n = (seen.get(c) ?? 0) + 1;
            seen.set(c, n);
            return n <= (times[i] ?? 1);
          });
          const c = collectCodes(v2, lines.join('\n'), shapes);
          assert.equal(c.usable.length, reps.length);
          assert.deepEqual(new Set(c.usable.map((r) => r.code)), new Set(reps.map((r) => r.code)));
          assert.equal(c.problems.filter((p) => p.reason.kind === 'duplicate').length, lines.length - reps.length);
          assert.equal(summaryOf(lines.join('\n')), summaryOf(reps.map((r) => r.code).join('\n')));
        },
      ),
      RUNS,
    );
  });

  test('tagged codes with the same stem: only the later counts (10,000 pairs)', () => {
    fc.assert(
      fc.property(stemArb, resultArb(), resultArb(), repsArb(0, 4), (stem, first, second, others) => {
        fc.pre(encodeResult(first, 'r') !== encodeResult(second, 'r'));
        fc.pre(others.every((o) => o.stem !== stem));
        const text = [code(first, stem), ...others.map((o) => o.code), code(second, stem)].join('\n');
        const c = collectCodes(v2, text, shapes);
        const mine = c.usable.filter((r) => r.tag?.startsWith(stem));
        assert.deepEqual(
          mine.map((r) => r.code),
          [code(second, stem)],
        );
        assert.equal(c.usable.length, others.length + 1);
        assert.ok(c.problems.some((p) => p.reason.kind === 'replaced' && p.line === others.length + 2));
      }),
      RUNS,
    );
  });

  test('codes of another version never reach makeSummary, and each is named (10,000 mixes)', () => {
    fc.assert(
      fc.property(repsArb(0, 6), fc.array(v1Code, { maxLength: 6 }), fc.infiniteStream(fc.boolean()), (reps, olds, coin) => {
        const lines: string[] = [];
        const a = reps.map((r) => r.code);
        const b = [...olds];
        while (a.length + b.length > 0)
          lines.push(((coin.next().value && a.length > 0) || b.length === 0 ? a.shift() : b.shift()) as string);
        const c = collectCodes(v2, lines.join('\n'), shapes);
        assert.equal(c.usable.length, reps.length);
        const named = c.leftOut.filter((l) => l.reason.kind === 'other-version');
        assert.equal(named.length, olds.length);
        for (const l of named) assert.deepEqual(l.reason, { kind: 'other-version', version: 1 });
        assert.deepEqual(
          named.map((l) => l.line),
          lines.flatMap((x, i) => (x.startsWith('r1-') ? [i + 1] : [])),
        );
        // The summary is the one the v2 codes alone give.
        const alone = makeSummary(
          v2,
          reps.map((r) => r.result),
        );
        assert.deepEqual(c.summary, alone);
      }),
      RUNS,
    );
  });

  test('the summary cannot tell one rep from another: any per-dimension reassignment of the levels gives the same link (10,000 teams)', () => {
    fc.assert(
      fc.property(
        repsArb(MIN_RATERS, 9).chain((reps) =>
          fc.tuple(
            fc.constant(reps),
            fc.array(fc.shuffledSubarray([...reps.keys()], { minLength: reps.length, maxLength: reps.length }), {
              minLength: D,
              maxLength: D,
            }),
            fc.uniqueArray(stemArb, { minLength: reps.length, maxLength: reps.length }),
          ),
        ),
        ([reps, perms, stems]) => {
          // Rep j of the other team has, on dimension d, the level rep perms[d][j] gave.
          const permuted = reps.map((_, j): Result => ({ version: 2, levels: perms.map((p, d) => reps[p[j]!]!.result.levels[d] ?? null) }));
          fc.pre(permuted.every((r) => r.levels.some((l) => l !== null)));
          const original = summaryOf(reps.map((r) => r.code).join('\n'));
          const other = summaryOf(permuted.map((r, j) => code(r, stems[j]!)).join('\n'));
          assert.ok(original !== undefined);
          assert.equal(other, original);
          // The link holds none of the codes or their tags.
          for (const r of reps) {
            assert.ok(!original.includes(r.code));
            assert.ok(!original.includes(r.stem));
          }
        },
      ),
      RUNS,
    );
  });

  test('every line left out is named: a manager’s result, an untagged code, another version; and parseTeamInput’s own problems', () => {
    const reps: Result[] = [
      { version: 2, levels: [0, 1, 2, 2] },
      { version: 2, levels: [1, 1, 2, null] },
      { version: 2, levels: [2, 2, 0, 1] },
    ];
    const codes = reps.map((r, i) => code(r, ['aaaaa', 'bbbbb', 'ccccc'][i]!));
    const text = [
      codes[0],
      'v2-1021',
      `${codes[1]} https://x.example/result/v2-2222/`,
      'r2-1021',
      'r1-2031',
      codes[0],
      'hello there',
      codes[2],
      `${codes[2]!.slice(0, -1)}${codes[2]!.endsWith('z') ? 'y' : 'z'}`,
    ].join('\n');
    const c = collectCodes(v2, text, shapes);
    assert.deepEqual(
      c.usable.map((r) => r.code),
      codes,
    );
    assert.deepEqual(c.leftOut, [
      { line: 2, text: 'v2-1021', reason: { kind: 'self' } },
      { line: 3, text: 'v2-2222', reason: { kind: 'self' } },
      { line: 4, text: 'r2-1021', reason: { kind: 'untagged' } },
      { line: 5, text: 'r1-2031', reason: { kind: 'other-version', version: 1 } },
    ]);
    assert.deepEqual(
      c.problems.map((p) => [p.line, p.reason.kind]),
      [
        [6, 'duplicate'],
        [7, 'not-a-code'],
        [9, 'bad-tag'],
      ],
    );
    assert.ok(c.summary.ok);
    assert.equal(c.summary.summary.raters, 3);
  });

  test('with fewer than three usable codes there is no summary, and it says how many there are', () => {
    const two = [code({ version: 2, levels: [0, 1, 2, 0] }, 'aaaaa'), code({ version: 2, levels: [1, 1, 2, 2] }, 'bbbbb')];
    assert.deepEqual(collectCodes(v2, two.join('\n'), shapes).summary, { ok: false, reason: { kind: 'too-few', count: 2, min: 3 } });
    // Untagged and other-version codes do not make up the number.
    assert.deepEqual(collectCodes(v2, [...two, 'r2-1021', 'r1-2031'].join('\n'), shapes).summary, {
      ok: false,
      reason: { kind: 'too-few', count: 2, min: 3 },
    });
    assert.equal(collectCodes(v1, 'r1-2031\nr1-1111\nr1-0000', new Map([[1, v1Shape]])).usable.length, 0);
  });
});

describe("a team summary in the collector's box", () => {
  test('is named and left out; the codes beside it still count', () => {
    const team: Result[] = [
      { version: 2, levels: [0, 1, 2, 0] },
      { version: 2, levels: [2, 1, 0, 1] },
      { version: 2, levels: [1, 1, 1, 2] },
    ];
    const made = makeSummary(v2, team);
    assert.ok(made.ok);
    const codes = team.map((r, i) => code(r, ['aaaaa', 'bbbbb', 'ccccc'][i] as string));
    const out = collectCodes(v2, [...codes, encodeSummary(made.summary)].join('\n'), shapes);
    assert.equal(out.usable.length, 3);
    assert.deepEqual(
      out.problems.map((p) => [p.line, p.reason.kind]),
      [[4, 'summary-not-here']],
    );
  });
});
