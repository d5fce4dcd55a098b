/**
 * The storage layer under the stores: the safe engine keeps every store working when localStorage is
 * missing, throws or is full, and reports that once in `$storageStatus`; `storedAtom` reads and
 * writes raw text through the installed engine; `keepAside` parks a value without overwriting one
 * parked before. Stores run over @nanostores/persistent's test engine, as its README shows.
 */
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import { $storageStatus, createSafeEngine, keepAside, storedAtom } from '../../src/stores/storage.ts';

/** A Storage over a Map; `fail` makes a method throw. */
function fakeStorage(fail: { get?: Error; set?: Error; remove?: Error } = {}): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    clear: () => map.clear(),
    getItem(k: string) {
      if (fail.get) throw fail.get;
      return map.get(k) ?? null;
    },
    setItem(k: string, v: string) {
      if (fail.set) throw fail.set;
      map.set(k, v);
    },
    removeItem(k: string) {
      if (fail.remove) throw fail.remove;
      map.delete(k);
    },
  };
}

beforeEach(() => $storageStatus.set('ok'));

describe('createSafeEngine', () => {
  test('passes reads, writes and deletes through to a working storage, and reports nothing', () => {
    const ls = fakeStorage();
    ls.map.set('minime:a', 'stored');
    const engine = createSafeEngine(ls);
    assert.equal(engine['minime:a'], 'stored');
    assert.ok('minime:a' in engine);
    assert.ok(!('minime:b' in engine));
    engine['minime:b'] = 'new';
    assert.equal(ls.map.get('minime:b'), 'new');
    delete engine['minime:a'];
    assert.ok(!ls.map.has('minime:a'));
    assert.equal($storageStatus.get(), 'ok');
  });

  test('without storage, says "unavailable" at once and keeps values in memory', () => {
    const engine = createSafeEngine(undefined);
    assert.equal($storageStatus.get(), 'unavailable');
    assert.equal(engine['minime:a'], undefined);
    engine['minime:a'] = 'kept';
    assert.equal(engine['minime:a'], 'kept');
    delete engine['minime:a'];
    assert.equal(engine['minime:a'], undefined);
  });

  test('a storage that throws on reading is dropped: "unavailable", and memory from then on', () => {
    const denied = new DOMException('denied', 'SecurityError');
    const ls = fakeStorage({ get: denied, set: denied, remove: denied });
    const engine = createSafeEngine(ls);
    assert.equal($storageStatus.get(), 'ok');
    assert.equal(engine['minime:a'], undefined);
    assert.equal($storageStatus.get(), 'unavailable');
    engine['minime:a'] = 'kept';
    assert.equal(engine['minime:a'], 'kept');
  });

  test('a full storage: "full", and the refused value still reads back for this page', () => {
    const ls = fakeStorage({ set: new DOMException('full', 'QuotaExceededError') });
    ls.map.set('minime:a', 'old');
    const engine = createSafeEngine(ls);
    engine['minime:a'] = 'new';
    assert.equal($storageStatus.get(), 'full');
    assert.equal(engine['minime:a'], 'new');
    assert.equal(ls.map.get('minime:a'), 'old');
  });

  test('reports only the first failure', () => {
    const ls = fakeStorage({ set: new DOMException('full', 'QuotaExceededError'), remove: new Error('gone') });
    const engine = createSafeEngine(ls);
    engine['minime:a'] = 'x';
    delete engine['minime:a'];
    assert.equal($storageStatus.get(), 'full');
  });

  test('a write that throws something other than a full quota is "unavailable"', () => {
    const engine = createSafeEngine(fakeStorage({ set: new TypeError('nope') }));
    engine['minime:a'] = 'x';
    assert.equal($storageStatus.get(), 'unavailable');
  });
});

describe('storedAtom and keepAside over the test engine', () => {
  const $text = storedAtom<string | undefined>('minime:test:v1', undefined);
  useTestStorageEngine();
  afterEach(() => {
    cleanStores($text);
    cleanTestStorage();
  });

  test('reads the stored text when first watched, and writes raw text back', () => {
    setTestStorageKey('minime:test:v1', '{"any":"text"}');
    assert.equal($text.get(), '{"any":"text"}');
    $text.set('[1]');
    assert.equal(getTestStorage()['minime:test:v1'], '[1]');
    $text.set(undefined);
    assert.ok(!('minime:test:v1' in getTestStorage()));
  });

  test('keepAside parks a value beside its key, and a second one under a time-stamped key', () => {
    keepAside('minime:test:v1', 'first');
    keepAside('minime:test:v1', 'second', 1234);
    assert.deepEqual(getTestStorage(), { 'minime:test:v1:unreadable': 'first', 'minime:test:v1:unreadable:1234': 'second' });
  });
});
