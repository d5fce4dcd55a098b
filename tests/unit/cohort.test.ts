/**
 * The cohort view's core (src/lib/cohort.ts) and the aggregation it shares with team summaries
 * (src/lib/aggregate.ts): counts against hand counts, gaps by the blind-spot margin (checked against
 * the team comparison's own blind spots), the cohort link's round trip, and property tests of 10,000
 * inputs each: the paste box never throws on hostile text, never counts another version, keeps good
 * lines among bad ones; an edited cohort or summary code is refused or reads as the same figures,
 * never as different ones.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc, { type Arbitrary } from 'fast-check';
import { agreementOf, gapOf, groupView, levelCounts, levelsOn, MIN_RATERS, overallCounts, type Gap } from '../../src/lib/aggregate.ts';
import {
  decodeCohort,
  encodeCohort,
  makeCohort,
  MAX_COHORT_INPUT,
  MIN_COHORT,
  parseCohortInput,
  type CohortCounts,
  type CohortEntry,
} from '../../src/lib/cohort.ts';
import { codeShape, type Instrument } from '../../src/lib/instrument.ts';
import { encodeResult } from '../../src/lib/result-code.ts';
import type { Result } from '../../src/lib/scoring.ts';
import { decodeSummary, encodeSummary, makeSummary, type TeamSummary } from '../../src/lib/summary.ts';
import { compareTeam } from '../../src/lib/team.ts';
import { editAt, EDITS, loadInstrument, v1 } from './fixtures.ts';

const v2: Instrument = loadInstrument(2);
const shapes = new Map([
  [1, codeShape(v1)],
  [2, codeShape(v2)],
]);
const SITE = 'https://x.example';
const RUNS = { numRuns: 10_000 };

const r = (...levels: (number | null)[]): Result => ({ version: 2, levels });
const summaryOf = (...raters: Result[]): TeamSummary => {
  const made = makeSummary(v2, raters);
  assert.ok(made.ok);
  return made.summary;
};
const t = (...raters: Result[]) => encodeSummary(summaryOf(...raters));
const v = (...levels: (number | null)[]) => encodeResult(r(...levels));
const compareLink = (self: string, summary: string) => `${SITE}/team/compare/#self=${self}&t=${summary}`;

function counted(text: string): CohortCounts {
  const parsed = parseCohortInput(text, v2, shapes);
  const made = makeCohort(v2, parsed.entries, parsed.none);
  assert.ok(made.ok, JSON.stringify(made));
  return made.counts;
}

// Arbitraries -------------------------------------------------------------------------------------

const levelArb = fc.option(fc.integer({ min: 0, max: v2.bands.length - 1 }), { nil: null });
/** A v2 result a check could give: a level or none per dimension, at least one level. */
const resultArb: Arbitrary<Result> = fc
  .array(levelArb, { minLength: v2.dimensions.length, maxLength: v2.dimensions.length })
  .filter((levels) => levels.some((l) => l !== null))
  .map((levels) => ({ version: 2, levels }));
const summaryArb: Arbitrary<TeamSummary> = fc.array(resultArb, { minLength: MIN_RATERS, maxLength: 8 }).map((rs) => summaryOf(...rs));
const entryArb: Arbitrary<CohortEntry> = fc.record({
  result: resultArb,
  summary: fc.option(summaryArb, { nil: undefined, freq: 2 }),
  line: fc.constant(1),
});
/** A cohort's counts as the page makes them. */
const countsArb: Arbitrary<CohortCounts> = fc
  .tuple(fc.array(entryArb, { minLength: MIN_COHORT, maxLength: 24 }), fc.integer({ min: 0, max: 12 }))
  .map(([entries, none]) => {
    const made = makeCohort(v2, entries, none);
    assert.ok(made.ok);
    return made.counts;
  });

/** A line that names one manager of the current version, in one of the forms a trainer receives. */
const goodLineArb: Arbitrary<{ line: string; self?: Result; summary?: string }> = fc.oneof(
  resultArb.map((res) => ({ line: encodeResult(res), self: res })),
  resultArb.map((res) => ({ line: `${SITE}/result/${encodeResult(res)}/`, self: res })),
  fc.tuple(resultArb, summaryArb).map(([res, s]) => {
    const summary = encodeSummary(s);
    return { line: compareLink(encodeResult(res), summary), self: res, summary };
  }),
  fc.constant({ line: 'v2-none' }),
);

/** Pieces of hostile text: markup, control and bidi characters, other versions, damaged codes, capitals. */
const hostilePiece: Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    '&#x3C;b&#x3E;',
    '\u202E',
    '\u2066',
    '\u2069',
    '\u200B',
    '\uFEFF',
    '\u0000',
    '\u001B[31m',
    '\u2028',
    '\uD800',
    'v1-2031',
    'v1-none',
    'v3-1021',
    'v3-none',
    'V2-1021',
    'v2-10',
    'v2-1031',
    'v2-xxxx',
    'r2-1021-k7q3mz',
    't2-3-3.6.222-3.5.212-3.2.101-3.6.222-sz6pg',
    't2-9-9',
    'c2-5-0',
    `${SITE}/result/v1-2031/`,
    `${SITE}/team/compare/#self=v1-2031&t=t1-3-3`,
    '%76%32%2D%31%30%32%31',
    'v2-none'.repeat(3),
  ),
  goodLineArb.map((g) => g.line),
);
const separatorArb = fc.constantFrom('\n', '\r\n', '\r', ' ', ',', ';', '', '\t', '\u2029');
const hostileTextArb: Arbitrary<string> = fc.oneof(
  {
    weight: 20,
    arbitrary: fc.array(fc.tuple(hostilePiece, separatorArb), { maxLength: 40 }).map((ps) => ps.map(([p, s]) => p + s).join('')),
  },
  { weight: 1, arbitrary: fc.tuple(hostilePiece, fc.integer({ min: 1, max: 1500 })).map(([p, n]) => `${p}\n`.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(MAX_COHORT_INPUT + 10), `${'v2-1021 '.repeat(9000)}`, `${'v2-1021\n'.repeat(300)}`) },
);

// Tests -------------------------------------------------------------------------------------------

describe('the aggregation core (src/lib/aggregate.ts)', () => {
  const results = [r(0, 1, 2, 1), r(0, 2, null, 1), r(2, 2, 2, 2), r(1, null, 0, 0), r(0, 1, 2, 1)];

  test('levelCounts and overallCounts equal a hand count', () => {
    // Dimension by dimension: [level 0, level 1, level 2, no level].
    assert.deepEqual(levelCounts(v2, results, 0), [3, 1, 1, 0]);
    assert.deepEqual(levelCounts(v2, results, 1), [0, 2, 2, 1]);
    assert.deepEqual(levelCounts(v2, results, 2), [1, 0, 3, 1]);
    assert.deepEqual(levelCounts(v2, results, 3), [1, 3, 1, 0]);
    // Overall: 0121 and its twin average to the middle band; 2222 leans mini-me; two have a dimension without a level.
    assert.deepEqual(overallCounts(v2, results), [0, 2, 1, 2]);
  });

  test('a group view keeps only the multiset: count, sum, band of the mean, lowest and highest', () => {
    assert.deepEqual(levelsOn(results, 2), [2, 2, 0, 2]);
    assert.deepEqual(groupView(v2, [2, 2, 0, 2]), { count: 4, sum: 6, level: 2, low: 0, high: 2 });
    assert.equal(groupView(v2, []), undefined);
    assert.equal(agreementOf({ low: 0, high: 1 }), 'agree');
    assert.equal(agreementOf({ low: 0, high: 2 }), 'split');
  });

  test('gaps: at least one level either way, in whole numbers, exactly one level included', () => {
    const cases: [number, number[], Gap][] = [
      [1, [2, 2, 2], 'team-higher'], // exactly one level more
      [1, [2, 2, 1], 'close'], // two thirds of a level
      [0, [1, 1, 1, 1], 'team-higher'],
      [1, [0, 0, 0], 'team-lower'], // exactly one level less
      [1, [0, 0, 1], 'close'],
      [2, [0, 1, 1], 'team-lower'], // four thirds less
      [2, [2, 2, 2], 'close'],
    ];
    for (const [self, levels, gap] of cases) {
      const view = groupView(v2, levels);
      assert.ok(view);
      assert.equal(gapOf(self, view), gap, `${self} against ${levels.join(',')}`);
    }
  });

  test('property: gapOf is the sign of (team mean − own level) beyond one level, never lost to rounding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 100 }),
        (self, levels) => {
          const view = groupView(v2, levels);
          assert.ok(view);
          // Compared in whole numbers here too: sum − self·n against ±n.
          const diff = levels.reduce((a, l) => a + l - self, 0);
          const expected: Gap = diff >= levels.length ? 'team-higher' : diff <= -levels.length ? 'team-lower' : 'close';
          assert.equal(gapOf(self, view), expected);
        },
      ),
      RUNS,
    );
  });
});

describe('cohort counts (makeCohort)', () => {
  test('equal a hand count on a known cohort, with gaps and the no-verdict share', () => {
    const text = [
      compareLink(v(1, 1, 0, 2), t(r(2, 2, 1, 2), r(2, 1, 1, 2), r(2, 2, 0, 2))),
      compareLink(v(0, 0, 1, 1), t(r(1, 1, 1, 1), r(1, 1, 2, 1), r(2, 1, 1, 1))),
      // Its own team (a summary counts for one manager): the last rep's view differs on the fourth dimension.
      compareLink(v(1, null, 1, 1), t(r(1, 1, 1, 1), r(1, 1, 2, 1), r(2, 1, 1, 2))),
      compareLink(v(2, 1, 1, 1), t(r(1, 0, 1, 1), r(1, 0, 0, 1), r(0, 1, 1, 1))),
      compareLink(v(1, 2, 2, 2), t(r(1, 1, 2, 1), r(2, 1, 2, 1), r(2, 2, 2, 2))),
      `${SITE}/result/${v(0, 1, 2, 1)}/`,
      v(2, 2, 1, 0),
      v(0, 0, 0, 1),
      'v2-none',
      'v2-none',
      `${SITE}/result/v1-2031/`,
      'see you on Monday',
    ].join('\n');
    const parsed = parseCohortInput(text, v2, shapes);
    assert.deepEqual(
      parsed.problems.map((p) => [p.line, p.reason.kind]),
      [
        [11, 'other-version'],
        [12, 'not-a-code'],
      ],
    );
    const c = counted(text);
    assert.equal(c.results, 8);
    assert.equal(c.none, 2);
    assert.equal(c.teams, 5);
    // Own levels, dimension by dimension: 1 0 1 2 1 0 2 0 | 1 0 x 1 2 1 2 0 | 0 1 1 1 2 2 1 0 | 2 1 1 1 2 1 0 1.
    assert.deepEqual(c.dimensions, [
      [3, 3, 2, 0],
      [2, 3, 2, 1],
      [2, 4, 2, 0],
      [1, 5, 2, 0],
    ]);
    // Overall: 1102 → some of each, 0011 → builds, 1x11 → none, 2111 → some, 1222 → mini-me, 0121 → some, 2210 → some, 0001 → builds.
    assert.deepEqual(c.overall, [2, 4, 1, 1]);
    // Gaps, worked per manager: (team sum − own·3) against ±3, only where the manager has a level.
    assert.deepEqual(c.gaps, [
      { 'team-higher': 2, close: 2, 'team-lower': 1 },
      { 'team-higher': 1, close: 3, 'team-lower': 0 },
      { 'team-higher': 0, close: 5, 'team-lower': 0 },
      { 'team-higher': 0, close: 5, 'team-lower': 0 },
    ]);
  });

  test('under five results there are no counts; under five summaries no gaps', () => {
    const four = [v(0, 0, 0, 0), v(1, 1, 1, 1), v(2, 2, 2, 2), v(0, 1, 2, 0), 'v2-none', 'v2-none'].join('\n');
    const parsed = parseCohortInput(four, v2, shapes);
    assert.deepEqual(makeCohort(v2, parsed.entries, parsed.none), { ok: false, reason: { kind: 'too-few', count: 4, min: MIN_COHORT } });
    const s = t(r(1, 1, 1, 1), r(1, 1, 1, 1), r(1, 1, 1, 1));
    const c = counted([compareLink(v(0, 0, 0, 0), s), v(1, 1, 1, 1), v(1, 1, 1, 1), v(1, 1, 1, 1), v(1, 1, 1, 1)].join('\n'));
    assert.equal(c.teams, 1);
    assert.equal(c.gaps, undefined);
  });

  test('a team summary counts for one manager: pasted again with another result, the line is named and left out', () => {
    const team = t(r(1, 1, 1, 1), r(1, 1, 2, 1), r(2, 1, 1, 1));
    const parsed = parseCohortInput([compareLink(v(0, 0, 1, 1), team), compareLink(v(2, 2, 1, 1), team)].join('\n'), v2, shapes);
    assert.equal(parsed.entries.length, 1);
    assert.deepEqual(
      parsed.problems.map((p) => [p.line, p.reason]),
      [[2, { kind: 'summary-reused', firstLine: 1 }]],
    );
  });

  test('the same comparison link pasted twice counts once; the same result alone twice counts twice (two managers can answer alike)', () => {
    const link = compareLink(v(0, 0, 0, 0), t(r(1, 1, 1, 1), r(1, 1, 1, 1), r(1, 1, 1, 1)));
    const parsed = parseCohortInput([link, link, v(1, 1, 1, 1), v(1, 1, 1, 1)].join('\n'), v2, shapes);
    assert.equal(parsed.entries.length, 3);
    assert.deepEqual(
      parsed.problems.map((p) => p.reason),
      [{ kind: 'duplicate', firstLine: 1 }],
    );
  });

  test('property: gaps count exactly the blind spots the team comparison marks, and the mirror image', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(resultArb, fc.array(resultArb, { minLength: MIN_RATERS, maxLength: 6 })), {
          minLength: MIN_COHORT,
          maxLength: 10,
        }),
        (managers) => {
          const entries = managers.map(([self, raters]) => ({ result: self, summary: summaryOf(...raters), line: 1 }));
          const made = makeCohort(v2, entries, 0);
          assert.ok(made.ok && made.counts.gaps);
          v2.dimensions.forEach((_, i) => {
            const blind = managers.filter(([self, raters]) => compareTeam(v2, self, raters).dimensions[i]?.blindSpot).length;
            // The mirror image: the manager sees more mini-me than the team by the same margin.
            const mirror = managers.filter(([self, raters]) => {
              const levels = levelsOn(raters, i);
              const own = self.levels[i];
              return typeof own === 'number' && levels.length >= MIN_RATERS && levels.reduce((a, l) => a + l - own, 0) <= -levels.length;
            }).length;
            const compared = managers.filter(
              ([self, raters]) => typeof self.levels[i] === 'number' && levelsOn(raters, i).length >= MIN_RATERS,
            ).length;
            const g = made.counts.gaps?.[i];
            assert.deepEqual(g, { 'team-higher': blind, close: compared - blind - mirror, 'team-lower': mirror });
          });
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the cohort link (encodeCohort / decodeCohort)', () => {
  test('property: round-trips every cohort the page makes', () => {
    fc.assert(
      fc.property(countsArb, (c) => {
        const decoded = decodeCohort(encodeCohort(c), shapes);
        assert.ok(decoded.ok);
        assert.deepEqual(decoded.counts, c);
      }),
      RUNS,
    );
  });

  test('refuses a known link edited by hand: a count changed, a count moved, the check string cut', () => {
    const code = encodeCohort(counted([v(0, 0, 0, 0), v(1, 1, 1, 1), v(2, 2, 2, 2), v(0, 1, 2, 0), v(1, 1, 1, 1), 'v2-none'].join('\n')));
    assert.match(code, /^c2-5-1-/);
    assert.deepEqual(decodeCohort(code.replace('c2-5-1-', 'c2-5-2-'), shapes), { ok: false, error: { kind: 'changed' } });
    assert.deepEqual(decodeCohort(code.replace('c2-5-1-2.2.1.0-', 'c2-5-1-1.3.1.0-'), shapes), { ok: false, error: { kind: 'changed' } });
    assert.deepEqual(decodeCohort(code.slice(0, -1), shapes), { ok: false, error: { kind: 'changed' } });
    assert.deepEqual(decodeCohort(code.replace(/^c2/, 'c7'), shapes), { ok: false, error: { kind: 'unknown-version', version: 7 } });
    assert.deepEqual(decodeCohort('hello', shapes), { ok: false, error: { kind: 'malformed' } });
  });

  test('property: any string or value decodes without throwing, to counts that add up or an error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileTextArb,
          fc.string().map((s) => `c2-${s}`),
          fc.anything(),
        ),
        (input) => {
          const d = decodeCohort(input, shapes);
          if (d.ok) {
            assert.equal(encodeCohort(d.counts), String(input).trim());
            for (const dim of d.counts.dimensions)
              assert.equal(
                dim.reduce((a, n) => a + n, 0),
                d.counts.results,
              );
          }
        },
      ),
      RUNS,
    );
  });

  test('property: every one-character edit of a cohort code is refused or reads as the identical counts', () => {
    const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz.- ';
    fc.assert(
      fc.property(countsArb, fc.nat(), fc.constantFrom(...EDITS), fc.constantFrom(...alphabet), (c, at, edit, ch) => {
        const code = encodeCohort(c);
        const i = at % code.length;
        const edited = editAt(code, i, edit, ch);
        const d = decodeCohort(edited, shapes);
        if (d.ok) assert.deepEqual(d.counts, c, `${code} → ${edited} read as other counts`);
        else assert.ok(['changed', 'malformed', 'unknown-version'].includes(d.error.kind));
      }),
      RUNS,
    );
  });
});

describe('team summaries edited by hand (decodeSummary)', () => {
  const summaryCodeArb = summaryArb.map((s) => ({ summary: s, code: encodeSummary(s) }));
  const editArb = fc.oneof(
    // Change a digit.
    fc.tuple(fc.nat(), fc.integer({ min: 0, max: 9 })).map(([at, digit]) => (code: string) => {
      const digits = [...code.matchAll(/[0-9]/g)].map((m) => m.index);
      const i = digits[at % digits.length] ?? 0;
      return code.slice(0, i) + String(digit) + code.slice(i + 1);
    }),
    // Swap two characters.
    fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (code: string) => {
      const [i, j] = [a % code.length, b % code.length].sort((x, y) => x - y) as [number, number];
      return i === j ? code : code.slice(0, i) + code.charAt(j) + code.slice(i + 1, j) + code.charAt(i) + code.slice(j + 1);
    }),
    // Cut: the end, or a piece from the middle.
    fc.tuple(fc.nat(), fc.nat({ max: 6 })).map(([at, n]) => (code: string) => {
      const i = at % code.length;
      return n === 0 ? code.slice(0, i) : code.slice(0, i) + code.slice(i + n);
    }),
    // Append.
    fc.string({ minLength: 1, maxLength: 6 }).map((tail) => (code: string) => code + tail),
    fc.constantFrom('-0', '.1', '1', 'x', '-').map((tail) => (code: string) => code + tail),
  );

  test('property: an edited summary code is refused or reads as the identical summary', () => {
    fc.assert(
      fc.property(summaryCodeArb, editArb, ({ summary, code }, edit) => {
        const edited = edit(code);
        const d = decodeSummary(edited, shapes);
        if (d.ok) assert.deepEqual(d.summary, summary, `${code} → ${edited} read as another summary`);
        else assert.ok(['changed', 'malformed', 'unknown-version'].includes(d.error.kind));
      }),
      RUNS,
    );
  });

  test('property: any string decodes without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileTextArb,
          fc.string().map((s) => `t2-${s}`),
          fc.anything(),
        ),
        (input) => {
          const d = decodeSummary(input, shapes);
          if (d.ok) assert.equal(encodeSummary(d.summary), String(input).trim());
        },
      ),
      RUNS,
    );
  });
});

describe('the paste box (parseCohortInput)', () => {
  test('property: never throws on hostile text, never returns an entry of another version, problems bounded', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 9, arbitrary: hostileTextArb }, { weight: 1, arbitrary: fc.anything() }), (text) => {
        const parsed = parseCohortInput(text, v2, shapes);
        for (const e of parsed.entries) {
          assert.equal(e.result.version, v2.version);
          assert.equal(e.result.levels.length, v2.dimensions.length);
          if (e.summary) assert.equal(e.summary.version, v2.version);
        }
        assert.ok(parsed.problems.length <= 23);
        for (const p of parsed.problems) assert.ok([...p.text].length <= 80, p.text);
        const made = makeCohort(v2, parsed.entries, parsed.none);
        if (made.ok) assert.ok(decodeCohort(encodeCohort(made.counts), shapes).ok);
      }),
      RUNS,
    );
  });

  /** A line that on its own names no manager: damaged, of another version, or not a code at all. */
  const badLineArb = hostilePiece
    .map((l) => l.replace(/[\r\n\u2028\u2029]/g, ' '))
    .filter((l) => {
      const p = parseCohortInput(l, v2, shapes);
      return p.entries.length === 0 && p.none === 0;
    });

  test('property: good lines are kept, in order, whatever bad lines are mixed in', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            goodLineArb.map((g) => ({ good: true as const, ...g })),
            badLineArb.map((line) => ({ good: false as const, line })),
          ),
          {
            maxLength: 30,
          },
        ),
        (lines) => {
          const parsed = parseCohortInput(lines.map((l) => l.line).join('\n'), v2, shapes);
          const seen = new Set<string>();
          const expected: { line: number; self: Result }[] = [];
          let none = 0;
          lines.forEach((l, i) => {
            if (!l.good) return;
            if (!l.self) return void none++;
            if (l.summary) {
              const key = l.line;
              if (seen.has(key)) return;
              seen.add(key);
            }
            expected.push({ line: i + 1, self: l.self });
          });
          assert.deepEqual(
            parsed.entries.map((e) => ({ line: e.line, self: e.result })),
            expected,
          );
          assert.equal(parsed.none, none);
          // Every bad line that holds something is named.
          lines.forEach((l, i) => {
            if (!l.good && /[\p{L}\p{N}]/u.test(l.line) && parsed.problems.length < 20) {
              assert.ok(
                parsed.problems.some((p) => p.line === i + 1),
                `line ${i + 1} “${l.line}” left out without a word`,
              );
            }
          });
        },
      ),
      RUNS,
    );
  });

  test('names what it leaves out: another version, a rater code, a summary alone, a damaged summary, capitals', () => {
    const s = t(r(1, 1, 1, 1), r(1, 1, 1, 1), r(1, 1, 1, 1));
    const damaged = s.replace(/-3-3\./, '-3-2.');
    const parsed = parseCohortInput(
      [`${SITE}/result/v1-2031/`, 'r2-1021-k7q3mz', s, compareLink(v(0, 0, 0, 0), damaged), 'V2-1021', 'v1-none', v(1, 1, 1, 1)].join('\n'),
      v2,
      shapes,
    );
    assert.deepEqual(
      parsed.problems.map((p) => [p.line, p.reason]),
      [
        [1, { kind: 'other-version', version: 1, current: 2 }],
        [2, { kind: 'rater-code' }],
        [3, { kind: 'summary-alone' }],
        [4, { kind: 'changed', codeKind: 't' }],
        [5, { kind: 'upper-case', lower: 'v2-1021' }],
        [6, { kind: 'other-version', version: 1, current: 2 }],
      ],
    );
    // The manager whose summary was damaged still counts, without a summary.
    assert.deepEqual(
      parsed.entries.map((e) => [e.line, e.summary]),
      [
        [4, undefined],
        [7, undefined],
      ],
    );
    assert.equal(parsed.none, 0);
  });
});
