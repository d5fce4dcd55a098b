/**
 * Says once, quietly, that nothing will be kept when the browser refuses storage or it is full.
 * Shown only once hydrated, so the first client render matches the server's.
 */
import { useStore } from '@nanostores/preact';
import { $hydrated } from '../stores/setup.ts';
import { $storageStatus } from '../stores/storage.ts';

interface Props {
  /** What would be lost, e.g. "your progress", "the codes you paste". */
  readonly what: string;
}

export function StorageNotice({ what }: Props) {
  const hydrated = useStore($hydrated);
  const status = useStore($storageStatus);
  if (!hydrated || status === 'ok') return null;
  return (
    <p class="quiz-notice" role="status">
      {status === 'full'
        ? `Your browser’s storage for this site is full, so ${what} will not be kept if you leave this page.`
        : `Your browser is not letting this site save anything, so ${what} will not be kept if you leave this page. Everything here still works.`}
    </p>
  );
}
