/** The history's actions: export to a file, import from one, and clear (after asking). */
import { useRef } from 'preact/hooks';
import { clearHistory, exportToFile, importFromFile } from '../stores/history-file.ts';
import { Confirm, useAsking } from './ui.tsx';
import { format } from '../i18n/format.ts';
import type { IslandStrings } from '../i18n/types.ts';

interface Props {
  /** The results listed: with none, there is nothing to export, nor to clear unless the stored value is unreadable. */
  readonly count: number;
  /** The stored history could not be read. */
  readonly unreadable: boolean;
  /** Called once the history is cleared. */
  readonly onCleared: () => void;
  readonly strings: IslandStrings<'history'>;
}

export function HistoryActions({ count, unreadable, onCleared, strings }: Props) {
  const { history: s, lang } = strings;
  const asking = useAsking();
  const file = useRef<HTMLInputElement>(null);

  const onFile = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const chosen = input.files?.[0];
    input.value = '';
    if (chosen) void importFromFile(chosen);
  };

  return (
    <>
      <div class="history-actions">
        <button
          type="button"
          class="button secondary"
          onClick={() => exportToFile((date) => format(s.fileName, lang, { date }))}
          disabled={count === 0}
        >
          {s.export}
        </button>
        <button type="button" class="button secondary" onClick={() => file.current?.click()}>
          {s.import}
        </button>
        <input
          ref={file}
          id="history-file"
          class="sr-only"
          type="file"
          accept="application/json,.json"
          onChange={onFile}
          tabIndex={-1}
          aria-label={s.fileLabel}
        />
        <button type="button" class="button secondary" onClick={asking.ask} disabled={count === 0 && !unreadable}>
          {s.clear}
        </button>
      </div>
      <Confirm
        asking={asking}
        id="clear-text"
        yes={s.confirmYes}
        no={s.confirmKeep}
        onYes={() => {
          clearHistory();
          onCleared();
        }}
      >
        {format(s.confirmClear, lang, { count })}
      </Confirm>
    </>
  );
}
