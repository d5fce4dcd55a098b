/** The codes a comparison or rater link brings: added to the box once live, then how many, or an offer to add duplicates again. */
import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $linkAdded, addFromLink, addSkippedAgain } from '../stores/team.ts';
import { format, parts } from '../i18n/format.ts';
import type { IslandStrings } from '../i18n/types.ts';

export function LinkCodes({ strings }: { readonly strings: IslandStrings<'compare'> }) {
  const { compare: s, lang } = strings;
  const link = useStore($linkAdded);
  useEffect(() => {
    // The link the page was opened with, or one pasted into the address bar later (only the #… changes).
    const add = () => addFromLink();
    add();
    addEventListener('hashchange', add);
    return () => removeEventListener('hashchange', add);
  }, []);
  if (link.added > 0) return <p class="codes-status">{format(s.added, lang, { count: link.added })}</p>;
  if (link.skipped.length === 0) return null;
  return (
    <p class="codes-status">
      {parts(s.alreadyThere, lang, {
        button: (
          <button type="button" class="linkish inline" onClick={addSkippedAgain}>
            {s.addAgain}
          </button>
        ),
      })}
    </p>
  );
}
