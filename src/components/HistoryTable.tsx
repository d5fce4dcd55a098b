/**
 * The finished checks kept on this device, newest first: date, index, band and a link to each
 * result. Props only; src/islands/HistoryApp.tsx uses it.
 */
import type { HistoryRow } from '../lib/history-log.ts';
import { format } from '../i18n/format.ts';
import type { IslandStrings } from '../i18n/types.ts';

interface Props {
  readonly rows: readonly HistoryRow[];
  /** The site's base path, ending in '/'. */
  readonly base: string;
  readonly strings: IslandStrings<'history'>;
}

export function HistoryTable({ rows, base, strings }: Props) {
  const { history: s, lang } = strings;
  const dateFormat = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <section class="table-scroll" tabIndex={0} aria-labelledby="history-caption">
      <table class="history-table">
        <caption id="history-caption">{s.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.date}</th>
            <th scope="col">{s.index}</th>
            <th scope="col">{s.band}</th>
            <th scope="col">{s.result}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ entry, view }) => (
            <tr>
              <td>
                <time dateTime={entry.date}>{dateFormat.format(new Date(entry.date))}</time>
              </td>
              <td>{view?.index ?? s.noIndex}</td>
              <td>{view ? (view.indexBand?.name ?? s.noIndex) : format(s.otherVersion, lang, { version: entry.version })}</td>
              <td>
                <a href={`${base}result/${entry.code}/`}>{entry.code}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
