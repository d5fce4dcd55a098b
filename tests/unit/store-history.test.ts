/**
 * The history stores over @nanostores/persistent's test engine: reading what is stored against the
 * known code shapes, appending a result, keeping an unreadable value aside, the rows and trend the
 * page shows, and the page's actions: import from a file (all or nothing), export, clear.
 */
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolveObjectURL } from 'node:buffer';
import { join } from 'node:path';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { allTasks, cleanStores } from 'nanostores';
import { $history, $historyRows, writeHistory } from '../../src/stores/history.ts';
import { $historyText } from '../../src/stores/history-log.ts';
import { recordResult } from '../../src/stores/self.ts';
import { $historyEvent, $trend, clearHistory, exportToFile, importFromFile } from '../../src/stores/history-file.ts';
import { $earlier, $instrument, $shapes, setupStores } from '../../src/stores/setup.ts';
import type { HistoryEntry } from '../../src/lib/history.ts';
import { entryOn, loadInstrument, v1, v1Shape } from './fixtures.ts';

const v2 = loadInstrument(2);
const v2Shape = { dimensions: v2.dimensions.length, levels: v2.bands.length, missing: true };

useTestStorageEngine();

const KEY = 'minime:history:v1';
const entry = entryOn;
const store = (entries: readonly HistoryEntry[]) => setTestStorageKey(KEY, JSON.stringify(entries));
const storedEntries = () => JSON.parse(getTestStorage()[KEY] ?? 'null') as HistoryEntry[] | null;
const file = (text: string) => new Blob([text], { type: 'application/json' });
const frozenFile = readFileSync(join(import.meta.dirname, 'fixtures', 'history-v1.json'), 'utf8');

beforeEach(() => setupStores({ inst: v1, shapes: { 1: v1Shape } }));
afterEach(() => {
  cleanStores($historyText, $history, $historyRows, $trend, $historyEvent, $shapes, $instrument, $earlier);
  cleanTestStorage();
  $shapes.set(new Map());
  $earlier.set([]);
  $historyEvent.set(undefined);
});

describe('reading', () => {
  test('without the known versions nothing is read, and nothing is written over what is stored', () => {
    $shapes.set(new Map());
    store([entry(1, 'v1-2031')]);
    assert.deepEqual($history.get(), { entries: [], unreadable: false });
    writeHistory([]);
    assert.deepEqual(storedEntries(), [entry(1, 'v1-2031')]);
  });

  test('gives the valid entries newest first, each described on the current instrument', () => {
    store([entry(1, 'v1-2031'), entry(3, 'v1-0000'), { date: 'yesterday', code: 'v1-1', version: 1 } as HistoryEntry]);
    assert.deepEqual($history.get(), { entries: [entry(3, 'v1-0000'), entry(1, 'v1-2031')], unreadable: false });
    const rows = $historyRows.get();
    assert.deepEqual(
      rows.map((r) => r.view?.result.levels),
      [
        [0, 0, 0, 0],
        [2, 0, 3, 1],
      ],
    );
  });

  test('a value that is not a list is unreadable, and is kept aside before the first write', () => {
    setTestStorageKey(KEY, '{broken');
    assert.deepEqual($history.get(), { entries: [], unreadable: true });
    writeHistory([entry(1, 'v1-2031')]);
    assert.equal(getTestStorage()[`${KEY}:unreadable`], '{broken');
    assert.deepEqual($history.get(), { entries: [entry(1, 'v1-2031')], unreadable: false });
  });
});

describe('recording a result', () => {
  test('appends the date, the code and the version', () => {
    store([entry(1, 'v1-2031')]);
    recordResult({ version: 1, levels: [1, 1, 1, 1] }, new Date(Date.UTC(2026, 0, 5)));
    assert.deepEqual(storedEntries(), [entry(5, 'v1-1111'), entry(1, 'v1-2031')]);
  });

  test('keeps an unreadable stored value aside, then starts a new list', () => {
    setTestStorageKey(KEY, 'not json');
    recordResult({ version: 1, levels: [0, 0, 0, 0] }, new Date(Date.UTC(2026, 0, 5)));
    assert.equal(getTestStorage()[`${KEY}:unreadable`], 'not json');
    assert.deepEqual(storedEntries(), [entry(5, 'v1-0000')]);
  });
});

describe('the trend', () => {
  test('the overall level of the newest 12 results of this version, oldest first; other versions only counted', () => {
    const entries = Array.from({ length: 14 }, (_, i) => entry(i + 1, `v1-${i % 2 === 0 ? '0000' : '3333'}`));
    store([...entries, entry(20, 'v2-0000', 2)]);
    const rows = $historyRows.get();
    assert.equal(rows.length, 14, 'v2 is not a version this page knows');
    const levels = rows
      .slice(0, 12)
      .map((r) => r.view!.indexLevel)
      .reverse();
    assert.deepEqual($trend.get(), { levels, earlier: 0, noOverall: 0 });
    assert.equal($trend.get().levels.length, 12);
    assert.ok(levels[0]! < levels[1]!);
  });

  test('on version 2, a version 1 entry keeps its index and band, marked as earlier, and stays out of the trend', () => {
    setupStores({ inst: v2, earlier: [v1], shapes: { 1: v1Shape, 2: v2Shape } });
    store([entry(1, 'v1-4321'), entry(2, 'v2-1021', 2), entry(3, 'v2-1x02', 2), entry(4, 'v2-2222', 2)]);
    const rows = $historyRows.get();
    assert.deepEqual(
      rows.map((r) => [r.entry.code, r.current, r.view?.numeric, r.view?.indexBand?.id]),
      [
        ['v2-2222', true, false, 'mini-me'],
        ['v2-1x02', true, false, undefined],
        ['v2-1021', true, false, 'mixed'],
        ['v1-4321', false, true, v1.bands[rows[3]!.view!.indexLevel!]!.id],
      ],
    );
    assert.equal(typeof rows[3]?.view?.index, 'number', 'version 1 keeps its index');
    // Levels of version 2 only (mixed, then mini-me), oldest first; the rest counted for the caption.
    assert.deepEqual($trend.get(), { levels: [1, 2], earlier: 1, noOverall: 1 });
  });

  test('an entry of a version the page has no instrument for has no view, and is still counted as earlier', () => {
    setupStores({ inst: v2, shapes: { 1: v1Shape, 2: v2Shape } });
    store([entry(1, 'v1-4321'), entry(2, 'v2-1021', 2)]);
    assert.deepEqual(
      $historyRows.get().map((r) => [r.current, r.view === undefined]),
      [
        [true, false],
        [false, true],
      ],
    );
    assert.deepEqual($trend.get(), { levels: [1], earlier: 1, noOverall: 0 });
  });
});

describe('import', () => {
  test('merges a file: how many it held, how many were new; again, none are new', async () => {
    store([entry(1, 'v1-2031')]);
    void importFromFile(file(frozenFile));
    await allTasks();
    const event = $historyEvent.get();
    assert.equal(event?.kind, 'imported');
    const read = event?.kind === 'imported' ? event.read : 0;
    assert.ok(read > 0);
    assert.deepEqual(event, { kind: 'imported', read, added: $history.get().entries.length - 1 });
    await importFromFile(file(frozenFile));
    assert.deepEqual($historyEvent.get(), { kind: 'imported', read, added: 0 });
  });

  test('a bad file changes nothing and says why', async () => {
    store([entry(1, 'v1-2031')]);
    await importFromFile(file('{"app":"something-else"}'));
    assert.deepEqual($historyEvent.get(), { kind: 'refused', error: { kind: 'not-history' } });
    assert.deepEqual(storedEntries(), [entry(1, 'v1-2031')]);
  });

  test('a file over 1 MB is refused unread', async () => {
    await importFromFile(file(' '.repeat(1_000_001)));
    assert.deepEqual($historyEvent.get(), { kind: 'too-large' });
    assert.equal(getTestStorage()[KEY], undefined);
  });
});

describe('export and clear', () => {
  test('export downloads the history as a dated JSON file', async (t) => {
    store([entry(1, 'v1-2031'), entry(2, 'v1-0000')]);
    const clicked: { href: string; download: string }[] = [];
    const anchor = { href: '', download: '', click: () => clicked.push({ href: anchor.href, download: anchor.download }) };
    Object.defineProperty(globalThis, 'document', { value: { createElement: () => anchor }, configurable: true });
    t.after(() => Reflect.deleteProperty(globalThis, 'document'));
    t.mock.timers.enable({ apis: ['setTimeout'] });
    exportToFile((day) => `mini-me-check-history-${day}`, new Date('2026-02-03T10:00:00.000Z'));
    assert.equal(clicked.length, 1);
    assert.equal(clicked[0]!.download, 'mini-me-check-history-2026-02-03.json');
    const text = await resolveObjectURL(clicked[0]!.href)!.text();
    assert.deepEqual(JSON.parse(text).entries, [entry(2, 'v1-0000'), entry(1, 'v1-2031')]);
    assert.deepEqual($historyEvent.get(), { kind: 'exported', count: 2 });
    t.mock.timers.tick(1000);
    assert.equal(resolveObjectURL(clicked[0]!.href), undefined, 'the object URL is released');
  });

  test('clear empties the history and says so', () => {
    store([entry(1, 'v1-2031')]);
    clearHistory();
    assert.deepEqual(storedEntries(), []);
    assert.deepEqual($historyEvent.get(), { kind: 'cleared' });
  });
});
