/**
 * Request links (src/lib/request.ts): a request the manager makes reads back as made; whatever a
 * fragment holds (markup, control and bidi characters, huge strings, bad percent escapes, duplicated
 * keys, unknown modes) never throws and gives only one short printable line of text per field, or
 * 'damaged', or no request at all.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isTagStem } from '../../src/lib/result-code.ts';
import {
  cleanText,
  encodeRequest,
  MAX_FRAGMENT,
  MAX_REQUEST_TEXT,
  readRequest,
  requestStem,
  type ReadRequest,
  type TeamRequest,
} from '../../src/lib/request.ts';

const RUNS = { numRuns: 10_000 };

// eslint-disable-next-line no-control-regex -- the characters a shown text must never hold
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Shown text: one line, printable, trimmed, whitespace collapsed, at most MAX_REQUEST_TEXT characters. */
function assertShowable(text: string | undefined): void {
  if (text === undefined) return;
  assert.ok(text.length > 0);
  assert.doesNotMatch(text, UNPRINTABLE);
  assert.doesNotMatch(text, /\s\s|^\s|\s$/u);
  assert.ok(Array.from(text).length <= MAX_REQUEST_TEXT, `${Array.from(text).length} characters`);
}

function assertWellFormed(read: ReadRequest): void {
  assert.ok(['none', 'request', 'damaged'].includes(read.kind));
  if (read.kind !== 'request') return;
  const { mode, to, team } = read.request;
  assert.ok(mode === 'collector' || mode === 'direct');
  if (mode === 'collector') assert.notEqual(to, undefined);
  else assert.equal(to, undefined);
  assertShowable(to);
  assertShowable(team);
}

/** Hostile text: markup, control and bidi characters, escapes good and bad, separators, any unicode, very long runs. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ maxLength: 40, unit: 'binary' }),
  fc.string({ maxLength: 40, unit: 'grapheme' }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><b>',
    '\u202eevil\u202c',
    '\u2066x\u2069',
    '\u200f\u200e',
    '\u0000\u0007\u001b[31m',
    '\r\n\t',
    '%',
    '%zz',
    '%E0%A4%A',
    '%C0%AF',
    '%0A%0D',
    '%E2%80%AE',
    '&',
    '=',
    '#',
    '+',
    '&ask=direct',
    'ask=collector&to=',
    '😀👩‍👩‍👧',
    ' \u00a0 \u2003 ',
  ),
  fc.integer({ min: 81, max: 5_000 }).map((n) => 'Sam '.repeat(n)),
  fc.integer({ min: 1, max: 3_000 }).map((n) => '😀'.repeat(n)),
);

const key = fc.oneof(fc.constantFrom('ask', 'to', 'team', 'r', 'self', 'ASK', ' ask', ''), fc.string({ maxLength: 6 }));
const modeValue = fc.oneof(
  fc.constantFrom('collector', 'direct', 'Collector', 'manager', '', 'collector ', 'direct%00'),
  fc.string({ maxLength: 10 }),
);
const value = fc.oneof(
  modeValue,
  hostileText,
  hostileText.map((t) => encodeURIComponent(t.slice(0, 2000)).slice(0, 3000)),
);
/** A fragment of key=value pairs (keys often repeated), with or without '#', sometimes missing '='. */
const fragment = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.oneof({ weight: 5, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}=${v}`) }, { weight: 1, arbitrary: hostileText }), {
      maxLength: 8,
    }),
  )
  .map(([hash, ps]) => (hash ? '#' : '') + ps.join('&'));

describe('readRequest on hostile fragments', () => {
  test('never throws; only short printable text comes out (10,000 fragments)', () => {
    fc.assert(
      fc.property(fragment, (f) => {
        assertWellFormed(readRequest(f));
      }),
      RUNS,
    );
  });

  test('any value of any type gives no request or a well-formed answer', () => {
    for (const v of [undefined, null, 0, {}, [], ['#ask=direct'], new String('#ask=direct'), Symbol('x')]) {
      assert.deepEqual(readRequest(v), { kind: 'none' });
    }
  });

  test('the cases by name', () => {
    assert.deepEqual(readRequest(''), { kind: 'none' });
    assert.deepEqual(readRequest('#r=r2-1021-k7q3mz'), { kind: 'none' });
    assert.deepEqual(readRequest('#ask=manager'), { kind: 'damaged' });
    assert.deepEqual(readRequest('#ask=collector'), { kind: 'damaged' });
    assert.deepEqual(readRequest('#ask=collector&to=%20%0A%E2%80%AE'), { kind: 'damaged' });
    assert.deepEqual(readRequest('#ask=collector&to=%E0%A4%A'), { kind: 'damaged' });
    assert.deepEqual(readRequest('#ask=direct&team=%zz'), { kind: 'damaged' });
    assert.deepEqual(readRequest(`#ask=direct&team=${'a'.repeat(MAX_FRAGMENT)}`), { kind: 'damaged' });
    // The longest request the site writes (every character four UTF-8 bytes) still reads.
    const widest = encodeRequest({ mode: 'collector', to: '😀'.repeat(200), team: '😀'.repeat(200) }) ?? '';
    assert.equal(readRequest(widest).kind, 'request');
    // Duplicated keys: the first counts, so a later one cannot change a request.
    assert.deepEqual(readRequest('#ask=direct&ask=collector&to=Sam'), {
      kind: 'request',
      request: { mode: 'direct', to: undefined, team: undefined },
    });
    assert.deepEqual(readRequest('#ask=collector&to=Sam&to=Eve'), {
      kind: 'request',
      request: { mode: 'collector', to: 'Sam', team: undefined },
    });
    // Markup is text; control and bidi characters become spaces; '+' is a space.
    assert.deepEqual(readRequest('#ask=collector&to=%3Cb%3ESam%3C%2Fb%3E&team=EMEA%E2%80%AE+mid%0Amarket'), {
      kind: 'request',
      request: { mode: 'collector', to: '<b>Sam</b>', team: 'EMEA mid market' },
    });
    const long = readRequest(`#ask=collector&to=${'x'.repeat(200)}`);
    assert.equal(long.kind === 'request' && long.request.to, `${'x'.repeat(MAX_REQUEST_TEXT - 1)}…`);
  });
});

const mode = fc.constantFrom<TeamRequest['mode']>('collector', 'direct');
const optionalText = fc.option(hostileText, { nil: undefined });

describe('encodeRequest and readRequest', () => {
  test('a request reads back as made, its texts as the page shows them (10,000 requests)', () => {
    fc.assert(
      fc.property(mode, optionalText, optionalText, (m, to, team) => {
        const made = encodeRequest({ mode: m, to, team });
        if (m === 'collector' && cleanText(to) === undefined) {
          assert.equal(made, undefined);
          return;
        }
        assert.ok(made !== undefined);
        assert.ok(made.length <= MAX_FRAGMENT, `${made.length} characters`);
        const read = readRequest(`#${made}`);
        assert.deepEqual(read, {
          kind: 'request',
          request: { mode: m, to: m === 'collector' ? cleanText(to) : undefined, team: cleanText(team) },
        });
        assertWellFormed(read);
        // Read back and made again, the link is the same: nothing drifts.
        if (read.kind === 'request') assert.equal(encodeRequest(read.request), made);
        // Without the '#', and inside a whole link, it reads the same.
        assert.deepEqual(readRequest(made), read);
      }),
      RUNS,
    );
  });

  test('cleanText never throws and gives only showable text (10,000 texts)', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.anything()), (t) => {
        assertShowable(cleanText(t));
      }),
      RUNS,
    );
  });

  test('direct mode carries no collector name', () => {
    assert.equal(encodeRequest({ mode: 'direct', to: 'Sam', team: undefined }), 'ask=direct');
    assert.equal(
      encodeRequest({ mode: 'collector', to: 'Sam Lee, our enablement lead', team: 'EMEA' }),
      'ask=collector&to=Sam%20Lee%2C%20our%20enablement%20lead&team=EMEA',
    );
  });
});

describe('requestStem', () => {
  test('the device stem without a request; under a request a stem of its own, the same each time, another for another request', () => {
    const device = 'k7q3m';
    const a: ReadRequest = { kind: 'request', request: { mode: 'collector', to: 'Sam Lee', team: undefined } };
    const b: ReadRequest = { kind: 'request', request: { mode: 'collector', to: 'Sam Lee', team: 'EMEA' } };
    assert.equal(requestStem(device, { kind: 'none' }), device);
    assert.equal(requestStem(device, { kind: 'damaged' }), device);
    assert.ok(isTagStem(requestStem(device, a)));
    assert.equal(requestStem(device, a), requestStem(device, a));
    assert.notEqual(requestStem(device, a), requestStem(device, b));
    assert.notEqual(requestStem(device, a), requestStem('k7q3n', a));
  });
});
