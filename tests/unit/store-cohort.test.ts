/**
 * The cohort view's stores over @nanostores/persistent's test engine: the box kept on the device and
 * read into counts (or why there are none), the status line, clearing, and a cohort link's fragment
 * read into counts or a refusal.
 */
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import {
  $cohort,
  $cohortExamples,
  $cohortHash,
  $cohortLink,
  $cohortSummary,
  $cohortText,
  clearCohort,
  cohortCodeIn,
  readHash,
  setCohortText,
} from '../../src/stores/cohort.ts';
import { $instrument, $shapes, setupStores } from '../../src/stores/setup.ts';
import { codeShape } from '../../src/lib/instrument.ts';
import { decodeCohort } from '../../src/lib/cohort.ts';
import { encodeResult } from '../../src/lib/result-code.ts';
import { loadInstrument, v1 } from './fixtures.ts';

useTestStorageEngine();

const v2 = loadInstrument(2);
const v = (...levels: (number | null)[]) => encodeResult({ version: 2, levels });
const FIVE = [v(0, 1, 2, 1), v(1, 1, 0, 2), v(2, 2, 1, 0), v(0, 0, 1, 1), v(1, null, 1, 1)];

beforeEach(() => setupStores({ inst: v2, shapes: { 1: codeShape(v1), 2: codeShape(v2) } }));
afterEach(() => {
  cleanStores($cohortText, $cohortHash, $cohort, $cohortLink, $cohortSummary, $cohortExamples, $shapes, $instrument);
  cleanTestStorage();
  $cohortHash.set('');
});

describe('the box', () => {
  test('is kept on the device and read into counts, with a link fragment that holds them', () => {
    setCohortText([...FIVE, 'v2-none', 'v1-2031', 'hello'].join('\n'));
    assert.equal(getTestStorage()['minime:cohort:v1'], $cohortText.get());
    assert.deepEqual($cohortSummary.get(), { read: 5, none: 1, linesLeftOut: 2 });
    const { made, fragment } = $cohort.get();
    assert.ok(made?.ok);
    assert.equal(made.counts.results, 5);
    assert.equal(made.counts.none, 1);
    assert.ok(fragment?.startsWith('c=c2-5-1-'));
    const decoded = decodeCohort(fragment?.slice(2), $shapes.get());
    assert.ok(decoded.ok);
    assert.deepEqual(decoded.counts, made.counts);
  });

  test('under five results: no counts and no link, the reason with the count', () => {
    setCohortText(FIVE.slice(0, 4).join('\n'));
    assert.deepEqual($cohort.get().made, { ok: false, reason: { kind: 'too-few', count: 4, min: 5 } });
    assert.equal($cohort.get().fragment, undefined);
  });

  test('an empty box reads nothing; clearing empties it', () => {
    assert.equal($cohort.get().made, undefined);
    setCohortText(FIVE.join('\n'));
    clearCohort();
    assert.equal($cohortText.get(), '');
    assert.deepEqual($cohortSummary.get(), { read: 0, none: 0, linesLeftOut: 0 });
  });

  test('the examples the page shows are of the current version', () => {
    assert.deepEqual($cohortExamples.get(), { example: encodeResult({ version: 2, levels: [1, 0, 2, 1] }), none: 'v2-none' });
  });
});

describe('a cohort link', () => {
  test('its counts, or why not: changed, another version, not a cohort code; none without c=', () => {
    setCohortText(FIVE.join('\n'));
    const fragment = $cohort.get().fragment ?? '';
    readHash(`#${fragment}`);
    assert.equal($cohortLink.get()?.ok, true);
    readHash(`#${fragment.replace('c=c2-5-0-', 'c=c2-5-1-')}`);
    assert.deepEqual($cohortLink.get(), { ok: false, error: { kind: 'changed' } });
    // Version 1 is known to the site, but this page draws only the current version's bands.
    readHash('#c=c1-5-0-1');
    assert.deepEqual($cohortLink.get(), { ok: false, error: { kind: 'unknown-version', version: 1 } });
    readHash('#c=<script>');
    assert.deepEqual($cohortLink.get(), { ok: false, error: { kind: 'malformed' } });
    readHash('#self=v2-1021');
    assert.equal($cohortLink.get(), undefined);
  });

  test('property: cohortCodeIn never throws, and finds the c= part wherever it stands', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const code = cohortCodeIn(x);
        assert.ok(code === undefined || typeof code === 'string');
      }),
      { numRuns: 2000 },
    );
    assert.equal(cohortCodeIn('#a=1&c=c2-x'), 'c2-x');
    assert.equal(cohortCodeIn('c=c2-y'), 'c2-y');
    assert.equal(cohortCodeIn('#cc=c2-y'), undefined);
  });
});
