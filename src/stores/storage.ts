/**
 * The storage layer under every persistent store. localStorage can be missing (privacy modes, a
 * blocked site), throw on every access, be full, or hold garbage. This engine wraps it so that no
 * store ever throws: reads and writes that fail fall back to memory for this page's life, and
 * `$storageStatus` says so once, so the UI can tell the user quietly that progress will not be kept.
 *
 * It must be installed before any persistent store is created; stores import it first.
 */
import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

/** 'ok': saving works. 'unavailable': no storage or it throws. 'full': a write was refused. */
export type StorageStatus = 'ok' | 'unavailable' | 'full';

export const $storageStatus = atom<StorageStatus>('ok');

function getLocalStorage(): Storage | undefined {
  try {
    const ls = globalThis.localStorage;
    // Touch it: some browsers only throw on first use.
    ls.getItem('minime:probe');
    return ls;
  } catch {
    return undefined;
  }
}

/** A key-value engine in the shape @nanostores/persistent expects (a plain-object-like store). */
export function createSafeEngine(): Record<string, string> {
  const memory = new Map<string, string>();
  let ls = typeof window === 'undefined' ? undefined : getLocalStorage();
  if (typeof window !== 'undefined' && !ls) $storageStatus.set('unavailable');

  const fail = (status: StorageStatus) => {
    if ($storageStatus.get() === 'ok') $storageStatus.set(status);
  };
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

/**
 * Parks a stored value that could not be read beside its key before anything is written over it:
 * under `<key>:unreadable`, or, if that is taken by an earlier one, `<key>:unreadable:<time>`, so no
 * value is ever lost. Best effort: with no storage there is nothing to keep.
 */
export function keepAside(key: string, text: string): void {
  try {
    const ls = globalThis.localStorage;
    const slot = ls.getItem(`${key}:unreadable`) === null ? `${key}:unreadable` : `${key}:unreadable:${Date.now()}`;
    ls.setItem(slot, text);
  } catch {
    /* storage is gone or full; nothing more to keep */
  }
}

const noEvents = { addEventListener() {}, removeEventListener() {} };
// Server rendering has no window: no storage, no events, and nothing to report.
setPersistentEngine(createSafeEngine(), typeof window === 'undefined' ? noEvents : windowPersistentEvents);
