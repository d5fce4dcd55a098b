/**
 * Says once, quietly, that nothing will be kept when the browser refuses storage or it is full.
 * Shown only once hydrated, so the first client render matches the server's.
 */
import { useStore } from '@nanostores/preact';
import { $hydrated } from '../stores/setup.ts';
import { $storageStatus } from '../stores/storage.ts';
import { format } from '../i18n/format.ts';
import type { Locale } from '../i18n/types.ts';

interface Props {
  /** What would be lost, in the island's words (its storageWhat: "your progress", "the codes you paste"). */
  readonly what: string;
  readonly strings: Locale['storage'];
  readonly lang: string;
}

export function StorageNotice({ what, strings, lang }: Props) {
  const hydrated = useStore($hydrated);
  const status = useStore($storageStatus);
  if (!hydrated || status === 'ok') return null;
  return (
    <p class="quiz-notice" role="status">
      {format(status === 'full' ? strings.full : strings.unavailable, lang, { what })}
    </p>
  );
}
