/**
 * The finished checks kept on this device, newest first: date, overall reading, the version of the
 * check it was taken on, and a link to each result. A result of an earlier version keeps what it
 * showed (version 1: its index and band) and is marked as earlier. Props only; src/islands/HistoryApp.tsx uses it.
 */
import type { HistoryRow } from '../lib/history-log.ts';
import { dateText, format } from '../i18n/format.ts';
import type { IslandStrings } from '../i18n/types.ts';

interface Props {
  readonly rows: readonly HistoryRow[];
  /** The site's base path, ending in '/'. */
  readonly base: string;
  readonly strings: IslandStrings<'history'>;
}

export function HistoryTable({ rows, base, strings }: Props) {
  const { history: s, lang } = strings;
  const overall = ({ view }: HistoryRow): string => {
    if (!view?.indexBand) return s.noOverall;
    return view.numeric && view.index !== undefined
      ? format(s.overallIndex, lang, { index: view.index, band: view.indexBand.name })
      : view.indexBand.name;
  };
  return (
    <section class="table-scroll" tabIndex={0} aria-labelledby="history-caption">
      <table class="history-table">
        <caption id="history-caption">{s.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.date}</th>
            <th scope="col">{s.overall}</th>
            <th scope="col">{s.version}</th>
            <th scope="col">{s.result}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr data-version={row.entry.version} class={row.current ? undefined : 'earlier'}>
              <td>
                <time dateTime={row.entry.date}>{dateText(new Date(row.entry.date), lang)}</time>
              </td>
              <td>{overall(row)}</td>
              <td>
                {row.current ? (
                  format(s.versionCurrent, lang, { version: row.entry.version })
                ) : (
                  <span class="version-tag">{format(s.versionEarlier, lang, { version: row.entry.version })}</span>
                )}
              </td>
              <td>
                <a href={`${base}result/${row.entry.code}/`}>{row.entry.code}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
