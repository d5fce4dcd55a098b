/**
 * The storage layer under every persistent store. localStorage can be missing (privacy modes, a
 * blocked site, `null` in some browsers), throw on every access, be full, or hold garbage. The safe
 * engine wraps it so that no store ever throws: reads and writes that fail fall back to memory for
 * this page's life, and `$storageStatus` says so once, so the UI can tell the user quietly.
 *
 * Every persistent store is made with `storedAtom`, which installs the engine first (once): a
 * @nanostores/persistent atom reads its key from the engine when it is created, so the engine must be
 * in place by then, whatever order the modules load in. Stored values are kept as raw text; each
 * store parses its text in a `computed`, so a value that cannot be read is seen, never thrown away.
 */
import { atom, type WritableAtom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

/** 'ok': saving works. 'unavailable': no storage or it throws. 'full': a write was refused. */
export type StorageStatus = 'ok' | 'unavailable' | 'full';

export const $storageStatus = atom<StorageStatus>('ok');

const fail = (status: StorageStatus): void => {
  if ($storageStatus.get() === 'ok') $storageStatus.set(status);
};

function getLocalStorage(): Storage | undefined {
  try {
    const ls = globalThis.localStorage;
    // Touch it: some browsers only throw on first use, some give null.
    ls.getItem('minime:probe');
    return ls;
  } catch {
    return undefined;
  }
}

/**
 * A key-value engine in the shape @nanostores/persistent expects (a plain-object-like store) over
 * `ls`; without it (or once it throws) values live in memory and `$storageStatus` says why.
 */
export function createSafeEngine(ls: Storage | undefined): Record<string, string> {
  const memory = new Map<string, string>();
  if (!ls) fail('unavailable');

  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    if (!ls) return undefined;
    try {
      return ls.getItem(key) ?? undefined;
    } catch {
      ls = undefined;
      fail('unavailable');
      return undefined;
    }
  };

  return new Proxy({} as Record<string, string>, {
    has: (_t, key) => typeof key === 'string' && read(key) !== undefined,
    get: (_t, key) => (typeof key === 'string' ? read(key) : undefined),
    set: (_t, key, value) => {
      if (typeof key !== 'string') return true;
      const text = String(value);
      if (ls) {
        try {
          ls.setItem(key, text);
          memory.delete(key);
          return true;
        } catch (error) {
          fail(error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'unavailable');
        }
      }
      memory.set(key, text);
      return true;
    },
    deleteProperty: (_t, key) => {
      if (typeof key !== 'string') return true;
      memory.delete(key);
      try {
        ls?.removeItem(key);
      } catch {
        fail('unavailable');
      }
      return true;
    },
  });
}

let installed = false;

/**
 * Installs the safe engine, once. In the browser it wraps localStorage and listens for other tabs;
 * on the server (no window) it is an empty in-memory object with nothing to report. Unit tests call
 * useTestStorageEngine() after importing the stores; each store reads its key again when it mounts.
 */
function setupStorage(): void {
  if (installed) return;
  installed = true;
  if (typeof window === 'undefined') setPersistentEngine({}, { addEventListener() {}, removeEventListener() {} });
  else setPersistentEngine(createSafeEngine(getLocalStorage()), windowPersistentEvents);
}

/** The raw text stored under `key` (`initial` when there is none), over the safe engine. */
export function storedAtom<T extends string | undefined>(key: string, initial: T): WritableAtom<T> {
  setupStorage();
  return persistentAtom<T>(key, initial);
}

/**
 * Parks a stored value that could not be read beside its key before anything is written over it:
 * under `<key>:unreadable`, or, if that is taken by an earlier one, `<key>:unreadable:<time>`, so no
 * value is ever lost. Best effort: with no storage it lives in memory for this page's life.
 */
export function keepAside(key: string, text: string, now: number = Date.now()): void {
  let $slot = storedAtom<string | undefined>(`${key}:unreadable`, undefined);
  if ($slot.get() !== undefined) $slot = storedAtom<string | undefined>(`${key}:unreadable:${now}`, undefined);
  $slot.set(text);
}
