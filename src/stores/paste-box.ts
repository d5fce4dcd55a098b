/**
 * The paste boxes' shared moves (the team comparison, the collector's page): adding the lines a link
 * brings to a stored box, once each.
 */
import type { WritableAtom } from 'nanostores';

/** Appends lines to the box's text, one per line, after what it holds. */
export function appendLines($box: WritableAtom<string>, lines: readonly string[]): void {
  if (lines.length > 0) $box.set([$box.get().trimEnd(), ...lines].filter(Boolean).join('\n'));
}

/**
 * Adds the lines the box does not hold yet (compared trimmed, blank ones dropped); returns those
 * added and those it already held, for the page to say so.
 */
export function addNewLines($box: WritableAtom<string>, incoming: readonly string[]): { added: string[]; skipped: string[] } {
  const lines = incoming.map((l) => l.trim()).filter(Boolean);
  const have = new Set(
    $box
      .get()
      .split(/\r?\n/)
      .map((l) => l.trim()),
  );
  const added = lines.filter((l) => !have.has(l));
  appendLines($box, added);
  return { added, skipped: lines.filter((l) => have.has(l)) };
}
