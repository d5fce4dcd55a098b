/**
 * Progress over time: the finished checks kept on this device, as a small chart and a table,
 * with export to a file, import from one, and clear (after asking). A thin view over
 * src/stores/history.ts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Instrument } from '../lib/instrument.ts';
import { describeEntries, type HistoryRow as Row } from '../lib/history-log.ts';
import { $history, $shapes, clearHistory, initHistory, type ShapeRecord } from '../stores/history.ts';
import { exportHistoryText, importHistory } from '../stores/history-file.ts';
import { StorageNotice } from './StorageNotice.tsx';
import type { IslandStrings } from '../i18n/types.ts';
import { importErrorText } from '../i18n/reasons/history.ts';

interface Props {
  readonly inst: Instrument;
  readonly base: string;
  readonly shapes: ShapeRecord;
  readonly strings: IslandStrings<'importError'>;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });


/** Index over time, oldest left; each point labelled in the table beside it, so the chart is hidden from assistive tech. */
function Trend({ rows, inst }: { rows: readonly Row[]; inst: Instrument }) {
  const points = rows.filter((r) => r.view).slice(0, 12).reverse();
  if (points.length < 2) return null;
  const W = 600;
  const H = 180;
  const pad = 28;
  const x = (i: number) => pad + (i * (W - 2 * pad)) / (points.length - 1);
  const y = (v: number) => H - pad - (v / 100) * (H - 2 * pad);
  return (
    <svg class="trend" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      {inst.bands.map((b, i) => (
        <rect class={`trend-band lvl-${i}`} x={pad} y={y(b.max + (i === inst.bands.length - 1 ? 0 : 1))} width={W - 2 * pad} height={Math.max(0, y(b.min) - y(b.max + (i === inst.bands.length - 1 ? 0 : 1)))} />
      ))}
      <polyline class="trend-line" points={points.map((p, i) => `${x(i)},${y(p.view?.index ?? 0)}`).join(' ')} />
      {points.map((p, i) => (
        <g>
          <circle class="trend-dot" cx={x(i)} cy={y(p.view?.index ?? 0)} r={5} />
          <text class="trend-label" x={x(i)} y={y(p.view?.index ?? 0) - 10} text-anchor="middle">{p.view?.index}</text>
        </g>
      ))}
      <text class="trend-axis" x={pad} y={H - 6}>oldest</text>
      <text class="trend-axis" x={W - pad} y={H - 6} text-anchor="end">newest</text>
    </svg>
  );
}

export default function HistoryApp({ inst, base, shapes, strings }: Props) {
  useState(() => initHistory(shapes));
  const history = useStore($history);
  const known = useStore($shapes);
  const [mounted, setMounted] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>();
  const [confirming, setConfirming] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => setMounted(true), []);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const rows = mounted ? describeEntries(inst, known, history.entries) : [];

  const download = () => {
    const now = new Date();
    const blob = new Blob([exportHistoryText(now)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `mini-me-check-history-${now.toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    setMessage({ kind: 'ok', text: `Exported ${rows.length} result${rows.length === 1 ? '' : 's'} to a file.` });
  };
  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    if (chosen.size > 1_000_000) {
      setMessage({ kind: 'error', text: 'That file is too large to be a history file. Nothing was changed.' });
      return;
    }
    const before = history.entries.length;
    const result = importHistory(await chosen.text());
    if (result.ok) {
      const after = $history.get().entries.length;
      setMessage({ kind: 'ok', text: `Imported ${result.entries.length} result${result.entries.length === 1 ? '' : 's'}; ${after - before} new.` });
    } else {
      setMessage({ kind: 'error', text: `${importErrorText(result.error, strings.importError, strings.lang)} Nothing was changed.` });
    }
  };

  return (
    <div class="history">
      <StorageNotice mounted={mounted} what="your history" />
      <div class="history-status" role="status" ref={statusRef} tabIndex={-1}>
        {message && <p class={message.kind === 'error' ? 'msg error' : 'msg ok'}>{message.text}</p>}
        {mounted && history.unreadable && (
          <p class="msg error">The history saved on this device could not be read. It is kept aside, untouched, until you import or clear.</p>
        )}
      </div>
      {rows.length === 0 ? (
        <p class="empty">No finished checks on this device yet. <a href={`${base}quiz/`}>Take the check</a>; each result you finish is added here.</p>
      ) : (
        <>
          <figure class="result trend-figure" aria-labelledby="trend-caption">
            <figcaption id="trend-caption">Your Mini-Me Index over time (0 builds on each rep, 100 coaches everyone like you)</figcaption>
            <Trend rows={rows} inst={inst} />
          </figure>
          <section class="table-scroll" tabIndex={0} aria-labelledby="history-caption">
            <table class="history-table">
              <caption id="history-caption">Finished checks, newest first</caption>
              <thead>
                <tr><th scope="col">Date</th><th scope="col">Index</th><th scope="col">Band</th><th scope="col">Result</th></tr>
              </thead>
              <tbody>
                {rows.map(({ entry, view }) => (
                  <tr>
                    <td><time dateTime={entry.date}>{dateFormat.format(new Date(entry.date))}</time></td>
                    <td>{view?.index ?? '–'}</td>
                    <td>{view?.indexBand.name ?? `version ${entry.version}`}</td>
                    <td><a href={`${base}result/${entry.code}/`}>{entry.code}</a></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
      <div class="history-actions">
        <button type="button" class="button secondary" onClick={download} disabled={rows.length === 0}>Export to a file</button>
        <button type="button" class="button secondary" onClick={() => file.current?.click()}>Import a file</button>
        <input ref={file} id="history-file" class="sr-only" type="file" accept="application/json,.json" onChange={onFile} tabIndex={-1} aria-label="History file to import" />
        <button type="button" ref={clearButton} class="button secondary" onClick={() => setConfirming(true)} disabled={rows.length === 0 && !history.unreadable}>Clear history</button>
      </div>
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="clear-text">
          <p id="clear-text" ref={confirmRef} tabIndex={-1}>Clear all {rows.length} saved result{rows.length === 1 ? '' : 's'} from this device? Export first if you may want them back.</p>
          <div class="row">
            <button type="button" class="button" onClick={() => { clearHistory(); setConfirming(false); setMessage({ kind: 'ok', text: 'History cleared.' }); requestAnimationFrame(() => statusRef.current?.focus()); }}>Yes, clear</button>
            <button type="button" class="button secondary" onClick={() => { setConfirming(false); requestAnimationFrame(() => clearButton.current?.focus()); }}>Keep it</button>
          </div>
        </div>
      )}
    </div>
  );
}
