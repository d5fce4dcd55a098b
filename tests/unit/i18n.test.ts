/**
 * Strings: the engine (placeholders, plurals, parts), the pseudo-locale (wrapped, longer, placeholders
 * intact, the same shape as English), and the words for src/lib's typed reasons, which must read as
 * the site has always worded them.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import * as en from '../../src/i18n/locales/en.ts';
import * as pseudo from '../../src/i18n/locales/pseudo.ts';
import type { Locale } from '../../src/i18n/types.ts';
import { format, parts, type Message } from '../../src/i18n/format.ts';
import { pseudoText } from '../../src/i18n/pseudo.ts';
import { capitalize, inWords, t } from '../../src/i18n/index.ts';
import { damageText } from '../../src/i18n/reasons/damage.ts';
import { importErrorText } from '../../src/i18n/reasons/history.ts';
import { teamProblemText } from '../../src/i18n/reasons/team.ts';
import { decodeResult } from '../../src/lib/result-code.ts';
import { MAX_FILE_CHARS, parseHistoryFile } from '../../src/lib/history.ts';
import { MAX_INPUT_CHARS, MAX_RATERS, parseTeamInput } from '../../src/lib/team.ts';
import { v1Shapes } from './fixtures.ts';

// Every language file in src/i18n/locales/ (found, not listed, so a new language needs no change
// here) is checked against the English groups, keys and placeholders; the pseudo table is typed too.
const localesDir = join(import.meta.dirname, '..', '..', 'src', 'i18n', 'locales');
const tables: Record<string, Locale> = { pseudo };
for (const file of readdirSync(localesDir).filter((f) => f.endsWith('.ts') && f !== 'active.ts')) {
  tables[file] = (await import(pathToFileURL(join(localesDir, file)).href)) as Locale;
}

/** Every message of a table, with its group and key. */
function messages(table: Locale): [string, Message][] {
  return Object.entries(table).flatMap(([group, value]) =>
    typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value as Record<string, Message>).map(([key, m]): [string, Message] => [`${group}.${key}`, m])
      : [],
  );
}
const texts = (m: Message): string[] => (typeof m === 'string' ? [m] : Object.values(m));
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('format', () => {
  test('fills placeholders, writes numbers the language’s way, leaves a missing one visible', () => {
    assert.equal(format('{a} and {b}', 'en', { a: 'x', b: 20000 }), 'x and 20,000');
    assert.equal(format('{a} and {b}', 'en', { a: 'x' }), 'x and {b}');
    assert.equal(format('no placeholders', 'en'), 'no placeholders');
  });

  test('picks the plural form for count with Intl.PluralRules', () => {
    const m = { one: '{count} line', other: '{count} lines' };
    assert.deepEqual(
      [0, 1, 2, 21].map((count) => format(m, 'en', { count })),
      ['0 lines', '1 line', '2 lines', '21 lines'],
    );
    // A language with more forms uses them; a missing form falls back to `other`.
    const pl = { one: '{count} linia', few: '{count} linie', many: '{count} linii', other: '{count} linii' };
    assert.deepEqual(
      [1, 2, 5, 22].map((count) => format(pl, 'pl', { count })),
      ['1 linia', '2 linie', '5 linii', '22 linie'],
    );
    assert.equal(format({ other: '{count} x' }, 'en', { count: 1 }), '1 x');
  });

  test('parts keeps non-text parameters as they are, in order', () => {
    const link = { tag: 'a' };
    assert.deepEqual(parts('Use the {link}, or {count} more.', 'en', { link, count: 3 }), ['Use the ', link, ', or ', '3', ' more.']);
    assert.deepEqual(parts('{link}', 'en', { link }), ['', link, '']);
  });

  test('t reads the active table by key, typed', () => {
    assert.equal(t('notFound.heading'), 'We can’t find that page');
    assert.equal(t('guide.minRead', { count: 4 }), '4 min read');
    assert.equal(t('guide.chapters', { count: 6, words: inWords(6) }), 'six short chapters');
    assert.equal(capitalize(t('guide.chapters', { count: 1, words: inWords(1) })), 'One short chapter');
    assert.equal(inWords(40), '40');
  });

  test('t refuses an unknown key, at check time and at run time', () => {
    // astro check fails if any of these lines type-checks.
    // @ts-expect-error an unknown key
    assert.throws(() => t('notFound.nope'), /No message "notFound.nope"/);
    // @ts-expect-error a missing parameter
    assert.equal(t('guide.minRead'), '{count} min read');
    // @ts-expect-error a parameter the message does not take
    assert.equal(t('notFound.heading', { count: 1 }), 'We can’t find that page');
  });
});

describe('the tables', () => {
  test('every language has the English groups and keys, and the same placeholders in every form', () => {
    const english = new Map(messages(en));
    for (const [name, table] of Object.entries(tables)) {
      const own = new Map(messages(table));
      assert.deepEqual([...own.keys()].sort(), [...english.keys()].sort(), name);
      for (const [key, message] of own) {
        // A form may leave out {count} ("one rater"), but the message as a whole needs what English needs.
        const union = (m: Message): string[] => [...new Set(texts(m).flatMap(placeholders))].sort();
        assert.deepEqual(union(message), union(english.get(key) ?? ''), `${name} ${key}`);
      }
      assert.equal(table.numberWords.length, en.numberWords.length, name);
    }
    assert.ok(Object.keys(tables).includes('en.ts') && Object.keys(tables).includes('pseudo.ts'), Object.keys(tables).join());
  });

  test('the pseudo table wraps every message, keeps its placeholders and is about 30% longer', () => {
    for (const [key, message] of messages(pseudo)) {
      for (const text of texts(message)) assert.match(text, /^⟦[^]*⟧$/, key);
    }
    const english = messages(en)
      .flatMap(([, m]) => texts(m))
      .join('').length;
    const longer = messages(pseudo)
      .flatMap(([, m]) => texts(m))
      .join('').length;
    assert.ok(longer > english * 1.25 && longer < english * 1.6, `${longer} vs ${english}`);
    assert.notEqual(pseudo.lang, en.lang);
  });

  test('pseudoText: no ASCII letter left outside placeholders, placeholders untouched', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('{count}', '{link}', 'Hello'))), (pieces) => {
        const text = pieces.join('');
        const out = pseudoText(text);
        assert.deepEqual(placeholders(out), placeholders(text));
        assert.doesNotMatch(out.replace(/\{\w+\}/g, ''), /[A-Za-z]/);
      }),
    );
  });
});

describe('the words for src/lib’s reasons read as they always have', () => {
  const teamWords = (text: string): string[] =>
    parseTeamInput(text, v1Shapes).problems.map((p) => teamProblemText(p.reason, en.teamProblem, en.lang, 'r1-2031'));
  const damageWords = (code: string): string => {
    const decoded = decodeResult(code, v1Shapes);
    return damageText(decoded.ok ? undefined : decoded.error, [...v1Shapes.keys()], en.damage, en.lang);
  };
  const importWords = (text: unknown): string => {
    const result = parseHistoryFile(text, v1Shapes);
    assert.ok(!result.ok);
    return importErrorText(result.error, en.importError, en.lang);
  };

  test('a damaged result link', () => {
    assert.equal(
      damageWords('v7-2031'),
      'It names version v7 of the check, which this site does not know (it knows v1). The link may be from a newer copy of the site, or mistyped.',
    );
    assert.equal(damageWords('v1-203'), 'It has 3 levels where a result has 4, one per dimension: it was probably cut off or changed.');
    assert.equal(damageWords('v1-2'), 'It has 1 level where a result has 4, one per dimension: it was probably cut off or changed.');
    assert.equal(
      damageWords('v1-2091'),
      'One of its digits is higher than any level of that version of the check, so it cannot be a real result.',
    );
    assert.equal(damageWords(''), 'It has no result code at all: the end of the link is missing.');
    assert.equal(damageWords('nonsense'), 'Its result code is not in the form the check writes, so it cannot be read.');
    assert.equal(
      damageText({ kind: 'unknown-version', version: 9 }, [3, 1, 2], en.damage, en.lang).includes('(it knows v1, v2, v3)'),
      true,
    );
  });

  test('a line the team box left out', () => {
    assert.deepEqual(teamWords('r7-2031'), ['from version v7 of the check, which this site does not know']);
    assert.deepEqual(teamWords('r1-203 v1-2'), ['has 3 levels; a result has 4', 'has 1 level; a result has 4']);
    assert.deepEqual(teamWords('r1-2051'), ['a level is out of range: each digit after the dash is a level from 0 to 4']);
    assert.deepEqual(teamWords('r0-2031 v01-2031'), [
      'not in the form the check writes a code, such as r1-2031',
      'not in the form the check writes a code, such as v1-2031',
    ]);
    assert.deepEqual(teamWords('R1-2031'), ['codes are written in lower case: r1-2031']);
    assert.deepEqual(teamWords('hello'), ['not a rater code or a link to one']);
    assert.equal(
      teamProblemText({ kind: 'too-many-raters', max: MAX_RATERS }, en.teamProblem, en.lang, 'r1-2031'),
      `more than ${MAX_RATERS} rater codes; only the first ${MAX_RATERS} are used`,
    );
    assert.equal(
      teamProblemText({ kind: 'unlisted', count: 10, fromLine: 21 }, en.teamProblem, en.lang, 'r1-2031'),
      '10 more problems, from line 21 on, not listed',
    );
    assert.equal(
      teamProblemText({ kind: 'unlisted', count: 1, fromLine: 21 }, en.teamProblem, en.lang, 'r1-2031'),
      '1 more problem, from line 21 on, not listed',
    );
    assert.equal(
      teamProblemText({ kind: 'too-long', maxChars: MAX_INPUT_CHARS }, en.teamProblem, en.lang, 'r1-2031'),
      'the text is longer than 20,000 characters; reading stopped here',
    );
  });

  test('a refused history file', () => {
    const file = (fields: Record<string, unknown>): string =>
      JSON.stringify({ app: 'mini-me-check', kind: 'history', format: 1, entries: [], ...fields });
    assert.equal(importWords(1), 'The file could not be read as text.');
    assert.equal(
      importWords(' '.repeat(MAX_FILE_CHARS + 1)),
      'The file is larger than 1 MB, far larger than any Mini-Me Check history, so it was not read.',
    );
    assert.equal(importWords('hello'), 'The file is not a Mini-Me Check history file: it is not JSON text.');
    assert.equal(importWords('[]'), 'The file is not a Mini-Me Check history file.');
    assert.equal(
      importWords(file({ kind: 'result' })),
      'The file is from Mini-Me Check, but it is not a history file (its kind is "result").',
    );
    assert.equal(importWords(file({ format: '1' })), 'The history file has no format number this site can read (found "1").');
    assert.equal(
      importWords(file({ format: 2 })),
      'The history file was made by a newer version of Mini-Me Check (format 2); this site reads format 1 only. Import it on the newer site.',
    );
    assert.equal(importWords(file({ entries: null })), 'The history file has no list of entries.');
    const many = Array.from({ length: 501 }, (_, i) => ({
      date: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      code: 'v1-2031',
      version: 1,
    }));
    assert.equal(importWords(file({ entries: many })), 'The history file holds 501 entries; at most 500 can be imported.');
    const entry = (e: unknown): string => importWords(file({ entries: [e] }));
    assert.equal(entry('v1-2031'), 'Entry 1 of 1 is not valid: it is not an entry with a date, a code and a version.');
    assert.equal(
      entry({ date: '2026-11-29', code: 'v1-2031', version: 1 }),
      'Entry 1 of 1 is not valid: its date "2026-11-29" is not a date and time in ISO 8601 UTC form, such as 2026-11-29T17:20:00.000Z.',
    );
    assert.equal(
      entry({ date: '2026-11-29T17:20:00.000Z', code: 'v7-2031', version: 7 }),
      'Entry 1 of 1 is not valid: its code "v7-2031" is from version v7 of the check, which this site does not know.',
    );
    assert.equal(
      entry({ date: '2026-11-29T17:20:00.000Z', code: 'r1-2031', version: 1 }),
      'Entry 1 of 1 is not valid: its code "r1-2031" is not a result code this site can read.',
    );
    assert.equal(
      entry({ date: '2026-11-29T17:20:00.000Z', code: ' v1-2031', version: 1 }),
      'Entry 1 of 1 is not valid: its code " v1-2031" is not written as a result code is.',
    );
    assert.equal(
      entry({ date: '2026-11-29T17:20:00.000Z', code: 'v1-2031', version: '1' }),
      'Entry 1 of 1 is not valid: its version "1" does not match its code "v1-2031".',
    );
    assert.equal(
      importErrorText({ kind: 'bad-entry', position: 2, count: 3, problem: { kind: 'unreadable' } }, en.importError, en.lang),
      'Entry 2 of 3 is not valid: it could not be read.',
    );
  });
});
