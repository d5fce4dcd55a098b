/** The trend chart with its caption (what it shows and leaves out), or just what it leaves out when there is nothing to draw. */
import type { Instrument } from '../lib/instrument.ts';
import { format } from '../i18n/format.ts';
import type { IslandStrings } from '../i18n/types.ts';
import { TrendChart } from './TrendChart.tsx';

interface Props {
  /** The levels to draw, oldest first, and the results left out: of an earlier version, or with no overall reading. */
  readonly trend: { readonly levels: readonly number[]; readonly earlier: number; readonly noOverall: number };
  readonly inst: Instrument;
  readonly strings: IslandStrings<'history'>;
}

export function TrendFigure({ trend, inst, strings }: Props) {
  const { history: s, lang } = strings;
  // What the chart leaves out, said in its caption: it draws only results of the current version that have an overall reading.
  const notDrawn = [
    trend.earlier > 0 && format(s.trendEarlier, lang, { count: trend.earlier, version: inst.version }),
    trend.noOverall > 0 && format(s.trendNoOverall, lang, { count: trend.noOverall }),
  ].filter((note): note is string => typeof note === 'string');

  if (trend.levels.length < 2) return notDrawn.length > 0 ? <p class="trend-note">{notDrawn.join(' ')}</p> : null;
  return (
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
  );
}
