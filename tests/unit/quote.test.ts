/** Quoting input back: cut to a length in characters, never splitting one; control and bidi characters made spaces. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cut, printable } from '../../src/lib/quote.ts';

test('cut keeps short text as it is and cuts long text to max characters ending in an ellipsis', () => {
  assert.equal(cut('v1-2031', 10), 'v1-2031');
  assert.equal(cut('abcdefghijkl', 5), 'abcd…');
  assert.equal(cut('abc   defgh', 5), 'abc…', 'no space before the ellipsis');
});

test('cut never splits a character and never returns more than max characters', () => {
  fc.assert(
    fc.property(
      fc.string({
        unit: fc.oneof(fc.constantFrom('a', ' ', '✓', '😀', '数'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
        maxLength: 80,
      }),
      fc.integer({ min: 2, max: 40 }),
      (text, max) => {
        const out = cut(text, max);
        assert.ok(Array.from(out).length <= max, `${out.length} > ${max}`);
        assert.equal(out.isWellFormed(), true, 'a surrogate pair was split');
        if (Array.from(text).length <= max) assert.equal(out, text);
      },
    ),
  );
});

test('printable turns control and bidi-override characters into spaces and keeps the rest', () => {
  assert.equal(printable('a\u202eb\u0007c\nd'), 'a b c d');
  assert.equal(printable('Zoë ✓ 数'), 'Zoë ✓ 数');
});
