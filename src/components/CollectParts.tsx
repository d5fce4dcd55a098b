/**
 * Pieces of the collector's page (src/islands/CollectApp.tsx): the codes read but left out of the
 * summary, each with its line and reason, and the preview of exactly what the summary link shows the
 * manager.
 */
import type { LeftOut } from '../lib/collect.ts';
import type { Instrument } from '../lib/instrument.ts';
import type { PreviewRow } from '../stores/collect.ts';
import { format, parts } from '../i18n/format.ts';
import type { IslandStrings } from '../i18n/types.ts';

type Strings = IslandStrings<'collect' | 'compare'>;

export function LeftOutList({
  leftOut,
  version,
  strings,
}: {
  readonly leftOut: readonly LeftOut[];
  readonly version: number;
  readonly strings: Strings;
}) {
  const { collect: s, compare: c, lang } = strings;
  if (leftOut.length === 0) return null;
  const reason = (l: LeftOut) =>
    l.reason.kind === 'other-version' ? format(s.otherVersion, lang, { version: l.reason.version, current: version }) : s[l.reason.kind];
  return (
    <ul class="problems left-out" aria-label={s.leftOutLabel}>
      {leftOut.map((l) => (
        <li data-left-out={l.reason.kind}>
          {parts(s.leftOut, lang, {
            line: <strong>{format(c.problemLine, lang, { line: l.line })}</strong>,
            text: <span class="bad">{l.text}</span>,
            reason: reason(l),
          })}
        </li>
      ))}
    </ul>
  );
}

interface PreviewProps {
  readonly inst: Instrument;
  readonly raters: number;
  readonly rows: readonly PreviewRow[];
  readonly strings: Strings;
}

/** What the manager will see: how many raters, and per dimension a level or a range, agreed or split. */
export function SummaryPreview({ inst, raters, rows, strings }: PreviewProps) {
  const { collect: s, lang } = strings;
  const band = (level: number) => inst.bands[level]?.name ?? '';
  return (
    <div class="summary-preview" data-preview-raters={raters}>
      <h3>{s.previewTitle}</h3>
      <p>{format(s.previewRaters, lang, { count: raters })}</p>
      <div class="table-wrap">
        <table class="data-table">
          <caption class="sr-only">{s.previewCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.dimension}</th>
              <th scope="col">{s.teamView}</th>
              <th scope="col">{s.agreement}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ id, name, view, agreement }) => (
              <tr data-dimension={id}>
                <th scope="row">{name}</th>
                <td data-view>
                  {view === undefined
                    ? s.noLevel
                    : agreement === 'split'
                      ? format(s.range, lang, { low: band(view.low), high: band(view.high) })
                      : band(view.level)}
                  {view !== undefined && view.count < raters && <> {format(s.fromSome, lang, { count: view.count })}</>}
                </td>
                <td data-agreement={agreement ?? ''}>{agreement === undefined ? '' : agreement === 'split' ? s.split : s.agree}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="hint-text">{s.previewNothingElse}</p>
    </div>
  );
}
