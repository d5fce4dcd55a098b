/**
 * Result codes (`v1-2031`): every result round-trips; anything else — any string, any value, any
 * near miss of a real code — decodes to a typed error or to a result that v1 could have produced,
 * without throwing; and a frozen list of v1 codes keeps its meaning forever.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  allResults,
  decodeResult,
  encodeResult,
  exampleResult,
  type CodeKind,
  type CodeShape,
  type Decoded,
} from '../../src/lib/result-code.ts';
import { describeResult, type Result } from '../../src/lib/scoring.ts';
import { scoreAnswers } from '../../src/lib/verdict.ts';
import { FORMS, answersArb, v1, v1Shape, v1Shapes } from './fixtures.ts';

const KINDS: readonly CodeKind[] = ['v', 'r'];
const ALL = allResults(v1.version, v1Shape);
const ERROR_KINDS = new Set(['empty', 'malformed', 'unknown-version', 'wrong-length', 'level-out-of-range']);

/**
 * What must hold for every decode of every input: no throw (the caller sees any throw as a failure),
 * a typed error, or a result of a known version that v1 could have scored and that re-encodes to
 * exactly the trimmed input.
 */
function checkDecode(input: unknown, kind: CodeKind = 'v', shapes: ReadonlyMap<number, CodeShape> = v1Shapes): Decoded {
  const decoded = decodeResult(input, shapes, kind);
  if (!decoded.ok) {
    assert.ok(ERROR_KINDS.has(decoded.error.kind), `unknown error kind ${decoded.error.kind}`);
    return decoded;
  }
  const { result } = decoded;
  const shape = shapes.get(result.version);
  assert.ok(shape, `decoded an unknown version ${result.version}`);
  assert.equal(result.levels.length, shape.dimensions);
  for (const level of result.levels) {
    if (level === null) assert.ok(shape.missing, 'a dimension without a level in a version that has none');
    else assert.ok(Number.isInteger(level) && level >= 0 && level < shape.levels, `level ${level}`);
  }
  assert.equal(typeof input, 'string');
  assert.equal(encodeResult(result, kind), (input as string).trim());
  if (result.version === v1.version) describeResult(v1, result); // must not throw
  return decoded;
}

function errorOf(input: unknown, kind: CodeKind = 'v', shapes: ReadonlyMap<number, CodeShape> = v1Shapes): string {
  const decoded = decodeResult(input, shapes, kind);
  assert.ok(!decoded.ok, `${JSON.stringify(input)} decoded to ${JSON.stringify(decoded)}`);
  return decoded.error.kind;
}

describe('encodeResult', () => {
  test('writes the version and one digit per dimension', () => {
    assert.equal(encodeResult({ version: 1, levels: [2, 0, 3, 1] }), 'v1-2031');
    assert.equal(encodeResult({ version: 1, levels: [2, 0, 3, 1] }, 'r'), 'r1-2031');
  });

  test('every v1 code is short, URL-safe and needs no escaping', () => {
    for (const result of ALL) {
      for (const kind of KINDS) {
        const code = encodeResult(result, kind);
        assert.match(code, /^[vr]1-[0-4]{4}$/);
        assert.equal(encodeURIComponent(code), code);
      }
    }
  });
});

describe('round trip', () => {
  test(`allResults(1) lists bands^dimensions = ${v1.bands.length}^${v1.dimensions.length} results, no duplicates, in code order`, () => {
    assert.equal(ALL.length, v1.bands.length ** v1.dimensions.length);
    const codes = ALL.map((r) => encodeResult(r));
    assert.equal(new Set(codes).size, codes.length);
    assert.deepEqual([...codes].sort(), codes);
    assert.equal(codes[0], 'v1-0000');
    assert.equal(codes.at(-1), 'v1-4444');
  });

  for (const kind of KINDS) {
    test(`${kind}: every possible v1 result decodes back to itself`, () => {
      for (const result of ALL) {
        assert.deepEqual(decodeResult(encodeResult(result, kind), v1Shapes, kind), { ok: true, result });
      }
    });
  }

  for (const form of FORMS) {
    const kind: CodeKind = form === 'self' ? 'v' : 'r';
    test(`${form}: the result of any complete answers encodes to a ${kind}-code that decodes to the same result`, () => {
      fc.assert(
        fc.property(answersArb(v1, form), (answers) => {
          const result = scoreAnswers(v1, answers, form);
          assert.ok(result);
          const decoded = checkDecode(encodeResult(result, kind), kind);
          assert.deepEqual(decoded, { ok: true, result });
          assert.deepEqual(describeResult(v1, decoded.ok ? decoded.result : result), describeResult(v1, result));
        }),
        { numRuns: 300 },
      );
    });
  }

  test('surrounding whitespace is trimmed', () => {
    assert.deepEqual(decodeResult('  v1-2031\n', v1Shapes), { ok: true, result: { version: 1, levels: [2, 0, 3, 1] } });
    assert.deepEqual(decodeResult('\t\u00a0v1-2031\u2003\ufeff', v1Shapes), { ok: true, result: { version: 1, levels: [2, 0, 3, 1] } });
  });
});

describe('typed errors', () => {
  test('empty: nothing, only whitespace, or not a string at all', () => {
    for (const input of [
      '',
      ' ',
      '\n\t ',
      '\u00a0',
      undefined,
      null,
      0,
      2031,
      true,
      {},
      [],
      ['v1-2031'],
      new String('v1-2031'),
      Symbol('v1-2031'),
    ]) {
      assert.equal(errorOf(input), 'empty', String(typeof input === 'symbol' ? 'symbol' : JSON.stringify(input)));
    }
  });

  test('malformed', () => {
    const inputs = [
      'V1-2031', // uppercase kind
      'v01-2031', // leading zero in the version
      'v0-2031', // version 0
      'v-1-2031', // negative version
      'v1--2031', // negative levels
      'v1-2-031', // a second dash
      'v1-20 31', // whitespace inside
      'v1 -2031',
      'v1-2031/', // the URL's slash
      '/result/v1-2031/',
      'v1%2D2031', // URL-encoded dash
      '%20v1-2031',
      'v1_2031',
      'v12031',
      'v1-',
      'v1',
      'v',
      '-2031',
      '2031',
      'v1-20.31',
      'v1-２０３１', // full-width digits
      'v1-٢٠٣١', // Arabic-Indic digits
      'v1-2031\u0000',
      'v10000-2031', // version too long
      `v1-${'2'.repeat(17)}`, // more digits than any code holds
      `v1-2031${' '.repeat(40)}x`,
      'x'.repeat(33),
      'v1-2031'.repeat(5),
      'javascript:alert(1)',
      '<script>v1-2031</script>',
    ];
    for (const input of inputs) assert.equal(errorOf(input), 'malformed', JSON.stringify(input));
  });

  test('unknown-version carries the version', () => {
    assert.deepEqual(decodeResult('v2-2031', v1Shapes), { ok: false, error: { kind: 'unknown-version', version: 2 } });
    assert.deepEqual(decodeResult('v9999-2031', v1Shapes), { ok: false, error: { kind: 'unknown-version', version: 9999 } });
    assert.deepEqual(decodeResult('v1-2031', new Map()), { ok: false, error: { kind: 'unknown-version', version: 1 } });
  });

  test('wrong-length carries what was expected and what came', () => {
    assert.deepEqual(decodeResult('v1-203', v1Shapes), { ok: false, error: { kind: 'wrong-length', expected: 4, got: 3 } });
    assert.deepEqual(decodeResult('v1-20311', v1Shapes), { ok: false, error: { kind: 'wrong-length', expected: 4, got: 5 } });
    assert.deepEqual(decodeResult('v1-2', v1Shapes), { ok: false, error: { kind: 'wrong-length', expected: 4, got: 1 } });
    assert.deepEqual(decodeResult('v1-02031', v1Shapes), { ok: false, error: { kind: 'wrong-length', expected: 4, got: 5 } });
    assert.deepEqual(decodeResult(`v1-${'0'.repeat(16)}`, v1Shapes), { ok: false, error: { kind: 'wrong-length', expected: 4, got: 16 } });
  });

  test('level-out-of-range: a digit beyond the band count', () => {
    for (const input of ['v1-2051', 'v1-5000', 'v1-0009', 'v1-9999', 'v1-4445']) {
      assert.equal(errorOf(input), 'level-out-of-range', input);
    }
  });

  test('each version is read with its own shape', () => {
    const shapes = new Map<number, CodeShape>([
      [1, v1Shape],
      [2, { dimensions: 5, levels: 3 }],
    ]);
    assert.deepEqual(decodeResult('v2-01202', shapes), { ok: true, result: { version: 2, levels: [0, 1, 2, 0, 2] } });
    assert.equal(errorOf('v2-0120', 'v', shapes), 'wrong-length');
    assert.equal(errorOf('v2-01232', 'v', shapes), 'level-out-of-range');
    assert.deepEqual(decodeResult('v1-2031', shapes), { ok: true, result: { version: 1, levels: [2, 0, 3, 1] } });
    assert.equal(errorOf('v1-20312', 'v', shapes), 'wrong-length');
  });
});

describe("rater codes ('r') are kept apart from self codes ('v')", () => {
  test('a v-code does not decode as an r-code, nor the other way round', () => {
    for (const result of ALL) {
      assert.equal(errorOf(encodeResult(result, 'v'), 'r'), 'malformed');
      assert.equal(errorOf(encodeResult(result, 'r'), 'v'), 'malformed');
    }
  });

  test('case and look-alikes do not cross over', () => {
    for (const input of ['R1-2031', 'V1-2031', 'rv1-2031', 'vr1-2031', 'r1-2031v']) {
      assert.equal(errorOf(input, 'v'), 'malformed', input);
      assert.equal(errorOf(input, 'r'), 'malformed', input);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Fuzz: about 12,000 runs in all. A property fails if decodeResult throws or breaks checkDecode.

/** One valid code per v1 result, either kind. */
const validCode = fc.tuple(fc.constantFrom(...ALL), fc.constantFrom(...KINDS)).map(([r, kind]) => ({ code: encodeResult(r, kind), kind }));

const oddChars = [
  '0',
  '1',
  '4',
  '5',
  '9',
  'v',
  'V',
  'r',
  'R',
  'e',
  'x',
  's',
  '-',
  '+',
  '.',
  '/',
  '%',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u200b',
  '２',
  '٣',
  'é',
  '😀',
  '\u0000',
];
const anyChar = fc.oneof(
  fc.constantFrom(...oddChars),
  fc.string({ minLength: 1, maxLength: 1, unit: 'binary-ascii' }),
  fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
);

/** Near misses of real codes: each a small, plausible corruption (some land on another valid code). */
const nearMiss: fc.Arbitrary<{ code: string; kind: CodeKind }> = fc
  .tuple(
    validCode,
    fc.oneof(
      // change, insert or delete one character
      fc.tuple(fc.nat(), anyChar).map(
        ([at, c]) =>
          (s: string) =>
            s.slice(0, at % s.length) + c + s.slice((at % s.length) + 1),
      ),
      fc.tuple(fc.nat(), anyChar).map(
        ([at, c]) =>
          (s: string) =>
            s.slice(0, at % (s.length + 1)) + c + s.slice(at % (s.length + 1)),
      ),
      fc.nat().map((at) => (s: string) => s.slice(0, at % s.length) + s.slice((at % s.length) + 1)),
      // another version, including 0, negative, leading zeros and too many digits
      fc
        .oneof(fc.integer({ min: -100, max: 100_000 }), fc.constantFrom(0, 2, 9999, 10_000))
        .map((n) => (s: string) => s.replace(/^([vr])1-/, `$1${n}-`)),
      fc.constantFrom('0', '00', '-', '+', ' ').map((p) => (s: string) => `${s[0]}${p}${s.slice(1)}`),
      // whitespace inside or around
      fc.tuple(fc.nat(), fc.constantFrom(' ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\ufeff')).map(([at, w]) => (s: string) => {
        const i = 1 + (at % (s.length - 1));
        return s.slice(0, i) + w + s.slice(i);
      }),
      fc.tuple(fc.constantFrom(' ', '\n', '\t', '\u00a0'), fc.nat({ max: 5 })).map(
        ([w, n]) =>
          (s: string) =>
            w.repeat(n) + s + w.repeat(n),
      ),
      // case, URL forms
      fc.constant((s: string) => s.toUpperCase()),
      fc.constant((s: string) => s[0]?.toUpperCase() + s.slice(1)),
      fc.nat().map((at) => (s: string) => {
        const i = at % s.length;
        return `${s.slice(0, i)}%${s.charCodeAt(i).toString(16).toUpperCase().padStart(2, '0')}${s.slice(i + 1)}`;
      }),
      fc.constant((s: string) => encodeURIComponent(` ${s}`)),
      fc.constantFrom('/', '?', '#', '.html', '/index.html').map((x) => (s: string) => s + x),
      fc.constantFrom('/', '/result/', 'https://example.com/result/').map((x) => (s: string) => x + s),
      // levels: beyond the band count, negative, wrong length
      fc.tuple(fc.nat({ max: 3 }), fc.integer({ min: 5, max: 9 })).map(([d, digit]) => (s: string) => {
        const i = s.indexOf('-') + 1 + d;
        return s.slice(0, i) + String(digit) + s.slice(i + 1);
      }),
      fc.tuple(fc.nat({ max: 3 }), anyChar).map(([d, c]) => (s: string) => {
        const i = s.indexOf('-') + 1 + d;
        return s.slice(0, i) + c + s.slice(i + 1);
      }),
      fc.constant((s: string) => s.replace('-', '--')),
      fc.nat({ max: 3 }).map((n) => (s: string) => s.slice(0, s.length - 1 - n)),
      fc.stringMatching(/^[0-9]{1,14}$/).map((extra) => (s: string) => s + extra),
      fc.constant((s: string) => s.replace(/-(\d)/, '-0$1')),
      // the other kind's prefix, doubled codes
      fc.constant((s: string) => (s[0] === 'v' ? 'r' : 'v') + s.slice(1)),
      fc.constant((s: string) => s + s),
    ),
    fc.boolean(),
  )
  .map(([{ code, kind }, corrupt, sameKind]) => ({ code: corrupt(code), kind: sameKind ? kind : kind === 'v' ? 'r' : 'v' }));

describe('fuzz: decodeResult never throws, and an ok result could have been scored', () => {
  test('arbitrary strings (2,000 runs)', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...KINDS), (s, kind) => {
        checkDecode(s, kind);
      }),
      { numRuns: 2000 },
    );
  });

  test('arbitrary Unicode strings, graphemes and any code point (1,500 + 1,500 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom(...KINDS), (s, kind) => {
        checkDecode(s, kind);
      }),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...KINDS), (s, kind) => {
        checkDecode(s, kind);
      }),
      { numRuns: 1500 },
    );
  });

  test('code-like strings (1,500 runs)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\s*[vrVR]?[-+]?\d{0,6}-{0,2}\d{0,20}\s*$/), fc.constantFrom(...KINDS), (s, kind) => {
        checkDecode(s, kind);
      }),
      { numRuns: 1500 },
    );
  });

  test('anything that is not a string is "empty" (1,500 runs)', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
        }),
        fc.constantFrom(...KINDS),
        (value, kind) => {
          fc.pre(typeof value !== 'string');
          assert.deepEqual(checkDecode(value, kind), { ok: false, error: { kind: 'empty' } });
        },
      ),
      { numRuns: 1500 },
    );
  });

  test('very long strings, up to 10,000 characters (200 runs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ minLength: 33, maxLength: 10_000 }),
          fc.string({ unit: 'binary', minLength: 33, maxLength: 10_000 }),
          fc.tuple(validCode, fc.nat({ max: 10_000 })).map(([{ code }, n]) => code + '0'.repeat(n)),
          fc.tuple(validCode, fc.nat({ max: 5_000 })).map(([{ code }, n]) => code.repeat(1 + n)),
        ),
        fc.constantFrom(...KINDS),
        (s, kind) => {
          const decoded = checkDecode(s, kind);
          if (s.trim().length > 32) assert.equal(decoded.ok, false);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('a valid code padded with thousands of spaces still decodes', () => {
    const pad = ' '.repeat(5000);
    assert.deepEqual(decodeResult(`${pad}v1-2031${pad}`, v1Shapes), { ok: true, result: { version: 1, levels: [2, 0, 3, 1] } });
  });

  test('near misses of valid codes (4,000 runs)', () => {
    fc.assert(
      fc.property(nearMiss, ({ code, kind }) => {
        checkDecode(code, kind);
      }),
      { numRuns: 4000 },
    );
  });

  test('a near miss decodes ok only if, trimmed, it is itself a valid code of that kind', () => {
    const valid = new Set(KINDS.flatMap((k) => ALL.map((r) => encodeResult(r, k))));
    fc.assert(
      fc.property(nearMiss, ({ code, kind }) => {
        const decoded = decodeResult(code, v1Shapes, kind);
        const trimmed = code.trim();
        assert.equal(decoded.ok, valid.has(trimmed) && trimmed[0] === kind, `${JSON.stringify(code)} as ${kind}`);
      }),
      { numRuns: 1000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Durability.
//
// tests/unit/fixtures/v1-codes.json was generated once from v1 and is FROZEN. NEVER regenerate or
// edit it for v1. Each entry is a link someone may have shared: if this test fails, v1's meaning
// has changed (a level, the index, a band or its id), which silently changes or breaks shared
// links. Revert the change to content/quiz/v1.json or src/lib/scoring.ts, and put it in a new
// version (content/quiz/v2.json, codes `v2-…`) instead. Adding entries is fine; changing any is not.

interface FrozenCode {
  readonly code: string;
  readonly levels: readonly number[];
  readonly index: number;
  readonly indexBand: string;
  readonly bands: Readonly<Record<string, string>>;
}

const frozen = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'v1-codes.json'), 'utf8')) as {
  version: number;
  codes: FrozenCode[];
};

describe('durability: frozen v1 codes keep their meaning', () => {
  test('the fixture holds v1 codes of both kinds', () => {
    assert.equal(frozen.version, 1);
    assert.ok(frozen.codes.length >= 30, `${frozen.codes.length} codes`);
    assert.ok(frozen.codes.some((c) => c.code.startsWith('v1-')));
    assert.ok(frozen.codes.some((c) => c.code.startsWith('r1-')));
  });

  for (const entry of frozen.codes) {
    test(`${entry.code} → levels ${entry.levels.join(',')}, index ${entry.index} "${entry.indexBand}"`, () => {
      const kind = entry.code[0] as CodeKind;
      const decoded = decodeResult(entry.code, v1Shapes, kind);
      assert.ok(decoded.ok, `${entry.code} no longer decodes: ${JSON.stringify(decoded)}`);
      const expected: Result = { version: 1, levels: entry.levels };
      assert.deepEqual(decoded.result, expected);
      assert.equal(encodeResult(decoded.result, kind), entry.code);

      const view = describeResult(v1, decoded.result);
      assert.equal(view.index, entry.index);
      assert.equal(view.indexBand?.id, entry.indexBand);
      assert.deepEqual(Object.fromEntries(view.dimensions.map((d) => [d.dimension.id, d.band?.id])), entry.bands);
    });
  }
});

test('an example code fits its shape: a level for every dimension, each in range, and it decodes', () => {
  for (const shape of [v1Shape, { dimensions: 4, levels: 3, missing: true }, { dimensions: 6, levels: 2 }]) {
    const example = exampleResult(7, shape);
    assert.equal(example.levels.length, shape.dimensions);
    assert.ok(example.levels.every((l) => l !== null && l >= 0 && l < shape.levels));
    assert.deepEqual(decodeResult(encodeResult(example), new Map([[7, shape]])), { ok: true, result: example });
  }
});
