/**
 * Progress over time: the finished checks kept on this device, as a small chart and a table,
 * with export to a file, import from one, and clear (after asking). A view over
 * src/stores/history.ts and src/stores/history-file.ts.
 */
import { useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $history, $historyRows } from '../stores/history.ts';
import { $historyEvent, $trend, clearHistory, exportToFile, importFromFile, type HistoryEvent } from '../stores/history-file.ts';
import { $hydrated, type StoreSetup } from '../stores/setup.ts';
import { HistoryTable } from '../components/HistoryTable.tsx';
import { TrendChart } from '../components/TrendChart.tsx';
import { StorageNotice } from './StorageNotice.tsx';
import { Confirm, focusLater, useAsking } from './ui.tsx';
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
  const asking = useAsking();
  const file = useRef<HTMLInputElement>(null);
  const status = useRef<HTMLDivElement>(null);
  const rows = hydrated ? liveRows : [];
  // What the chart leaves out, said in its caption: it draws only results of the current version that have an overall reading.
  const notDrawn = [
    trend.earlier > 0 && format(s.trendEarlier, lang, { count: trend.earlier, version: inst.version }),
    trend.noOverall > 0 && format(s.trendNoOverall, lang, { count: trend.noOverall }),
  ].filter((note): note is string => typeof note === 'string');

  const onFile = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const chosen = input.files?.[0];
    input.value = '';
    if (chosen) void importFromFile(chosen);
  };

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
          {trend.levels.length >= 2 ? (
            <figure class="result trend-figure" aria-labelledby="trend-caption">
              <figcaption id="trend-caption">
                {format(s.trendCaption, lang, {
                  version: inst.version,
                  low: inst.bands[0]?.name ?? '',
                  high: inst.bands.at(-1)?.name ?? '',
                })}
                {notDrawn.map((note) => (
                  <span class="trend-note"> {note}</span>
                ))}
              </figcaption>
              <TrendChart levels={trend.levels} bands={inst.bands} oldest={s.oldest} newest={s.newest} />
            </figure>
          ) : (
            notDrawn.length > 0 && <p class="trend-note">{notDrawn.join(' ')}</p>
          )}
          <HistoryTable rows={rows} base={base} strings={strings} />
        </>
      )}
      <div class="history-actions">
        <button
          type="button"
          class="button secondary"
          onClick={() => exportToFile((date) => format(s.fileName, lang, { date }))}
          disabled={rows.length === 0}
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
        <button type="button" class="button secondary" onClick={asking.ask} disabled={rows.length === 0 && !history.unreadable}>
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
          focusLater(() => status.current);
        }}
      >
        {format(s.confirmClear, lang, { count: rows.length })}
      </Confirm>
    </div>
  );
}
