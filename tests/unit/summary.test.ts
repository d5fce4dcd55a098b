/**
 * The collector's team summary (src/lib/summary.ts) over the aggregation core (src/lib/aggregate.ts),
 * and the tags rater codes carry (src/lib/result-code.ts): a summary gives the manager the same
 * comparison as the codes it was made from, cannot tell reps apart, and is refused when edited.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { agreementOf, gapOf, groupView, levelCounts, levelsOn, MIN_RATERS, overallCounts } from '../../src/lib/aggregate.ts';
import { codeShape } from '../../src/lib/instrument.ts';
import { decodeResult, encodeResult, TAG_ALPHABET, TAG_RANDOM, tagFits, tagFor } from '../../src/lib/result-code.ts';
import { indexOf, levelOf, levelValue, type Result } from '../../src/lib/scoring.ts';
import { decodeSummary, encodeSummary, makeSummary, MAX_SUMMARY_RATERS, type TeamSummary } from '../../src/lib/summary.ts';
import { compareTeam, parseTeamInput } from '../../src/lib/team.ts';
import { editAt, EDITS, loadInstrument, v1 } from './fixtures.ts';

const v2 = loadInstrument(2);
const shapes = new Map([
  [1, codeShape(v1)],
  [2, codeShape(v2)],
]);
const RUNS = 10_000;

/** A v2 rater result: a level or none on each dimension, at least one level. */
const raterArb = fc
  .array(fc.option(fc.integer({ min: 0, max: v2.bands.length - 1 }), { nil: null }), {
    minLength: v2.dimensions.length,
    maxLength: v2.dimensions.length,
  })
  .filter((levels) => levels.some((l) => l !== null))
  .map((levels): Result => ({ version: 2, levels }));
const teamArb = fc.array(raterArb, { minLength: MIN_RATERS, maxLength: 12 });
const stemArb = fc.string({ unit: fc.constantFrom(...TAG_ALPHABET), minLength: TAG_RANDOM, maxLength: TAG_RANDOM });

function summaryOf(team: readonly Result[]): TeamSummary {
  const made = makeSummary(v2, team);
  assert.ok(made.ok);
  return made.summary;
}

describe('the aggregation core', () => {
  test('a group view by hand: count, sum, band of the mean midpoint, range', () => {
    const view = groupView(v2, [0, 2, 2]);
    const mean = (levelValue(v2, 0) + 2 * levelValue(v2, 2)) / 3;
    assert.deepEqual(view, { count: 3, sum: 4, level: levelOf(v2, mean), low: 0, high: 2 });
    assert.equal(agreementOf({ low: 0, high: 2 }), 'split');
    assert.equal(agreementOf({ low: 1, high: 2 }), 'agree');
    assert.equal(groupView(v2, []), undefined);
  });

  test('gaps need a whole level either way, counted without rounding', () => {
    assert.equal(gapOf(0, { count: 3, sum: 3 }), 'team-higher'); // mean exactly 1
    assert.equal(gapOf(0, { count: 3, sum: 2 }), 'close');
    assert.equal(gapOf(2, { count: 3, sum: 3 }), 'team-lower');
    assert.equal(gapOf(2, { count: 3, sum: 4 }), 'close');
  });

  test('counts per level and overall bands, with the results lacking a level counted last', () => {
    const results: Result[] = [
      { version: 2, levels: [0, 1, 2, null] },
      { version: 2, levels: [0, 0, 0, 0] },
      { version: 2, levels: [2, 2, 2, 2] },
    ];
    assert.deepEqual(levelCounts(v2, results, 0), [2, 0, 1, 0]);
    assert.deepEqual(levelCounts(v2, results, 3), [1, 0, 1, 1]);
    assert.deepEqual(overallCounts(v2, results), [1, 0, 1, 1]);
    assert.equal(indexOf(v2, [0, 1, 2, null]), undefined);
  });
});

describe('team summaries', () => {
  test(`give the manager the same comparison as the codes they were made from, where at least three raters gave a level (${RUNS} teams)`, () => {
    fc.assert(
      fc.property(teamArb, fc.option(raterArb, { nil: undefined }), (team, self) => {
        const direct = compareTeam(v2, self, team);
        const decoded = decodeSummary(encodeSummary(summaryOf(team)), shapes);
        assert.ok(decoded.ok);
        const viaSummary = compareTeam(v2, self, [], decoded.summary);
        assert.equal(viaSummary.source, 'summary');
        // Dimensions at least three raters gave a level read the same; the others are left out of a summary.
        viaSummary.dimensions.forEach((d, i) => {
          const codes = direct.dimensions[i];
          if ((codes?.raters ?? 0) >= MIN_RATERS) assert.deepEqual(d, codes);
          else assert.deepEqual([d.raters, d.teamLevel, d.blindSpot, d.tooFewRaters], [0, undefined, false, false]);
        });
        assert.equal(viaSummary.raterCount, direct.raterCount);
      }),
      { numRuns: RUNS },
    );
  });

  test(`depend on each dimension's levels alone, never on who gave which (${RUNS} teams, levels reshuffled per dimension)`, () => {
    fc.assert(
      fc.property(
        teamArb.chain((team) =>
          fc.tuple(
            fc.constant(team),
            fc.array(fc.shuffledSubarray([...team.keys()], { minLength: team.length, maxLength: team.length }), {
              minLength: v2.dimensions.length,
              maxLength: v2.dimensions.length,
            }),
          ),
        ),
        ([team, orders]) => {
          // Rater j takes, on dimension i, the level rater orders[i][j] gave: new people, same levels per dimension.
          const reshuffled = team.map((_, j) => ({
            version: 2,
            levels: v2.dimensions.map((__, i) => team[orders[i]?.[j] ?? j]?.levels[i] ?? null),
          }));
          fc.pre(reshuffled.every((r) => r.levels.some((l) => l !== null)));
          assert.equal(encodeSummary(summaryOf(reshuffled)), encodeSummary(summaryOf(team)));
        },
      ),
      { numRuns: RUNS },
    );
  });

  test("leave out a dimension fewer than three raters gave a level: one or two reps' levels would show", () => {
    // Three codes, each with two dimensions that did not come up: no dimension has three levels but the first.
    const team: Result[] = [
      { version: 2, levels: [2, 0, null, null] },
      { version: 2, levels: [1, null, 2, null] },
      { version: 2, levels: [0, null, null, 1] },
    ];
    const summary = summaryOf(team);
    assert.deepEqual(
      summary.dimensions.map((d) => d?.count),
      [3, undefined, undefined, undefined],
    );
    const decoded = decodeSummary(encodeSummary(summary), shapes);
    assert.ok(decoded.ok);
    assert.deepEqual(decoded.summary, summary);
    // A hand-made summary that shows a dimension from two raters is refused, check string or not.
    const two = encodeSummary({
      ...summary,
      dimensions: [summary.dimensions[0], { count: 2, sum: 2, level: 1, low: 0, high: 2 }, undefined, undefined],
    });
    assert.deepEqual(decodeSummary(two, shapes), { ok: false, error: { kind: 'changed' } });
  });

  test('hold no rater code, and are not made from fewer than three raters', () => {
    const team: Result[] = [
      { version: 2, levels: [0, 1, 2, 0] },
      { version: 2, levels: [2, 1, 0, null] },
      { version: 2, levels: [1, 1, 1, 2] },
    ];
    const code = encodeSummary(summaryOf(team));
    for (const r of team) assert.ok(!code.includes(encodeResult(r, 'r').slice(3)), code);
    assert.deepEqual(makeSummary(v2, team.slice(0, 2)), { ok: false, reason: { kind: 'too-few', count: 2, min: MIN_RATERS } });
    // Another version's results are never counted in.
    assert.equal(makeSummary(v2, [...team.slice(0, 2), { version: 1, levels: [1, 1, 1, 1] }]).ok, false);
    assert.equal(summaryOf(Array.from({ length: MAX_SUMMARY_RATERS + 5 }, () => team[0] as Result)).raters, MAX_SUMMARY_RATERS);
  });

  test(`edited by hand are refused, never read as other figures (${RUNS} edits)`, () => {
    const chars = '0123456789abcdefghijklmnopqrstuvwxyz.-';
    fc.assert(
      fc.property(teamArb, fc.nat(), fc.constantFrom(...chars), fc.constantFrom(...EDITS), (team, at, ch, edit) => {
        const code = encodeSummary(summaryOf(team));
        const i = at % code.length;
        const edited = editAt(code, i, edit, ch);
        const decoded = decodeSummary(edited, shapes);
        if (edited === code) assert.ok(decoded.ok);
        else if (decoded.ok) assert.fail(`${code} edited to ${edited} still reads`);
      }),
      { numRuns: RUNS },
    );
  });

  test(`never throw on any text, and whatever reads is a summary the page could have made (${RUNS} inputs)`, () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: fc.constantFrom(...'t2-0123456789.abcxyz'), maxLength: 80 }).map((s) => `t${s}`),
      fc.constantFrom(
        '<script>alert(1)</script>',
        't2-'.padEnd(5_000, '9'),
        't9999-3-1.1.111-x',
        't1-3-3.3.111-3.3.111-3.3.111-3.3.111-aaaaa',
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(hostile, (input) => {
        const decoded = decodeSummary(input, shapes);
        if (decoded.ok) assert.equal(encodeSummary(decoded.summary), String(input).trim());
      }),
      { numRuns: RUNS },
    );
  });
});

describe('rater code tags', () => {
  test(`catch any one changed character and any two swapped neighbours (${RUNS} codes)`, () => {
    fc.assert(
      fc.property(raterArb, stemArb, fc.nat(), fc.nat(), (result, stem, at, pick) => {
        const tag = tagFor(result, stem);
        assert.ok(tagFits(result, tag));
        const code = encodeResult(result, 'r', tag);
        assert.deepEqual(decodeResult(code, shapes, 'r'), { ok: true, result, tag });
        // One character of the levels or the tag changed to another that the code's form allows.
        const positions = [...[...code].keys()].filter((i) => i >= 3 && code[i] !== '-');
        const i = positions[at % positions.length] as number;
        const pool = i < 3 + v2.dimensions.length ? '012x' : TAG_ALPHABET;
        const ch = pool.replace(code[i] as string, '')[pick % (pool.length - 1)] as string;
        const changed = code.slice(0, i) + ch + code.slice(i + 1);
        const read = decodeResult(changed, shapes, 'r');
        assert.ok(!read.ok, `${code} → ${changed}`);
        const j = i + 1;
        if (j < code.length && code[j] !== '-' && code[j] !== code[i]) {
          const swapped = code.slice(0, i) + code[j] + code[i] + code.slice(j + 1);
          const readSwapped = decodeResult(swapped, shapes, 'r');
          assert.ok(!readSwapped.ok, `${code} → ${swapped}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('a code pasted twice counts once; two codes from one device, only the later; two reps who answer alike, both', () => {
    const a: Result = { version: 2, levels: [1, 0, 2, 1] };
    const b: Result = { version: 2, levels: [2, 0, 2, 1] };
    const first = encodeResult(a, 'r', tagFor(a, 'aaaaa'));
    const again = encodeResult(b, 'r', tagFor(b, 'aaaaa'));
    const alike = encodeResult(a, 'r', tagFor(a, 'bbbbb'));
    const parsed = parseTeamInput([first, alike, first, again].join('\n'), shapes);
    assert.deepEqual(
      parsed.raters.map((r) => [r.code, r.line]),
      [
        [again, 4],
        [alike, 2],
      ],
    );
    assert.deepEqual(
      parsed.problems.map((p) => [p.line, p.reason]),
      [
        [3, { kind: 'duplicate', firstLine: 1 }],
        [4, { kind: 'replaced', earlierLine: 1 }],
      ],
    );
    // Untagged codes (made before tags) are all kept: two reps can answer alike.
    assert.equal(parseTeamInput('r2-1021\nr2-1021', shapes).raters.length, 2);
    // A tag on a version without tags is refused.
    assert.deepEqual(decodeResult(`r1-2031-${tagFor({ version: 1, levels: [2, 0, 3, 1] }, 'aaaaa')}`, shapes, 'r'), {
      ok: false,
      error: { kind: 'bad-tag' },
    });
  });
});

describe('a summary in the comparison box', () => {
  test('is read from a link, wins over rater codes beside it, and names each of them', () => {
    const team: Result[] = [
      { version: 2, levels: [0, 1, 2, 0] },
      { version: 2, levels: [2, 1, 0, 1] },
      { version: 2, levels: [1, 1, 1, 2] },
    ];
    const code = encodeSummary(summaryOf(team));
    const rater = encodeResult(team[0] as Result, 'r', tagFor(team[0] as Result, 'ccccc'));
    const parsed = parseTeamInput(`https://x.example/team/compare/#self=v2-1021&t=${code}\n${rater}`, shapes);
    assert.equal(parsed.summary?.code, code);
    assert.equal(parsed.self?.code, 'v2-1021');
    assert.deepEqual(parsed.raters, []);
    assert.deepEqual(parsed.problems, [{ line: 2, text: rater, reason: { kind: 'beside-summary' } }]);
    assert.deepEqual(levelsOn(team, 3), [0, 1, 2]);
  });

  test('edited, it is named and not used', () => {
    const code = encodeSummary(summaryOf([0, 1, 2].map((l) => ({ version: 2, levels: [l, l, l, l] }))));
    const edited = code.replace(/^t2-3-3\./, 't2-3-2.');
    const parsed = parseTeamInput(edited, shapes);
    assert.equal(parsed.summary, undefined);
    assert.deepEqual(
      parsed.problems.map((p) => p.reason),
      [{ kind: 'summary-changed' }],
    );
  });
});
