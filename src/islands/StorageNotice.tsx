/**
 * Says once, quietly, that nothing will be kept when the browser refuses storage or it is full.
 * Shown only after mount, so the first client render matches the server's.
 */
import { useStore } from '@nanostores/preact';
import { $storageStatus } from '../stores/storage.ts';

interface Props {
  readonly mounted: boolean;
  /** What would be lost, e.g. "your progress", "the codes you paste". */
  readonly what: string;
}

export function StorageNotice({ mounted, what }: Props) {
  const status = useStore($storageStatus);
  if (!mounted || status === 'ok') return null;
  return (
    <p class="quiz-notice" role="status">
      {status === 'full'
        ? `Your browser’s storage for this site is full, so ${what} will not be kept if you leave this page.`
        : `Your browser is not letting this site save anything, so ${what} will not be kept if you leave this page. Everything here still works.`}
    </p>
  );
}
