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
import { TrendChart } from '../components/TrendChart.tsx';
import { StorageNotice } from './StorageNotice.tsx';
import { Confirm, focusLater, useAsking } from './ui.tsx';
import type { IslandStrings } from '../i18n/types.ts';
import { importErrorText } from '../i18n/reasons/history.ts';

interface Props extends StoreSetup {
  readonly base: string;
  readonly strings: IslandStrings<'importError'>;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const results = (n: number) => `${n} result${n === 1 ? '' : 's'}`;

function eventText(e: HistoryEvent, strings: IslandStrings<'importError'>): string {
  switch (e.kind) {
    case 'exported':
      return `Exported ${results(e.count)} to a file.`;
    case 'imported':
      return `Imported ${results(e.read)}; ${e.added} new.`;
    case 'refused':
      return `${importErrorText(e.error, strings.importError, strings.lang)} Nothing was changed.`;
    case 'too-large':
      return 'That file is too large to be a history file. Nothing was changed.';
    case 'cleared':
      return 'History cleared.';
  }
}

export default function HistoryApp({ inst, base, strings }: Props) {
  const hydrated = useStore($hydrated);
  const history = useStore($history);
  const liveRows = useStore($historyRows);
  const trend = useStore($trend);
  const event = useStore($historyEvent);
  const asking = useAsking();
  const file = useRef<HTMLInputElement>(null);
  const status = useRef<HTMLDivElement>(null);
  const rows = hydrated ? liveRows : [];

  const onFile = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const chosen = input.files?.[0];
    input.value = '';
    if (chosen) void importFromFile(chosen);
  };

  return (
    <div class="history">
      <StorageNotice what="your history" />
      <div class="history-status" role="status" ref={status} tabIndex={-1}>
        {event && (
          <p class={event.kind === 'refused' || event.kind === 'too-large' ? 'msg error' : 'msg ok'}>{eventText(event, strings)}</p>
        )}
        {hydrated && history.unreadable && (
          <p class="msg error">
            The history saved on this device could not be read. It is kept aside, untouched, until you import or clear.
          </p>
        )}
      </div>
      {rows.length === 0 ? (
        <p class="empty">
          No finished checks on this device yet. <a href={`${base}quiz/`}>Take the check</a>; each result you finish is added here.
        </p>
      ) : (
        <>
          <figure class="result trend-figure" aria-labelledby="trend-caption">
            <figcaption id="trend-caption">Your Mini-Me Index over time (0 builds on each rep, 100 coaches everyone like you)</figcaption>
            <TrendChart points={trend} bands={inst.bands} />
          </figure>
          <section class="table-scroll" tabIndex={0} aria-labelledby="history-caption">
            <table class="history-table">
              <caption id="history-caption">Finished checks, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Index</th>
                  <th scope="col">Band</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ entry, view }) => (
                  <tr>
                    <td>
                      <time dateTime={entry.date}>{dateFormat.format(new Date(entry.date))}</time>
                    </td>
                    <td>{view?.index ?? '–'}</td>
                    <td>{view?.indexBand.name ?? `version ${entry.version}`}</td>
                    <td>
                      <a href={`${base}result/${entry.code}/`}>{entry.code}</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
      <div class="history-actions">
        <button type="button" class="button secondary" onClick={() => exportToFile()} disabled={rows.length === 0}>
          Export to a file
        </button>
        <button type="button" class="button secondary" onClick={() => file.current?.click()}>
          Import a file
        </button>
        <input
          ref={file}
          id="history-file"
          class="sr-only"
          type="file"
          accept="application/json,.json"
          onChange={onFile}
          tabIndex={-1}
          aria-label="History file to import"
        />
        <button type="button" class="button secondary" onClick={asking.ask} disabled={rows.length === 0 && !history.unreadable}>
          Clear history
        </button>
      </div>
      <Confirm
        asking={asking}
        id="clear-text"
        yes="Yes, clear"
        no="Keep it"
        onYes={() => {
          clearHistory();
          focusLater(() => status.current);
        }}
      >
        Clear all {rows.length} saved result{rows.length === 1 ? '' : 's'} from this device? Export first if you may want them back.
      </Confirm>
    </div>
  );
}
