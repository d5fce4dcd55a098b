/** Safe JSON reading: never throws, tells non-JSON apart from every JSON value, and checks records. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isRecord, parseJson } from '../../src/lib/json.ts';

test('parseJson returns what JSON.parse returns for any JSON text', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      assert.deepEqual(parseJson(JSON.stringify(value)), JSON.parse(JSON.stringify(value)));
    }),
  );
});

test('parseJson gives undefined, never an exception, for bad text, non-strings and over-long text', () => {
  for (const bad of ['', '{', 'undefined', "{'a':1}", '[1,]', 42, null, undefined, {}, ['[]']])
    assert.equal(parseJson(bad), undefined, String(bad));
  assert.equal(parseJson('[1, 2]', 5), undefined);
  assert.deepEqual(parseJson('[1,2]', 5), [1, 2]);
  fc.assert(fc.property(fc.anything(), (value) => void parseJson(value)));
  fc.assert(fc.property(fc.string(), (text) => void parseJson(text)));
});

test('JSON null and false are values, not failures', () => {
  assert.equal(parseJson('null'), null);
  assert.equal(parseJson('false'), false);
});

test('isRecord accepts plain objects only', () => {
  assert.equal(isRecord({}), true);
  assert.equal(isRecord({ a: 1 }), true);
  assert.equal(isRecord(Object.create(null)), true);
  for (const no of [null, undefined, [], [1], 'x', 1, true, Symbol('x')]) assert.equal(isRecord(no), false, String(no));
});
