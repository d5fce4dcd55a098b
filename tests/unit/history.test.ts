/**
 * Progress over time: what localStorage holds and what a user imports is read without ever throwing,
 * and only valid entries come through; export and import round-trip exactly; merging is a set union
 * (idempotent, commutative, associative), sorted newest first and capped; each bad file gets its own
 * typed reason; and a frozen format-1 file keeps importing in every later version.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { encodeResult } from '../../src/lib/result-code.ts';
import { describeEntries } from '../../src/lib/history-log.ts';
import { describeResult } from '../../src/lib/scoring.ts';
import {
  HISTORY_FORMAT,
  MAX_ENTRIES,
  MAX_FILE_CHARS,
  exportHistory,
  isHistoryEntry,
  mergeHistory,
  parseHistoryFile,
  parseStoredHistory,
  type HistoryEntry,
  type EntryProblem,
  type ImportError,
  type ImportResult,
} from '../../src/lib/history.ts';
import { loadInstrument, resultArb, v1, v1Shapes } from './fixtures.ts';

const NOW = new Date('2026-11-29T17:20:00.000Z');

// ------------------------------------------------------------------------------------------------
// Arbitraries

/** Any instant a Date can hold, six-digit and negative years included, so sorting cannot lean on string order. */
const anyDate = fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
const plausibleDate = fc
  .date({ min: new Date('2020-01-01T00:00:00.000Z'), max: new Date('2040-01-01T00:00:00.000Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
/** A few dates and codes that collide often, so that duplicates and ties are common. */
const fewDates = fc.constantFrom(
  '2026-01-01T00:00:00.000Z',
  '2026-04-01T09:30:00.000Z',
  '2026-04-01T09:30:00.001Z',
  '-000001-06-01T00:00:00.000Z',
  '+020000-01-01T00:00:00.000Z',
);
const fewCodes = fc.constantFrom('v1-2031', 'v1-0000', 'v1-4444', 'v1-2030');
const anyCode = resultArb(v1).map((r) => encodeResult(r, 'v'));

const entry = fc
  .tuple(fc.oneof(anyDate, plausibleDate, fewDates), fc.oneof(anyCode, fewCodes))
  .map(([date, code]): HistoryEntry => ({ date, code, version: v1.version }));
const entries = (maxLength: number): fc.Arbitrary<HistoryEntry[]> => fc.array(entry, { maxLength });

/** Things that look like entries and mostly are not. */
const entryish = fc.oneof(
  entry,
  fc.record(
    {
      date: fc.oneof(
        plausibleDate,
        fc.constantFrom('2026-11-29', '2026-11-29T17:20:00Z', '2026-02-30T00:00:00.000Z', '', 'now'),
        fc.string(),
        fc.integer(),
        fc.constant(null),
      ),
      code: fc.oneof(
        anyCode,
        fc.constantFrom('r1-2031', 'v2-2031', 'v1-20311', 'v1-5000', ' v1-2031', 'V1-2031', ''),
        fc.string(),
        fc.integer(),
      ),
      version: fc.oneof(fc.constant(1), fc.constant(2), fc.constant('1'), fc.integer(), fc.constant(undefined)),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

const fileish = fc.record(
  {
    app: fc.oneof(fc.constant('mini-me-check'), fc.string(), fc.anything()),
    kind: fc.oneof(fc.constant('history'), fc.constant('result'), fc.anything()),
    format: fc.oneof(fc.constant(1), fc.constant(2), fc.integer(), fc.double(), fc.anything()),
    exported: fc.oneof(plausibleDate, fc.anything()),
    entries: fc.oneof(fc.array(entryish, { maxLength: 8 }), fc.array(entry, { maxLength: 8 }), fc.anything()),
  },
  { requiredKeys: [] },
);

// ------------------------------------------------------------------------------------------------
// Helpers

/** The order mergeHistory promises, written out again here: newest first, then code. */
function before(x: HistoryEntry, y: HistoryEntry): boolean {
  const dx = new Date(x.date).getTime();
  const dy = new Date(y.date).getTime();
  return dx > dy || (dx === dy && x.code < y.code);
}

function checkEntries(list: readonly HistoryEntry[]): void {
  for (const e of list) {
    assert.ok(isHistoryEntry(e, v1Shapes), JSON.stringify(e));
    assert.deepEqual(Object.keys(e), ['date', 'code', 'version']);
  }
}

function checkImport(result: ImportResult): void {
  if (result.ok) {
    checkEntries(result.entries);
    assert.ok(result.entries.length <= MAX_ENTRIES);
  } else {
    assert.equal(typeof result.error.kind, 'string');
    assert.equal(Object.keys(result).length, 2, 'a failed import carries no entries');
  }
}

const errorOf = (text: unknown): ImportError => {
  const result = parseHistoryFile(text, v1Shapes);
  assert.ok(!result.ok, `expected an error, got ${JSON.stringify(result)}`);
  return result.error;
};

const file = (fields: Record<string, unknown>): string =>
  JSON.stringify({ app: 'mini-me-check', kind: 'history', format: 1, exported: NOW.toISOString(), entries: [], ...fields });
const good = (date: string, code: string): HistoryEntry => ({ date, code, version: 1 });

// ------------------------------------------------------------------------------------------------

describe('isHistoryEntry', () => {
  test('a valid entry', () => {
    assert.ok(isHistoryEntry(good('2026-11-29T17:20:00.000Z', 'v1-2031'), v1Shapes));
    assert.ok(isHistoryEntry({ ...good('2026-11-29T17:20:00.000Z', 'v1-2031'), note: 'extra fields are ignored' }, v1Shapes));
    assert.ok(isHistoryEntry(good('+020000-01-01T00:00:00.000Z', 'v1-4444'), v1Shapes));
  });

  test('dates: only the exact ISO 8601 UTC form toISOString writes', () => {
    for (const date of [
      '2026-11-29',
      '2026-11-29T17:20:00Z',
      '2026-11-29T17:20:00.000+00:00',
      '2026-11-29T18:20:00.000+01:00',
      '2026-02-30T00:00:00.000Z',
      '2026-13-01T00:00:00.000Z',
      ' 2026-11-29T17:20:00.000Z',
      'Sun, 29 Nov 2026 17:20:00 GMT',
      '',
      'x'.repeat(10_000),
      1764436800000,
      NOW,
      null,
      undefined,
    ]) {
      assert.equal(isHistoryEntry({ date, code: 'v1-2031', version: 1 }, v1Shapes), false, String(date));
    }
  });

  test('codes: a v-code a known version can decode, written exactly as the encoder writes it', () => {
    for (const code of ['r1-2031', 'V1-2031', ' v1-2031', 'v1-2031\n', 'v2-2031', 'v1-203', 'v1-20311', 'v1-5000', '', 2031, null]) {
      assert.equal(isHistoryEntry({ date: '2026-11-29T17:20:00.000Z', code, version: 1 }, v1Shapes), false, String(code));
    }
  });

  test("version: the code's own", () => {
    for (const version of [2, 0, '1', 1.5, null, undefined]) {
      assert.equal(isHistoryEntry({ date: '2026-11-29T17:20:00.000Z', code: 'v1-2031', version }, v1Shapes), false, String(version));
    }
  });

  test('not an entry at all, including objects that throw when read', () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    const getter = Object.defineProperty({}, 'date', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    for (const value of [null, undefined, 'v1-2031', 1, [], ['2026-11-29T17:20:00.000Z', 'v1-2031', 1], throwing, getter]) {
      assert.equal(isHistoryEntry(value, v1Shapes), false);
    }
  });
});

/** Anything at all, strings of any units, and JSON of random values: what storage or a file may hold. */
const anyText = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
);

describe('parseStoredHistory', () => {
  test('never throws, on anything', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const result = parseStoredHistory(value, v1Shapes);
        if (result !== undefined) checkEntries(result);
      }),
      { numRuns: 1000 },
    );
  });

  test('an array: invalid entries are dropped, the rest kept, normalized', () => {
    fc.assert(
      fc.property(fc.array(entryish, { maxLength: 30 }), (list) => {
        const result = parseStoredHistory(JSON.stringify(list), v1Shapes);
        assert.ok(result);
        checkEntries(result);
        const valid = (JSON.parse(JSON.stringify(list)) as unknown[]).filter((e): e is HistoryEntry => isHistoryEntry(e, v1Shapes));
        assert.deepEqual(result, mergeHistory(valid, []));
      }),
      { numRuns: 500 },
    );
  });

  test('what mergeHistory leaves reads back unchanged', () => {
    fc.assert(
      fc.property(entries(60), (list) => {
        const stored = mergeHistory(list, []);
        assert.deepEqual(parseStoredHistory(JSON.stringify(stored), v1Shapes), stored);
      }),
    );
  });

  test('undefined when the top level is not a JSON array: the caller keeps the text aside', () => {
    for (const value of [
      '',
      'not json',
      '[',
      '{}',
      'null',
      '"[]"',
      '42',
      JSON.stringify({ entries: [] }),
      42,
      null,
      undefined,
      ['[]'],
      `[${' '.repeat(MAX_FILE_CHARS)}]`,
    ]) {
      assert.equal(parseStoredHistory(value, v1Shapes), undefined, String(value).slice(0, 40));
    }
    assert.deepEqual(parseStoredHistory('[]', v1Shapes), []);
    assert.deepEqual(parseStoredHistory('[1, "x", null, {}]', v1Shapes), []);
  });

  test('a damaged entry costs only itself', () => {
    const text = JSON.stringify([
      good('2026-08-30T09:00:00.000Z', 'v1-2031'),
      { date: 'yesterday', code: 'v1-2031', version: 1 },
      good('2026-11-29T17:05:12.345Z', 'v1-1021'),
    ]);
    assert.deepEqual(parseStoredHistory(text, v1Shapes), [
      good('2026-11-29T17:05:12.345Z', 'v1-1021'),
      good('2026-08-30T09:00:00.000Z', 'v1-2031'),
    ]);
  });
});

describe('parseHistoryFile never throws', () => {
  test('on anything: values, strings, JSON of random values and of file-like objects', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          fileish.map((f) => JSON.stringify(f) ?? ''),
          fc.anything().map((v) => {
            try {
              return JSON.stringify(v) ?? '';
            } catch {
              return '';
            }
          }),
        ),
        (value) => checkImport(parseHistoryFile(value, v1Shapes)),
      ),
      { numRuns: 1500 },
    );
  });

  test('on huge text', () => {
    for (const text of [
      'x'.repeat(MAX_FILE_CHARS + 1),
      `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
      `{"a":${'['.repeat(500_000)}`,
      file({ entries: Array.from({ length: 20_000 }, () => good('2026-11-29T17:20:00.000Z', 'v1-2031')) }),
    ]) {
      checkImport(parseHistoryFile(text, v1Shapes));
      const stored = parseStoredHistory(text, v1Shapes);
      if (stored) checkEntries(stored);
    }
  });
});

describe('export → import', () => {
  test('round-trips exactly (to the normalized entries)', () => {
    fc.assert(
      fc.property(
        entries(600),
        fc.date({ min: new Date(0), max: new Date('2100-01-01T00:00:00.000Z'), noInvalidDate: true }),
        (list, now) => {
          const text = exportHistory(list, now);
          assert.deepEqual(parseHistoryFile(text, v1Shapes), { ok: true, entries: mergeHistory(list, []) });
          const parsed = JSON.parse(text) as Record<string, unknown>;
          assert.deepEqual(Object.keys(parsed), ['app', 'kind', 'format', 'exported', 'entries']);
          assert.equal(parsed['exported'], now.toISOString());
        },
      ),
      { numRuns: 100, endOnFailure: true },
    );
  });

  test('pretty JSON, two spaces, newest first', () => {
    const text = exportHistory([good('2026-05-28T16:45:30.000Z', 'v1-3342'), good('2026-11-29T17:05:12.345Z', 'v1-1021')], NOW);
    assert.equal(
      text,
      `{
  "app": "mini-me-check",
  "kind": "history",
  "format": 1,
  "exported": "2026-11-29T17:20:00.000Z",
  "entries": [
    {
      "date": "2026-11-29T17:05:12.345Z",
      "code": "v1-1021",
      "version": 1
    },
    {
      "date": "2026-05-28T16:45:30.000Z",
      "code": "v1-3342",
      "version": 1
    }
  ]
}
`,
    );
  });

  test('an empty history exports and imports', () => {
    assert.deepEqual(parseHistoryFile(exportHistory([], NOW), v1Shapes), { ok: true, entries: [] });
  });
});

describe('mergeHistory', () => {
  const opts = { numRuns: 300 };

  test('idempotent: m(a, a) is a normalized; normalising twice changes nothing; merging again adds nothing', () => {
    fc.assert(
      fc.property(entries(40), entries(40), (a, b) => {
        const n = mergeHistory(a, []);
        assert.deepEqual(mergeHistory(a, a), n);
        assert.deepEqual(mergeHistory(n, []), n);
        assert.deepEqual(mergeHistory([], a), n);
        assert.deepEqual(mergeHistory(mergeHistory(a, b), b), mergeHistory(a, b));
      }),
      opts,
    );
  });

  test('commutative', () => {
    fc.assert(
      fc.property(entries(40), entries(40), (a, b) => {
        assert.deepEqual(mergeHistory(a, b), mergeHistory(b, a));
      }),
      opts,
    );
  });

  test('associative', () => {
    fc.assert(
      fc.property(entries(30), entries(30), entries(30), (a, b, c) => {
        assert.deepEqual(mergeHistory(mergeHistory(a, b), c), mergeHistory(a, mergeHistory(b, c)));
      }),
      opts,
    );
  });

  test('a union with no duplicates, sorted newest first (ties by code), fresh objects', () => {
    fc.assert(
      fc.property(entries(40), entries(40), (a, b) => {
        const m = mergeHistory(a, b);
        const key = (e: HistoryEntry): string => `${e.date}|${e.code}`;
        assert.deepEqual(new Set(m.map(key)), new Set([...a, ...b].map(key)));
        assert.equal(new Set(m.map(key)).size, m.length);
        for (let i = 1; i < m.length; i++)
          assert.ok(
            before(m[i - 1] as HistoryEntry, m[i] as HistoryEntry),
            `${key(m[i - 1] as HistoryEntry)} before ${key(m[i] as HistoryEntry)}`,
          );
        for (const e of m) assert.ok(!a.includes(e) && !b.includes(e));
      }),
      opts,
    );
  });

  test(`capped at the ${MAX_ENTRIES} newest`, () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 300, maxLength: 700 }), fc.array(entry, { minLength: 200, maxLength: 500 }), (a, b) => {
        const m = mergeHistory(a, b);
        const distinct = new Set([...a, ...b].map((e) => `${e.date}|${e.code}`)).size;
        assert.equal(m.length, Math.min(MAX_ENTRIES, distinct));
        const last = m.at(-1);
        assert.ok(last);
        const kept = new Set(m.map((e) => `${e.date}|${e.code}`));
        for (const e of [...a, ...b])
          if (!kept.has(`${e.date}|${e.code}`)) assert.ok(before(last, e), 'a dropped entry is older than every kept one');
      }),
      // Shrinking arrays this large takes minutes: report the failing case as found.
      { numRuns: 40, endOnFailure: true },
    );
  });

  test('ties: same instant, different codes → both kept, by code', () => {
    const at = '2026-04-01T09:30:00.000Z';
    assert.deepEqual(mergeHistory([good(at, 'v1-4444')], [good(at, 'v1-0000'), good(at, 'v1-4444')]), [
      good(at, 'v1-0000'),
      good(at, 'v1-4444'),
    ]);
  });
});

describe('import errors: each has its own reason, and a bad file imports nothing', () => {
  test('not text', () => {
    for (const value of [undefined, null, 1, {}, new Uint8Array(3)]) assert.deepEqual(errorOf(value), { kind: 'not-text' });
  });

  test('too large', () => {
    assert.deepEqual(errorOf(file({}) + ' '.repeat(MAX_FILE_CHARS)), { kind: 'too-large', maxChars: MAX_FILE_CHARS });
    const justFits = file({ entries: [good('2026-11-29T17:20:00.000Z', 'v1-2031')] });
    assert.ok(parseHistoryFile(justFits + ' '.repeat(MAX_FILE_CHARS - justFits.length), v1Shapes).ok, 'exactly the limit is read');
  });

  test('not JSON', () => {
    for (const text of ['', 'hello', '{', "{'app': 'mini-me-check'}", 'app,kind\nmini-me-check,history']) {
      assert.deepEqual(errorOf(text), { kind: 'not-json' }, text);
    }
  });

  test('not a Mini-Me Check history file', () => {
    for (const text of [
      'null',
      '[]',
      '42',
      '"mini-me-check"',
      JSON.stringify([good('2026-11-29T17:20:00.000Z', 'v1-2031')]),
      file({ app: 'other-app' }),
      file({ app: undefined }),
      file({ app: 'Mini-Me-Check' }),
    ]) {
      assert.deepEqual(errorOf(text), { kind: 'not-history' }, text);
    }
  });

  test('a Mini-Me Check file of another kind', () => {
    assert.deepEqual(errorOf(file({ kind: 'result' })), { kind: 'other-kind', found: '"result"' });
    assert.deepEqual(errorOf(file({ kind: undefined })), { kind: 'other-kind', found: 'undefined' });
  });

  test('a newer format', () => {
    assert.deepEqual(errorOf(file({ format: 2 })), { kind: 'newer-format', format: 2, reads: HISTORY_FORMAT });
    assert.deepEqual(errorOf(file({ format: 99, entries: 'whatever a newer format holds' })), {
      kind: 'newer-format',
      format: 99,
      reads: HISTORY_FORMAT,
    });
  });

  test('no readable format', () => {
    for (const format of [0, -1, 1.5, '1', null, undefined, [1]]) {
      assert.equal(errorOf(file({ format })).kind, 'no-format', String(format));
    }
  });

  test('entries not an array', () => {
    for (const entries of [undefined, null, {}, 'v1-2031', { 0: good('2026-11-29T17:20:00.000Z', 'v1-2031'), length: 1 }]) {
      assert.deepEqual(errorOf(file({ entries })), { kind: 'no-entries' }, String(entries));
    }
  });

  test('too many entries', () => {
    const many = Array.from({ length: MAX_ENTRIES + 1 }, (_, i) =>
      good(new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), 'v1-2031'),
    );
    assert.deepEqual(errorOf(file({ entries: many })), { kind: 'too-many', count: MAX_ENTRIES + 1, max: MAX_ENTRIES });
    const result = parseHistoryFile(file({ entries: many.slice(1) }), v1Shapes);
    assert.ok(result.ok && result.entries.length === MAX_ENTRIES, 'exactly the limit imports');
  });

  test('an invalid entry: its position and why, and nothing is imported', () => {
    const ok1 = good('2026-11-29T17:05:12.345Z', 'v1-1021');
    const ok2 = good('2026-08-30T09:00:00.000Z', 'v1-2031');
    const cases: [unknown, EntryProblem][] = [
      ['v1-2031', { kind: 'not-an-entry' }],
      [
        { date: '2026-11-29', code: 'v1-2031', version: 1 },
        { kind: 'bad-date', date: '"2026-11-29"' },
      ],
      [
        { code: 'v1-2031', version: 1 },
        { kind: 'bad-date', date: 'undefined' },
      ],
      [
        { date: '2026-11-29T17:20:00.000Z', code: 'v7-2031', version: 7 },
        { kind: 'unknown-version', code: '"v7-2031"', version: 7 },
      ],
      [
        { date: '2026-11-29T17:20:00.000Z', code: 'r1-2031', version: 1 },
        { kind: 'unreadable-code', code: '"r1-2031"' },
      ],
      [
        { date: '2026-11-29T17:20:00.000Z', code: 'v1-2091', version: 1 },
        { kind: 'unreadable-code', code: '"v1-2091"' },
      ],
      [
        { date: '2026-11-29T17:20:00.000Z', code: ' v1-2031', version: 1 },
        { kind: 'not-canonical', code: '" v1-2031"' },
      ],
      [
        { date: '2026-11-29T17:20:00.000Z', code: 'v1-2031', version: '1' },
        { kind: 'version-mismatch', version: '"1"', code: '"v1-2031"' },
      ],
      [
        { date: '2026-11-29T17:20:00.000Z', code: 'v1-2031' },
        { kind: 'version-mismatch', version: 'undefined', code: '"v1-2031"' },
      ],
    ];
    for (const [bad, problem] of cases) {
      assert.deepEqual(errorOf(file({ entries: [ok1, ok2, bad, ok1] })), { kind: 'bad-entry', position: 3, count: 4, problem });
    }
    const long = errorOf(file({ entries: [{ date: 'x'.repeat(5000), code: 'v1-2031', version: 1 }] }));
    assert.ok(long.kind === 'bad-entry' && long.problem.kind === 'bad-date', 'a long value is reported');
    assert.match(long.problem.date, /^"x{30,}…"$/, 'and quoted short');
    // Characters of two code units each: still cut to the same number of characters.
    const emoji = errorOf(file({ entries: [{ date: '😀'.repeat(100), code: 'v1-2031', version: 1 }] }));
    assert.ok(emoji.kind === 'bad-entry' && emoji.problem.kind === 'bad-date');
    assert.equal(emoji.problem.date, `"${'😀'.repeat(39)}…"`);
  });

  test('what a file does not need is not checked: exported, other fields', () => {
    const entries = [good('2026-11-29T17:20:00.000Z', 'v1-2031')];
    for (const extra of [{ exported: undefined }, { exported: 'whenever' }, { comment: 'hello', more: [1, 2] }]) {
      assert.deepEqual(parseHistoryFile(file({ entries, ...extra }), v1Shapes), { ok: true, entries });
    }
  });

  test('entries come back normalized: duplicates merged, newest first', () => {
    const a = good('2026-01-01T00:00:00.000Z', 'v1-0000');
    const b = good('2026-06-01T00:00:00.000Z', 'v1-4444');
    assert.deepEqual(parseHistoryFile(file({ entries: [a, b, a, { ...b, extra: 1 }] }), v1Shapes), { ok: true, entries: [b, a] });
  });
});

describe('durability: the frozen format-1 file', () => {
  const path = join(import.meta.dirname, 'fixtures', 'history-v1.json');
  const text = readFileSync(path, 'utf8');

  test('is marked frozen', () => {
    const raw = JSON.parse(text) as Record<string, unknown>;
    assert.match(String(raw['_comment']), /^FROZEN\..*must keep importing/);
    assert.equal(raw['format'], 1);
  });

  test('imports to exactly these entries, in every later version of the site', () => {
    assert.deepEqual(parseHistoryFile(text, v1Shapes), {
      ok: true,
      entries: [
        { date: '2026-11-29T17:05:12.345Z', code: 'v1-1021', version: 1 },
        { date: '2026-08-30T09:00:00.000Z', code: 'v1-2031', version: 1 },
        { date: '2026-05-28T16:45:30.000Z', code: 'v1-3342', version: 1 },
        { date: '2026-02-27T08:15:00.000Z', code: 'v1-4343', version: 1 },
      ],
    });
  });

  test('merged into an existing history like any import', () => {
    const result = parseHistoryFile(text, v1Shapes);
    assert.ok(result.ok);
    const mine = [good('2026-12-01T10:00:00.000Z', 'v1-1011'), good('2026-08-30T09:00:00.000Z', 'v1-2031')];
    assert.deepEqual(
      mergeHistory(mine, result.entries).map((e) => e.code),
      ['v1-1011', 'v1-1021', 'v1-2031', 'v1-3342', 'v1-4343'],
    );
  });
});

describe('describeEntries', () => {
  test('describes entries of the current version with the same view as the result pages, and others not at all', () => {
    const rows = describeEntries(v1, new Map([...v1Shapes, [2, { dimensions: 4, levels: 5 }]]), [
      { date: '2026-11-29T10:00:00.000Z', code: 'v1-2031', version: 1 },
      { date: '2026-11-28T10:00:00.000Z', code: 'v2-1111', version: 2 },
    ]);
    assert.deepEqual(rows[0]?.view, describeResult(v1, { version: 1, levels: [2, 0, 3, 1] }));
    assert.equal(rows[1]?.view, undefined);
    assert.deepEqual(
      rows.map((r) => r.current),
      [true, false],
    );
    assert.equal(rows.length, 2);
  });

  test('with earlier instruments given, each entry is described on its own version', () => {
    const v2 = loadInstrument(2);
    const shapes = new Map([...v1Shapes, [2, { dimensions: 4, levels: 3, missing: true }]]);
    const rows = describeEntries(
      v2,
      shapes,
      [
        { date: '2026-11-29T10:00:00.000Z', code: 'v2-1x02', version: 2 },
        { date: '2026-11-28T10:00:00.000Z', code: 'v1-2031', version: 1 },
      ],
      [v1],
    );
    assert.deepEqual(rows[0]?.view, describeResult(v2, { version: 2, levels: [1, null, 0, 2] }));
    assert.deepEqual(rows[1]?.view, describeResult(v1, { version: 1, levels: [2, 0, 3, 1] }));
    assert.deepEqual(
      rows.map((r) => r.current),
      [true, false],
    );
  });
});
