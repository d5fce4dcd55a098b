/**
 * Reads a store in a component and renders again when it changes: @nanostores/preact's `useStore`
 * without its `keys` and `ssr` options, which nothing here uses; their code would cost every island
 * page about 300 bytes of its JS budget. Store changes batch as Preact batches any state update.
 */
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

export function useStore<T>($store: ReadableAtom<T>): T {
  const [, rerender] = useState({});
  const [first] = useState($store.get());
  useEffect(() => {
    // A change between the first render and this effect (mount.ts sets $hydrated right after hydrating).
    if ($store.get() !== first) rerender({});
    return $store.listen(() => rerender({}));
  }, [$store]);
  return $store.get();
}
