/**
 * Progress over time: the finished checks kept on this device, as a small chart and a table
 * (TrendFigure, HistoryTable), with export to a file, import from one, and clear (HistoryActions),
 * and what the last of those did. A view over src/stores/history.ts and src/stores/history-file.ts.
 */
import { useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $history, $historyRows } from '../stores/history.ts';
import { $historyEvent, $trend, type HistoryEvent } from '../stores/history-file.ts';
import { $hydrated, type StoreSetup } from '../stores/setup.ts';
import { HistoryTable } from '../components/HistoryTable.tsx';
import { TrendFigure } from '../components/TrendFigure.tsx';
import { HistoryActions } from './HistoryActions.tsx';
import { StorageNotice } from './StorageNotice.tsx';
import { focusLater } from './ui.tsx';
import type { IslandStrings } from '../i18n/types.ts';
import { format, parts } from '../i18n/format.ts';
import { importErrorText } from '../i18n/reasons/history.ts';

type Strings = IslandStrings<'history' | 'importError' | 'storage'>;

interface Props extends StoreSetup {
  readonly base: string;
  readonly strings: Strings;
}

function eventText(e: HistoryEvent, { history: s, importError, lang }: Strings): string {
  switch (e.kind) {
    case 'exported':
      return format(s.exported, lang, { count: e.count });
    case 'imported':
      return format(s.imported, lang, { count: e.read, fresh: e.added });
    case 'refused':
      return format(s.importFailed, lang, { reason: importErrorText(e.error, importError, lang) });
    case 'too-large':
      return s.tooLarge;
    case 'cleared':
      return s.cleared;
  }
}

export default function HistoryApp({ inst, base, strings }: Props) {
  const { history: s, lang } = strings;
  const hydrated = useStore($hydrated);
  const history = useStore($history);
  const liveRows = useStore($historyRows);
  const trend = useStore($trend);
  const event = useStore($historyEvent);
  const status = useRef<HTMLDivElement>(null);
  const rows = hydrated ? liveRows : [];

  return (
    <div class="history">
      <StorageNotice what={s.storageWhat} strings={strings.storage} lang={lang} />
      <div class="history-status" role="status" ref={status} tabIndex={-1}>
        {event && (
          <p class={event.kind === 'refused' || event.kind === 'too-large' ? 'msg error' : 'msg ok'}>{eventText(event, strings)}</p>
        )}
        {hydrated && history.unreadable && <p class="msg error">{s.unreadable}</p>}
      </div>
      {rows.length === 0 ? (
        <p class="empty">{parts(s.empty, lang, { link: <a href={`${base}quiz/`}>{s.emptyLink}</a> })}</p>
      ) : (
        <>
          <TrendFigure trend={trend} inst={inst} strings={strings} />
          <HistoryTable rows={rows} base={base} strings={strings} />
        </>
      )}
      <HistoryActions
        count={rows.length}
        unreadable={history.unreadable}
        onCleared={() => focusLater(() => status.current)}
        strings={strings}
      />
    </div>
  );
}
