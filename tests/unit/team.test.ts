/**
 * Team view: the paste box reads any mix of rater codes and links without ever throwing, keeps only
 * codes a known version could have produced, and names every line it could not use; the comparison's
 * numbers are checked against sums done here by hand; the comparison link round-trips.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeResult, encodeResult, type CodeError, type CodeKind, type CodeShape } from '../../src/lib/result-code.ts';
import { describeResult, type Result } from '../../src/lib/scoring.ts';
import {
  MAX_INPUT_CHARS,
  MAX_PROBLEMS,
  MAX_PROBLEM_TEXT,
  MAX_RATERS,
  compareTeam,
  comparisonToText,
  encodeComparison,
  MIN_RATERS,
  blindSpotRaters,
  parseTeamInput,
  type ParsedTeamInput,
  type ProblemReason,
} from '../../src/lib/team.ts';
import { loadInstrument, resultArb, v1, v1Shape, v1Shapes } from './fixtures.ts';
import type { Instrument } from '../../src/lib/instrument.ts';

const NOT_A_CODE: ProblemReason = { kind: 'not-a-code' };
/** The reason for a code that does not decode; v1 has five bands. */
const bad = (error: CodeError, codeKind: CodeKind = 'r'): ProblemReason => ({ ...error, codeKind, levels: v1Shape.levels });
/** The reason for a code of a version the site does not know (so neither its band count). */
const unknown = (version: number, codeKind: CodeKind = 'r'): ProblemReason => ({
  kind: 'unknown-version',
  version,
  codeKind,
  levels: undefined,
});
const SITE = 'https://x.example';

/** Version 2: the frequency format, where a dimension may have no level (`x`). */
const v2: Instrument = loadInstrument(2);
const v2Shape: CodeShape = { dimensions: v2.dimensions.length, levels: v2.bands.length, missing: true };
const v2Shapes: ReadonlyMap<number, CodeShape> = new Map([
  [1, v1Shape],
  [2, v2Shape],
]);
const v2Rater = (code: string): Result => {
  const d = decodeResult(code, v2Shapes, 'r');
  assert.ok(d.ok, code);
  return d.result;
};

const rater = (code: string): Result => {
  const d = decodeResult(code, v1Shapes, 'r');
  assert.ok(d.ok, code);
  return d.result;
};

/**
 * What must hold for every parse of every input: each rater and the self result decode from their own
 * code to a result v1 could have scored; each problem names a real line and quotes at most
 * MAX_PROBLEM_TEXT characters.
 */
function checkParsed(parsed: ParsedTeamInput, input: string, shapes: ReadonlyMap<number, CodeShape> = v1Shapes): void {
  const lineCount = input.slice(0, MAX_INPUT_CHARS).split(/\r\n|\n|\r/).length;
  assert.ok(parsed.raters.length <= MAX_RATERS);
  const found = [
    ...parsed.raters.map((r) => ({ ...r, kind: 'r' as const })),
    ...(parsed.self ? [{ ...parsed.self, kind: 'v' as const }] : []),
  ];
  for (const { code, result, line, kind } of found) {
    assert.deepEqual(decodeResult(code, shapes, kind), { ok: true, result });
    assert.equal(encodeResult(result, kind), code);
    const shape = shapes.get(result.version);
    assert.ok(shape, `unknown version ${result.version}`);
    assert.equal(result.levels.length, shape.dimensions);
    for (const l of result.levels) assert.ok(l !== null && Number.isInteger(l) && l >= 0 && l < shape.levels);
    if (result.version === v1.version) describeResult(v1, result);
    assert.ok(Number.isInteger(line) && line >= 1 && line <= lineCount, `line ${line} of ${lineCount}`);
    assert.ok(input.includes(code) || /%[0-7]/.test(input), `${code} not in the input`);
  }
  for (const p of parsed.problems) {
    assert.ok(Number.isInteger(p.line) && p.line >= 1 && p.line <= lineCount, `problem line ${p.line} of ${lineCount}`);
    assert.ok(Array.from(p.text).length <= MAX_PROBLEM_TEXT, p.text);
    assert.equal(p.text, p.text.trim());
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    assert.doesNotMatch(p.text, /[\u0000-\u001f]/);
    assert.equal(typeof p.reason.kind, 'string');
  }
  assert.ok(parsed.problems.length <= MAX_PROBLEMS + 3);
}

function parse(input: string): ParsedTeamInput {
  const parsed = parseTeamInput(input, v1Shapes);
  checkParsed(parsed, input);
  return parsed;
}

const raterCodes = (p: ParsedTeamInput): string[] => p.raters.map((r) => r.code);

// ------------------------------------------------------------------------------------------------
// Arbitraries

const v1Result = resultArb(v1);
const raterCode = v1Result.map((r) => encodeResult(r, 'r'));
const selfCode = v1Result.map((r) => encodeResult(r, 'v'));
const anyCode = fc.oneof(raterCode, selfCode);
/** Near misses: wrong length, digits out of range, unknown versions, wrong case, stray characters. */
const damagedCode = fc.oneof(
  fc
    .tuple(fc.constantFrom('r', 'v', 'R', 'V', 'x'), fc.integer({ min: 0, max: 12 }), fc.stringMatching(/^[0-9]{0,20}$/))
    .map(([k, v, d]) => `${k}${v}-${d}`),
  anyCode.map((c) => c.slice(0, -1)),
  anyCode.map((c) => `${c}9`),
);
const link = fc.oneof(
  fc.array(raterCode, { minLength: 1, maxLength: 4 }).map((cs) => `${SITE}/team/compare/#r=${cs.join(',')}`),
  selfCode.map((c) => `${SITE}/result/${c}/`),
  fc.tuple(selfCode, raterCode).map(([s, r]) => `/team/compare/#self=${s}&r=${r}`),
  raterCode.map((c) => `${SITE}/team/?code=${c}`),
);
const junk = fc.oneof(
  fc.constantFrom(
    'hello',
    'Anna:',
    '—',
    '"',
    '(',
    ').',
    'https://x.example/',
    '#',
    '?=',
    '%',
    '%E0%A4%A',
    'javascript:alert(1)',
    '<b>r1-2031</b>',
    '\u202e',
    '😀',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 12, unit: 'binary' }),
);
const gap = fc.constantFrom(' ', '  ', '\t', ',', ', ', ';', '\n', '\r\n', '\r', '\n\n', ' \u00a0 ', '\u2003');
const wrap = fc.constantFrom(['', ''], ['"', '"'], ['(', ')'], ['[', '].'], ['', '.'], ['“', '”'], ['<', '>']);
const piece = fc.oneof(
  { weight: 3, arbitrary: anyCode },
  { weight: 2, arbitrary: link },
  { weight: 1, arbitrary: damagedCode },
  { weight: 1, arbitrary: junk },
);
const mix = fc.array(fc.tuple(piece, gap), { maxLength: 40 }).map((ps) => ps.map(([p, g]) => p + g).join(''));

// ------------------------------------------------------------------------------------------------

describe('parseTeamInput never throws', () => {
  test('any string (ascii, unicode, binary, graphemes)', () => {
    for (const unit of ['grapheme-ascii', 'grapheme', 'binary', 'binary-ascii'] as const) {
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 200 }), (s) => {
          parse(s);
        }),
        { numRuns: 300 },
      );
    }
  });

  test('long strings up to 30,000 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 15_000, maxLength: 30_000 }), (s) => {
        parse(s);
      }),
      // Shrinking 30,000-character strings takes minutes: report the failing case as found.
      { numRuns: 15, endOnFailure: true },
    );
  });

  test('random mixes of codes, links, near misses, junk and separators', () => {
    fc.assert(
      fc.property(mix, (s) => {
        parse(s);
      }),
      { numRuns: 500 },
    );
  });

  test('non-strings give an empty result with no problems', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        fc.pre(typeof value !== 'string');
        assert.deepEqual(parseTeamInput(value, v1Shapes), { raters: [], self: undefined, summary: undefined, problems: [] });
      }),
      { numRuns: 300 },
    );
    for (const value of [undefined, null, 42, ['r1-2031'], new String('r1-2031'), { toString: () => 'r1-2031' }]) {
      assert.deepEqual(parseTeamInput(value, v1Shapes), { raters: [], self: undefined, summary: undefined, problems: [] });
    }
  });

  test('every valid code in a mix is kept, on its line, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(anyCode, wrap), { minLength: 1, maxLength: 4 }), { maxLength: 12 }), (lines) => {
        // One line per group; the codes of a group are separated by spaces, commas or semicolons.
        const text = lines.map((codes) => codes.map(([c, [l, r]]) => `${l}${c}${r}`).join(' , ; ')).join('\n');
        const parsed = parse(text);
        const expectedRaters: { code: string; line: number }[] = [];
        let expectedSelf: { code: string; line: number } | undefined;
        lines.forEach((codes, i) => {
          for (const [c] of codes) {
            if (c.startsWith('r')) expectedRaters.push({ code: c, line: i + 1 });
            else expectedSelf = { code: c, line: i + 1 };
          }
        });
        assert.deepEqual(
          parsed.raters.map(({ code, line }) => ({ code, line })),
          expectedRaters,
        );
        assert.deepEqual(parsed.self && { code: parsed.self.code, line: parsed.self.line }, expectedSelf);
        assert.deepEqual(parsed.problems, []);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseTeamInput reads codes and links', () => {
  test('the scenario: three rater links and one junk line', () => {
    const text = [
      `${SITE}/team/compare/#r=r1-2031`,
      `${SITE}/team/compare/#r=r1-1120`,
      'thanks, see you Monday',
      `${SITE}/team/compare/#r=r1-4403`,
    ].join('\n');
    const parsed = parse(text);
    assert.deepEqual(
      parsed.raters.map(({ code, line }) => ({ code, line })),
      [
        { code: 'r1-2031', line: 1 },
        { code: 'r1-1120', line: 2 },
        { code: 'r1-4403', line: 4 },
      ],
    );
    assert.deepEqual(parsed.raters[0]?.result, { version: 1, levels: [2, 0, 3, 1] });
    assert.equal(parsed.self, undefined);
    assert.deepEqual(parsed.problems, [{ line: 3, text: 'thanks, see you Monday', reason: NOT_A_CODE }]);
  });

  test('codes and links mixed, several per line, with extra whitespace and punctuation', () => {
    const text = [
      '   r1-2031,r1-1120 ;  r1-0000   ',
      '',
      '\t"r1-4444".  (r1-1234)  [r1-0123]  ',
      `  ${SITE}/team/compare/#r=r1-2222,r1-3333  r1-1111; v1-2031  `,
      '   ',
    ].join('\r\n');
    const parsed = parse(text);
    assert.deepEqual(raterCodes(parsed), [
      'r1-2031',
      'r1-1120',
      'r1-0000',
      'r1-4444',
      'r1-1234',
      'r1-0123',
      'r1-2222',
      'r1-3333',
      'r1-1111',
    ]);
    assert.deepEqual(
      parsed.raters.map((r) => r.line),
      [1, 1, 1, 3, 3, 3, 4, 4, 4],
    );
    assert.deepEqual(parsed.self, { code: 'v1-2031', result: { version: 1, levels: [2, 0, 3, 1] }, line: 4 });
    assert.deepEqual(parsed.problems, []);
  });

  test('every line break counts: \\n, \\r\\n and \\r', () => {
    const parsed = parse('r1-0000\nr1-1111\r\nr1-2222\rr1-3333\n\r\nr1-4444');
    assert.deepEqual(
      parsed.raters.map((r) => r.line),
      [1, 2, 3, 4, 6],
    );
  });

  test('links of every kind', () => {
    const cases: [string, string[], string | undefined][] = [
      [`${SITE}/team/compare/#r=r1-2031,r1-1120`, ['r1-2031', 'r1-1120'], undefined],
      [`${SITE}/result/v1-2031/`, [], 'v1-2031'],
      ['/team/compare/#self=v1-2031&r=r1-0123', ['r1-0123'], 'v1-2031'],
      [`${SITE}/team/compare/#self=v1-2031&r=r1-0123,r1-4444`, ['r1-0123', 'r1-4444'], 'v1-2031'],
      [`#r=r1-2031`, ['r1-2031'], undefined],
      [`r=r1-2031`, ['r1-2031'], undefined],
      [`${SITE}/sub/path/team/compare/#r=r1-2031%2Cr1-1120`, ['r1-2031', 'r1-1120'], undefined], // an encoded comma
      [`${SITE}/team/compare/#self%3Dv1-2031%26r%3Dr1-0123`, ['r1-0123'], 'v1-2031'],
      [`${SITE}/team/?code=r1%2D2031`, ['r1-2031'], undefined], // an encoded dash
      [`<${SITE}/result/v1-2031/>`, [], 'v1-2031'],
      [`"${SITE}/team/compare/#r=r1-2031".`, ['r1-2031'], undefined],
      [`${SITE}/%E0%A4%A/team/compare/#r=r1-2031`, ['r1-2031'], undefined], // a bad escape
      [`${SITE}/%zz%/result/v1-4444/?x=%`, [], 'v1-4444'],
      [`${SITE}/r1-2031/`, ['r1-2031'], undefined],
      [`r1-2031/r1-1120`, ['r1-2031', 'r1-1120'], undefined],
    ];
    for (const [text, raters, self] of cases) {
      const parsed = parse(text);
      assert.deepEqual(raterCodes(parsed), raters, text);
      assert.equal(parsed.self?.code, self, text);
      assert.deepEqual(parsed.problems, [], text);
    }
  });

  test('codes glued to other letters or digits inside a link are not codes', () => {
    for (const text of [`${SITE}/server1-2031/`, `${SITE}/xr1-2031`, `${SITE}/2r1-2031`]) {
      const parsed = parse(text);
      assert.deepEqual(raterCodes(parsed), [], text);
      assert.deepEqual(
        parsed.problems.map((p) => p.reason),
        [NOT_A_CODE],
        text,
      );
    }
  });

  test('words around codes are one problem per line, quoting the words', () => {
    const parsed = parse('Hi Sam, here is mine: r1-2031. Cheers!\nr1-1120 — Ana');
    assert.deepEqual(raterCodes(parsed), ['r1-2031', 'r1-1120']);
    assert.deepEqual(parsed.problems, [
      { line: 1, text: 'Hi Sam here is mine: Cheers!', reason: NOT_A_CODE },
      { line: 2, text: 'Ana', reason: NOT_A_CODE },
    ]);
  });

  test('a link without any code is a problem, quoted', () => {
    const parsed = parse(`r1-2031\n  ${SITE}/team/compare/#r=  `);
    assert.deepEqual(raterCodes(parsed), ['r1-2031']);
    assert.deepEqual(parsed.problems, [{ line: 2, text: `${SITE}/team/compare/#r=`, reason: NOT_A_CODE }]);
  });

  test('identical rater codes are all kept: two reps can answer alike', () => {
    assert.deepEqual(raterCodes(parse('r1-2031 r1-2031\nr1-2031')), ['r1-2031', 'r1-2031', 'r1-2031']);
  });

  test('the last self result wins', () => {
    const parsed = parse(`v1-0000\nr1-1111 ${SITE}/result/v1-2031/\nv1-4444 r1-2222`);
    assert.deepEqual(parsed.self, { code: 'v1-4444', result: { version: 1, levels: [4, 4, 4, 4] }, line: 3 });
    assert.deepEqual(raterCodes(parsed), ['r1-1111', 'r1-2222']);
  });

  test('blank and whitespace-only input gives nothing and no problems', () => {
    for (const text of ['', ' ', '\n\n\r\n', ' , ; \t', '— -- ...']) {
      assert.deepEqual(parse(text), { raters: [], self: undefined, summary: undefined, problems: [] }, JSON.stringify(text));
    }
  });
});

describe('parseTeamInput explains each problem', () => {
  const shapes = new Map<number, CodeShape>([[1, v1Shape]]);
  const reasonOf = (text: string): ProblemReason[] => parseTeamInput(text, shapes).problems.map((p) => p.reason);

  test('unknown version', () => {
    assert.deepEqual(reasonOf('r7-2031'), [unknown(7)]);
    assert.deepEqual(reasonOf(`${SITE}/result/v2-2031/`), [unknown(2, 'v')]);
  });

  test('wrong length', () => {
    assert.deepEqual(reasonOf('r1-203'), [bad({ kind: 'wrong-length', expected: 4, got: 3 })]);
    assert.deepEqual(reasonOf('r1-20311'), [bad({ kind: 'wrong-length', expected: 4, got: 5 })]);
    assert.deepEqual(reasonOf('v1-2'), [bad({ kind: 'wrong-length', expected: 4, got: 1 }, 'v')]);
    assert.deepEqual(reasonOf(`${SITE}/team/compare/#r=r1-20`), [bad({ kind: 'wrong-length', expected: 4, got: 2 })]);
  });

  test('level out of range', () => {
    assert.deepEqual(reasonOf('r1-2051'), [bad({ kind: 'level-out-of-range' })]);
  });

  test('malformed: a code-shaped token the check never writes', () => {
    for (const text of ['r0-2031', 'r01-2031', 'r10000-2031', `r1-${'2'.repeat(40)}`]) {
      // The band count is that of the version the code names, if the site knows one; malformed codes do not need it.
      assert.deepEqual(
        reasonOf(text).map((r) => ({ ...r, levels: undefined })),
        [{ ...bad({ kind: 'malformed' }), levels: undefined }],
        text,
      );
    }
    assert.deepEqual(reasonOf('v01-2031'), [bad({ kind: 'malformed' }, 'v')]);
  });

  test('upper case: the code is named in lower case', () => {
    assert.deepEqual(reasonOf('R1-2031'), [{ kind: 'upper-case', lower: 'r1-2031' }]);
  });

  test('anything else: not a code', () => {
    for (const text of ['hello', '2031', 'r1', 'r1-', 'r12031', 'r1_2031', 'r1-20y31', 'r1-２０３１', '<script>alert(1)</script>']) {
      assert.deepEqual(reasonOf(text), [NOT_A_CODE], text);
    }
  });

  test('a bad code does not cost the good ones on its line; each problem names its line and token', () => {
    const parsed = parseTeamInput(`r1-2031\nr1-1120 r1-99 r1-0000, nonsense\n${SITE}/team/compare/#r=r1-4444,r9-1111,r1-3333`, shapes);
    assert.deepEqual(raterCodes(parsed), ['r1-2031', 'r1-1120', 'r1-0000', 'r1-4444', 'r1-3333']);
    assert.deepEqual(parsed.problems, [
      { line: 2, text: 'r1-99', reason: bad({ kind: 'wrong-length', expected: 4, got: 2 }) },
      { line: 2, text: 'nonsense', reason: NOT_A_CODE },
      { line: 3, text: 'r9-1111', reason: unknown(9) },
    ]);
  });

  test('quoted text is cut to 80 characters with an ellipsis, never splitting a character, and printable', () => {
    const long = `x${'😀'.repeat(100)}`;
    const [p] = parseTeamInput(long, shapes).problems;
    assert.ok(p);
    assert.equal(Array.from(p.text).length, MAX_PROBLEM_TEXT);
    assert.equal(p.text, `x${'😀'.repeat(MAX_PROBLEM_TEXT - 2)}…`);
    const [q] = parseTeamInput('bad\u0007\u202etext', shapes).problems;
    assert.equal(q?.text, 'bad  text');
    const [r] = parseTeamInput('x'.repeat(80), shapes).problems;
    assert.equal(r?.text, 'x'.repeat(80));
  });

  test(`at most ${MAX_PROBLEMS} problems are listed, then one saying how many more`, () => {
    const text = Array.from({ length: 30 }, (_, i) => `junk${i} r1-${i % 5}${i % 5}${i % 5}${i % 5}`).join('\n');
    const parsed = parse(text);
    assert.equal(parsed.raters.length, 30);
    assert.equal(parsed.problems.length, MAX_PROBLEMS + 1);
    assert.deepEqual(parsed.problems.at(-1), { line: 21, text: '', reason: { kind: 'unlisted', count: 10, fromLine: 21 } });
  });
});

describe('parseTeamInput limits', () => {
  test(`at most ${MAX_RATERS} raters, then a single problem`, () => {
    const codes = Array.from(
      { length: MAX_RATERS + 25 },
      (_, i) =>
        `r1-${String(i % 625)
          .padStart(4, '0')
          .replace(/[5-9]/g, '4')}`,
    );
    const text = `${codes.slice(0, 60).join(' ')}\n${codes.slice(60).join(', ')}\nv1-2031`;
    const parsed = parse(text);
    assert.deepEqual(raterCodes(parsed), codes.slice(0, MAX_RATERS));
    assert.deepEqual(parsed.problems, [{ line: 2, text: codes[MAX_RATERS], reason: { kind: 'too-many-raters', max: MAX_RATERS } }]);
    assert.equal(parsed.self?.code, 'v1-2031', 'parsing goes on past the cap');
  });

  test('the rater cap problem is listed even after many other problems', () => {
    const text = `${'junk\n'.repeat(40)}${'r1-2031 '.repeat(MAX_RATERS + 1)}`;
    const parsed = parse(text);
    assert.equal(parsed.raters.length, MAX_RATERS);
    assert.deepEqual(
      parsed.problems.map((p) => p.line),
      [...Array.from({ length: MAX_PROBLEMS }, (_, i) => i + 1), 41, 21],
    );
    assert.deepEqual(parsed.problems[MAX_PROBLEMS]?.reason, { kind: 'too-many-raters', max: MAX_RATERS });
  });

  test(`over-long input: only the first ${MAX_INPUT_CHARS} characters are read, plus one problem saying so`, () => {
    const line = 'r1-2031 r1-1120\n'; // 16 characters
    const lines = Math.floor(MAX_INPUT_CHARS / line.length) - 1;
    const head = line.repeat(lines);
    // The cut falls inside a code: it must not be reported as a damaged code.
    const text = `${head}${'x'.repeat(MAX_INPUT_CHARS - head.length - 4)} r1-0000 v1-4444\nr1-3333`;
    const parsed = parse(text);
    assert.equal(parsed.raters.length, Math.min(MAX_RATERS, lines * 2));
    assert.equal(parsed.self, undefined);
    const last = parsed.problems.at(-1);
    assert.ok(last);
    assert.equal(last.line, lines + 1);
    assert.equal(last.text, 'r1-0000 v1-4444 r1-3333');
    assert.deepEqual(last.reason, { kind: 'too-long', maxChars: MAX_INPUT_CHARS });
    assert.ok(!parsed.problems.some((p) => p.text.startsWith('r1-0') && p.text !== last.text), 'no half code reported');
  });

  test('over-long input cut exactly at a separator keeps the code before it', () => {
    const text = `${' '.repeat(MAX_INPUT_CHARS - 7)}r1-2031 r1-1111`;
    const parsed = parse(text);
    assert.deepEqual(raterCodes(parsed), ['r1-2031']);
    assert.equal(parsed.problems.length, 1);
    assert.equal(parsed.problems[0]?.text, 'r1-1111');
  });

  test('one character over the limit: the token it belongs to is not read, and the problem says so', () => {
    const text = `r1-1111 ${' '.repeat(MAX_INPUT_CHARS - 15)}r1-2031x`;
    assert.equal(text.length, MAX_INPUT_CHARS + 1);
    const parsed = parse(text);
    assert.deepEqual(raterCodes(parsed), ['r1-1111']);
    assert.equal(parsed.problems.length, 1);
    assert.equal(parsed.problems[0]?.text, 'r1-2031x');
    assert.deepEqual(parsed.problems[0]?.reason, { kind: 'too-long', maxChars: MAX_INPUT_CHARS });
  });

  test('a single character past the limit is reported; trailing blanks past it are not', () => {
    const full = `r1-1111${' '.repeat(MAX_INPUT_CHARS - 7)}`;
    const over = parse(`${full}x`);
    assert.deepEqual(raterCodes(over), ['r1-1111']);
    assert.deepEqual(
      over.problems.map((p) => p.text),
      ['x'],
    );
    assert.deepEqual(parse(`${full}\n  \n, ;`), {
      raters: [{ code: 'r1-1111', result: rater('r1-1111'), line: 1 }],
      self: undefined,
      summary: undefined,
      problems: [],
    });
  });

  test('input of exactly the limit is read whole', () => {
    const text = `${' '.repeat(MAX_INPUT_CHARS - 7)}r1-2031`;
    assert.deepEqual(parse(text), {
      raters: [{ code: 'r1-2031', result: rater('r1-2031'), line: 1 }],
      self: undefined,
      summary: undefined,
      problems: [],
    });
  });
});

// ------------------------------------------------------------------------------------------------

/** Round half toward 50, as the project rounds every score; written out again here on purpose. */
function expectedLevel(levels: readonly number[]): number {
  const mid = (l: number): number => {
    const band = v1.bands[l];
    assert.ok(band);
    return (band.min + band.max) / 2;
  };
  const mean = levels.reduce((a, l) => a + mid(l), 0) / levels.length;
  const rounded = mean < 50 ? Math.floor(mean + 0.5) : Math.ceil(mean - 0.5);
  const i = v1.bands.findIndex((b) => rounded >= b.min && rounded <= b.max);
  assert.ok(i >= 0);
  return i;
}

describe('compareTeam', () => {
  test('team means, bands, blind spots and advice, computed here from the levels', () => {
    fc.assert(
      fc.property(fc.option(v1Result, { nil: undefined }), fc.array(v1Result, { maxLength: 12 }), (self, raters) => {
        const c = compareTeam(v1, self, raters);
        const n = raters.length;
        assert.equal(c.raterCount, n);
        assert.equal(c.otherVersion, 0);
        assert.equal(c.selfOtherVersion, false);
        // Version 1 marks a blind spot from one rater: never too few.
        assert.equal(c.fewRaters, false);
        assert.deepEqual(c.leftOut, []);
        assert.equal(c.dimensions.length, v1.dimensions.length);
        c.dimensions.forEach((d, i) => {
          assert.equal(d.dimension, v1.dimensions[i]);
          assert.equal(d.selfLevel, self?.levels[i]);
          assert.equal(d.raters, n);
          assert.equal(d.tooFewRaters, false);
          const levels = raters.map((r) => r.levels[i] as number);
          if (n === 0) {
            assert.deepEqual(
              [d.teamMean, d.teamLevel, d.teamBand, d.advice, d.blindSpot],
              [undefined, undefined, undefined, undefined, false],
            );
            return;
          }
          let sum = 0;
          for (const l of levels) sum += l;
          const mean = sum / n;
          assert.equal(d.teamMean, mean);
          assert.ok(mean >= 0 && mean <= v1.bands.length - 1);
          assert.equal(d.teamLevel, expectedLevel(levels));
          assert.equal(d.teamBand, v1.bands[expectedLevel(levels)]);
          assert.equal(d.blindSpot, self !== undefined && mean - (self.levels[i] as number) >= 1);
          assert.equal(d.advice?.dimension, v1.dimensions[i]?.id);
          assert.equal(d.advice?.band, d.teamBand?.id);
        });
      }),
      { numRuns: 400 },
    );
  });

  test('a worked example', () => {
    const c = compareTeam(v1, { version: 1, levels: [1, 2, 0, 3] }, ['r1-2031', 'r1-3120', 'r1-2401'].map(rater));
    assert.deepEqual(
      c.dimensions.map((d) => d.teamMean),
      [7 / 3, 5 / 3, 5 / 3, 2 / 3],
    );
    assert.deepEqual(
      c.dimensions.map((d) => d.blindSpot),
      [true, false, true, false],
    );
    // band midpoints 50, 70.5, 50 → 56.8 → "mixed"; 9.5, 29.5, 90.5 → 43.2 → "mixed";
    // 70.5, 50, 9.5 → 43.3 → "mixed"; 29.5, 9.5, 29.5 → 22.8 → "mostly-builds"
    assert.deepEqual(
      c.dimensions.map((d) => d.teamBand?.id),
      ['mixed', 'mixed', 'mixed', 'mostly-builds'],
    );
    assert.equal(c.fewRaters, false);
  });

  test('a blind spot starts at exactly one level: mean − self ≥ 1', () => {
    const self = { version: 1, levels: [1, 1, 1, 1] };
    const blind = (codes: string[]): boolean[] => compareTeam(v1, self, codes.map(rater)).dimensions.map((d) => d.blindSpot);
    // means 2, 5/3, 4/3, 0: exactly one level above self, then 2/3, 1/3, and below
    assert.deepEqual(blind(['r1-2220', 'r1-2210', 'r1-2110']), [true, false, false, false]);
    // means 3, 5/3, 2, 4: two levels above, 2/3 above, exactly one above, three above
    assert.deepEqual(blind(['r1-3334', 'r1-3224', 'r1-3014']), [true, false, true, true]);
    assert.deepEqual(blind(['r1-2000', 'r1-1000', 'r1-3000']), [true, false, false, false]);
    assert.deepEqual(blind(['r1-0000']), [false, false, false, false]);
  });

  test('version 1 needs no minimum of raters; version 2 warns with one or two', () => {
    const warn = (inst: Instrument, code: string) => (n: number) =>
      compareTeam(
        inst,
        undefined,
        Array.from({ length: n }, () => (inst === v1 ? rater(code) : v2Rater(code))),
      ).fewRaters;
    assert.deepEqual([0, 1, 2, 3, 4, 50].map(warn(v1, 'r1-2031')), [false, false, false, false, false, false]);
    assert.deepEqual([0, 1, 2, 3, 4, 50].map(warn(v2, 'r2-2021')), [false, true, true, false, false, false]);
    assert.equal(blindSpotRaters(v1), 1);
    assert.equal(blindSpotRaters(v2), MIN_RATERS);
  });

  test('no raters: no team fields and no blind spots, self still shown', () => {
    const c = compareTeam(v1, { version: 1, levels: [0, 0, 0, 0] }, []);
    assert.equal(c.raterCount, 0);
    for (const d of c.dimensions) {
      assert.equal(d.selfLevel, 0);
      assert.equal(d.teamMean, undefined);
      assert.equal(d.teamLevel, undefined);
      assert.equal(d.teamBand, undefined);
      assert.equal(d.advice, undefined);
      assert.equal(d.blindSpot, false);
    }
  });

  test('raters of another version are left out and counted; so is a self result of another version', () => {
    fc.assert(
      fc.property(
        fc.array(v1Result, { maxLength: 6 }),
        fc.array(
          fc.oneof(
            fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 5, maxLength: 5 }).map((levels) => ({ version: 2, levels })),
            fc.constant({ version: 1, levels: [1, 2, 3] }), // a shape no v1 decode gives
            fc.constant({ version: 1, levels: [1, 2, 3, 7] }),
          ),
          { maxLength: 6 },
        ),
        (ones, others) => {
          const base = { ...compareTeam(v1, undefined, ones), otherVersion: others.length, selfOtherVersion: true };
          const positions = (from: number) => others.map((_, i) => from + i);
          assert.deepEqual(compareTeam(v1, { version: 2, levels: [1, 1, 1, 1, 1] }, [...ones, ...others]), {
            ...base,
            leftOut: positions(ones.length),
          });
          assert.deepEqual(compareTeam(v1, { version: 2, levels: [1, 1, 1, 1, 1] }, [...others, ...ones]), {
            ...base,
            leftOut: positions(0),
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('compareTeam on version 2', () => {
  const self = { version: 2, levels: [0, 0, 1, null] };

  test('a rater whose dimension has no level is left out of that dimension alone', () => {
    const c = compareTeam(v2, self, ['r2-2x21', 'r2-1021', 'r2-2121'].map(v2Rater));
    assert.equal(c.raterCount, 3);
    assert.deepEqual(
      c.dimensions.map((d) => d.raters),
      [3, 2, 3, 3],
    );
    assert.deepEqual(
      c.dimensions.map((d) => d.teamMean),
      [5 / 3, 1 / 2, 2, 1],
    );
  });

  test('a blind spot needs one whole level more from at least MIN_RATERS raters who gave the dimension a level', () => {
    const blind = (codes: string[]) => compareTeam(v2, self, codes.map(v2Rater)).dimensions.map((d) => [d.blindSpot, d.tooFewRaters]);
    // Dimension 1: self 0, team 1, 1, 1 (exactly one level more, three raters): a blind spot.
    // Dimension 2: self 0, team 2, 2 and x: two raters only, so not marked, and said to be too few.
    // Dimension 3: self 1, team 2, 2, 1: two thirds of a level more, not enough.
    // Dimension 4: the manager's own result has no level here, so there is nothing to compare.
    assert.deepEqual(blind(['r2-1222', 'r2-1222', 'r2-1x12']), [
      [true, false],
      [false, true],
      [false, false],
      [false, false],
    ]);
    // Two raters: no blind spot anywhere, however far apart.
    assert.deepEqual(
      blind(['r2-2222', 'r2-2222']).map(([b]) => b),
      [false, false, false, false],
    );
    // A fourth rater makes dimension 2 a blind spot.
    assert.deepEqual(blind(['r2-1222', 'r2-1222', 'r2-1x12', 'r2-1212'])[1], [true, false]);
  });

  test('the manager’s own result with no level on a dimension shows as null there', () => {
    const c = compareTeam(v2, self, ['r2-2222', 'r2-2222', 'r2-2222'].map(v2Rater));
    assert.deepEqual(
      c.dimensions.map((d) => d.selfLevel),
      [0, 0, 1, null],
    );
    assert.equal(c.dimensions[3]?.blindSpot, false);
    assert.equal(compareTeam(v2, undefined, []).dimensions[0]?.selfLevel, undefined);
  });

  test('raters of version 1 are left out and named by their position', () => {
    const c = compareTeam(v2, self, [v2Rater('r2-2222'), rater('r1-2031'), v2Rater('r2-1x11'), rater('r1-4444')]);
    assert.equal(c.raterCount, 2);
    assert.equal(c.otherVersion, 2);
    assert.deepEqual(c.leftOut, [1, 3]);
  });

  test('the paste box reads codes with x where the version allows it, and only there', () => {
    const parsed = parseTeamInput(`r2-1x02\n${SITE}/team/compare/#r=r2-x120&self=v2-21x0\nr1-2x31\nr2-xxxx`, v2Shapes);
    assert.deepEqual(raterCodes(parsed), ['r2-1x02', 'r2-x120']);
    assert.equal(parsed.self?.code, 'v2-21x0');
    assert.deepEqual(
      parsed.problems.map((p) => [p.line, p.reason.kind]),
      [
        [3, 'malformed'],
        [4, 'malformed'],
      ],
    );
  });
});

// ------------------------------------------------------------------------------------------------

describe('the comparison link', () => {
  test('encodeComparison writes self and raters', () => {
    assert.equal(encodeComparison('v1-2031', ['r1-2031', 'r1-1120']), 'self=v1-2031&r=r1-2031,r1-1120');
    assert.equal(encodeComparison(undefined, ['r1-2031', 'r1-1120']), 'r=r1-2031,r1-1120');
    assert.equal(encodeComparison('v1-2031', []), 'self=v1-2031');
    assert.equal(encodeComparison(undefined, []), '');
    assert.equal(encodeComparison(undefined, ['a,b&c=d']), 'r=a%2Cb%26c%3Dd', 'separators in a value are escaped');
  });

  test('comparisonToText reads it back, self first, one code per line', () => {
    assert.equal(comparisonToText('self=v1-2031&r=r1-2031,r1-1120'), 'v1-2031\nr1-2031\nr1-1120');
    assert.equal(comparisonToText('#r=r1-2031,r1-1120&self=v1-2031'), 'v1-2031\nr1-2031\nr1-1120');
    assert.equal(comparisonToText(`${SITE}/team/compare/#self=v1-2031`), 'v1-2031');
    assert.equal(comparisonToText('#r=r1-2031%2Cr1-1120'), 'r1-2031\nr1-1120', 'separators a mail program escaped');
    assert.equal(comparisonToText('#self%3Dv1-2031%26r%3Dr1-0123'), 'v1-2031\nr1-0123');
    assert.equal(comparisonToText('#r=r1-2031,%E0%A4%A,r1-1120'), 'r1-2031\nr1-1120', 'a bad escape costs only its own piece');
    assert.equal(comparisonToText('#r=%72%31-2031'), 'r1-2031');
    assert.equal(
      comparisonToText('#r=r1-20,,r1-1111&x=1&self=v9-1'),
      'v9-1\nr1-20\nr1-1111',
      'damaged codes come through, for the box to explain',
    );
    assert.equal(comparisonToText('#r=r1-2031x'), 'r1-2031x', 'x is a level written as missing: the box says what is wrong');
    assert.equal(comparisonToText('#self=v2-1x02&r=r2-x120'), 'v2-1x02\nr2-x120');
  });

  test('garbage gives empty text', () => {
    for (const value of [
      '',
      '#',
      '#&&&',
      'hello',
      '#self=',
      '#r=',
      '#self=<script>alert(1)</script>',
      '#r=javascript:1',
      '#self=r1-2031',
      '#r=v1-2031',
      '#%E0%A4%A',
      '#r=%E0%A4%A',
      undefined,
      null,
      7,
      {},
      ['#r=r1-2031'],
    ]) {
      assert.equal(comparisonToText(value), '', String(value));
    }
  });

  test('encode → text → parse rebuilds the same raters and self (any valid results)', () => {
    fc.assert(
      fc.property(
        fc.option(v1Result, { nil: undefined }),
        fc.array(v1Result, { maxLength: MAX_RATERS }),
        fc.constantFrom('', '#', `${SITE}/team/compare/#`),
        (self, raters, prefix) => {
          const selfCode = self && encodeResult(self, 'v');
          const codes = raters.map((r) => encodeResult(r, 'r'));
          const text = comparisonToText(prefix + encodeComparison(selfCode, codes));
          const parsed = parse(text);
          assert.deepEqual(
            parsed.raters.map((r) => [r.code, r.result]),
            raters.map((r, i) => [codes[i], r]),
          );
          assert.deepEqual(parsed.self && [parsed.self.code, parsed.self.result], self && [selfCode, self]);
          assert.deepEqual(parsed.problems, []);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('comparisonToText never throws, and gives only code-shaped lines', () => {
    const fragmentChar = fc.constantFrom(
      '#',
      '&',
      '=',
      ',',
      '%',
      '2',
      'C',
      's',
      'e',
      'l',
      'f',
      'r',
      'v',
      '1',
      '-',
      '0',
      '4',
      '9',
      ' ',
      '\n',
      'é',
    );
    const fragment = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ maxLength: 300, unit: 'binary' }),
      fc.string({ unit: fragmentChar, maxLength: 200 }),
      fc.array(fc.oneof(fc.constantFrom('self=', 'r=', '&', ',', '#'), anyCode, damagedCode, junk)).map((ps) => ps.join('')),
    );
    fc.assert(
      fc.property(fc.oneof(fragment, fc.anything()), (value) => {
        const text = comparisonToText(value);
        assert.equal(typeof text, 'string');
        for (const line of text.split('\n')) if (text !== '') assert.match(line, /^[rv][0-9]+-[0-9x]+$/);
        checkParsed(parseTeamInput(text, v1Shapes), text);
      }),
      { numRuns: 1000 },
    );
  });

  test('an over-long fragment is cut between codes', () => {
    const fragment = `r=${'r1-2031,'.repeat(3000)}r1-1111`;
    const text = comparisonToText(fragment);
    assert.ok(text.split('\n').every((l) => l === 'r1-2031'));
  });
});
