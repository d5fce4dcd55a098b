/** A store that follows another once it has been still for `ms`, e.g. for a live region that should not speak on every keystroke. */
import { atom, onMount, type ReadableAtom } from 'nanostores';

/** `undefined` until `ms` after it is first watched; then the source's value, `ms` after each change. */
export function debounced<T>($source: ReadableAtom<T>, ms: number): ReadableAtom<T | undefined> {
  const $out = atom<T | undefined>(undefined);
  onMount($out, () => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = (value: T) => {
      clearTimeout(timer);
      timer = setTimeout(() => $out.set(value), ms);
    };
    later($source.get());
    const unlisten = $source.listen(later);
    return () => {
      clearTimeout(timer);
      unlisten();
    };
  });
  return $out;
}
