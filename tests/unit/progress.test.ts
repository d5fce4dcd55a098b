/**
 * Quiz progress read back from localStorage is outside input: parsing never throws and never yields
 * a value the quiz could not have written; fitting it to the instrument never lets a position skip an
 * unanswered statement or keeps an answer off the scale.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { emptyProgress, fitProgress, parseProgress, PROGRESS_FORMAT, type Progress } from '../../src/lib/progress.ts';
import { isAnswer, isScaleValue, NOT_APPLICABLE, orderedItems } from '../../src/lib/scoring.ts';
import { FORMS, answersArb, loadInstrument, v1 } from './fixtures.ts';

const v2 = loadInstrument(2);

/** Stored text shaped like progress, with every field allowed to be wrong. */
const progressLike = fc.record(
  {
    format: fc.oneof(fc.constant(PROGRESS_FORMAT), fc.anything()),
    version: fc.oneof(fc.constant(1), fc.integer({ min: -3, max: 5 }), fc.anything()),
    answers: fc.oneof(
      fc.dictionary(
        fc.oneof(fc.constantFrom(...v1.items.map((i) => i.id)), fc.string()),
        fc.oneof(fc.integer({ min: -2, max: 9 }), fc.anything()),
      ),
      fc.anything(),
    ),
    position: fc.oneof(fc.integer({ min: -5, max: 40 }), fc.double(), fc.anything()),
    started: fc.oneof(fc.boolean(), fc.anything()),
  },
  { requiredKeys: [] },
);

function assertWellFormed(p: Progress): void {
  assert.equal(p.format, PROGRESS_FORMAT);
  assert.ok(Number.isInteger(p.version) && p.version >= 1);
  assert.ok(Number.isInteger(p.position) && p.position >= 0);
  assert.equal(typeof p.started, 'boolean');
  for (const v of Object.values(p.answers)) assert.ok(Number.isInteger(v));
}

describe('parseProgress', () => {
  test('never throws on any text, and whatever it returns is well formed', () => {
    const texts = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.json(),
      progressLike.map((o) => JSON.stringify(o) ?? ''),
      fc.string({ minLength: 19_990, maxLength: 20_050 }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const p = parseProgress(text);
        if (p) assertWellFormed(p);
      }),
      { numRuns: 3000 },
    );
  });

  test('never throws on values that are not text', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => void parseProgress(value)),
      { numRuns: 1000 },
    );
  });

  test('reads back exactly what the quiz writes', () => {
    fc.assert(
      fc.property(answersArb(v1, 'self'), fc.nat(30), fc.boolean(), (answers, position, started) => {
        const p: Progress = { format: PROGRESS_FORMAT, version: 1, answers, position, started };
        assert.deepEqual(parseProgress(JSON.stringify(p)), p);
      }),
      { numRuns: 300 },
    );
  });

  test('rejects garbage, other formats and wrong types', () => {
    for (const bad of [
      '',
      '{not json',
      '[]',
      'null',
      '"x"',
      '{"format":2,"version":1,"answers":{},"position":0,"started":true}',
      '{"format":1,"version":1,"answers":{"way-1":"3"},"position":0,"started":true}',
      '{"format":1,"version":1,"answers":{},"position":-1,"started":true}',
    ]) {
      assert.equal(parseProgress(bad), undefined, bad);
    }
  });
});

describe('fitProgress', () => {
  for (const form of FORMS) {
    test(`(${form}) keeps only on-scale answers to the form's items, and the position never passes an unanswered item`, () => {
      fc.assert(
        fc.property(progressLike, (raw) => {
          const parsed = parseProgress(JSON.stringify(raw) ?? '');
          if (!parsed) return;
          const fitted = fitProgress(parsed, v1, form);
          const items = orderedItems(v1, form);
          const ids = new Set(items.map((i) => i.id));
          for (const [id, value] of Object.entries(fitted.answers)) {
            assert.ok(ids.has(id), id);
            assert.ok(isScaleValue(v1, value));
          }
          assert.ok(fitted.position <= items.length);
          for (const item of items.slice(0, fitted.position)) assert.notEqual(fitted.answers[item.id], undefined);
        }),
        { numRuns: 2000 },
      );
    });
  }

  for (const form of FORMS) {
    test(`(${form}) version 2 keeps "hasn't come up" and scale points, and drops everything else`, () => {
      const values = fc.oneof(fc.constant(NOT_APPLICABLE), fc.integer({ min: -3, max: 9 }));
      const items = orderedItems(v2, form);
      fc.assert(
        fc.property(fc.array(values, { minLength: items.length, maxLength: items.length }), fc.nat(30), (raw, position) => {
          const answers = Object.fromEntries(items.map((item, i) => [item.id, raw[i]!]));
          const text = JSON.stringify({ format: PROGRESS_FORMAT, version: 2, answers, position, started: true });
          const fitted = fitProgress(parseProgress(text)!, v2, form);
          for (const item of items) {
            const kept = isAnswer(v2, answers[item.id]) ? answers[item.id] : undefined;
            assert.equal(fitted.answers[item.id], kept, item.id);
          }
          for (const item of items.slice(0, fitted.position)) assert.notEqual(fitted.answers[item.id], undefined);
        }),
        { numRuns: 500 },
      );
    });
  }

  test('"hasn\'t come up" is no answer in version 1, which does not offer it', () => {
    const first = orderedItems(v1, 'self')[0]!;
    const p: Progress = { ...emptyProgress(1), answers: { [first.id]: NOT_APPLICABLE }, position: 1, started: true };
    assert.deepEqual(fitProgress(p, v1, 'self'), { ...p, answers: {}, position: 0 });
  });

  test('progress from another instrument version starts fresh', () => {
    const other: Progress = { ...emptyProgress(2), answers: { 'way-1': 3 }, position: 1, started: true };
    assert.deepEqual(fitProgress(other, v1, 'self'), emptyProgress(1));
  });
});
