import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeBase } from '../../src/lib/base-path.ts';

test('a base path always has one leading and one trailing slash', () => {
  for (const [raw, want] of [
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['mini-me', '/mini-me/'],
    ['/mini-me', '/mini-me/'],
    ['mini-me/', '/mini-me/'],
    ['/mini-me/', '/mini-me/'],
    [' /a/b ', '/a/b/'],
  ] as const) {
    assert.equal(normalizeBase(raw), want, String(raw));
  }
});
