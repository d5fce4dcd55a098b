/**
 * A team comparison drawn: the warnings that qualify it, each dimension's team level beside the
 * manager's own, and the blind spots with what to read. Props only; src/islands/CompareApp.tsx uses it.
 */
import type { Instrument } from '../lib/instrument.ts';
import { ANONYMOUS_RATERS, type TeamComparison } from '../lib/team.ts';
import { format, parts } from '../i18n/format.ts';
import type { IslandStrings } from '../i18n/types.ts';
import { toneClass } from '../lib/tone.ts';
import { BandMeter, MeterAxis } from './BandMeter.tsx';

interface Props {
  readonly comparison: TeamComparison;
  readonly inst: Instrument;
  readonly base: string;
  /** Chapter titles by slug, for the reading links. */
  readonly chapters: Readonly<Record<string, string>>;
  readonly strings: IslandStrings<'compare' | 'result'>;
  /** Small numbers in words, index = the number (at least up to ANONYMOUS_RATERS). */
  readonly words: readonly string[];
}

export function TeamChart({ comparison, inst, base, chapters, strings, words }: Props) {
  const { compare: s, lang } = strings;
  const n = comparison.raterCount;
  const level = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const bands = inst.bands.length;
  const withSelf = comparison.dimensions.some((d) => d.selfLevel !== undefined);
  const blind = comparison.dimensions.filter((d) => d.blindSpot);
  return (
    <>
      {comparison.anonymityWarning && (
        <p class="warning" role="note">
          {parts(s.fewRaters, lang, {
            lead: <strong>{format(s.fewRatersLead, lang, { min: words[ANONYMOUS_RATERS] ?? ANONYMOUS_RATERS })}</strong>,
            count: n,
            words: words[n] ?? n,
          })}
        </p>
      )}
      {comparison.selfOtherVersion && <p class="warning">{s.selfOtherVersion}</p>}
      {comparison.otherVersion > 0 && <p class="warning">{format(s.otherVersion, lang, { count: comparison.otherVersion })}</p>}
      <figure class="result compare-chart" aria-labelledby="compare-caption">
        <figcaption id="compare-caption">{format(withSelf ? s.averageBesideYou : s.average, lang, { count: n })}</figcaption>
        <ul class="chart-rows">
          {comparison.dimensions.map((d) => (
            <li class={`compare-row${d.blindSpot ? ' blind' : ''}`} data-dimension={d.dimension.id}>
              <span class="chart-label">
                {d.dimension.name}
                {d.blindSpot && <span class="blind-badge">{s.blindSpot}</span>}
              </span>
              {d.selfLevel !== undefined && (
                <span class={`pair-line ${toneClass(d.selfLevel, bands)}`}>
                  <span class="who">{parts(s.you, lang, { band: <strong>{inst.bands[d.selfLevel]?.name}</strong> })}</span>
                  <BandMeter bands={bands} level={d.selfLevel} />
                </span>
              )}
              <span class={`pair-line team ${toneClass(d.teamLevel ?? 0, bands)}`} data-team-mean={d.teamMean?.toFixed(2)}>
                <span class="who">
                  {parts(s.team, lang, {
                    band: <strong>{d.teamBand?.name}</strong>,
                    mean: <span class="mean">{format(s.mean, lang, { level: level.format((d.teamMean ?? 0) + 1), count: bands })}</span>,
                  })}
                </span>
                <BandMeter bands={bands} level={d.teamLevel ?? 0} />
              </span>
            </li>
          ))}
        </ul>
        <MeterAxis strings={strings.result} />
      </figure>

      {blind.length > 0 ? (
        <div class="blind-spots">
          <h3>{s.blindTitle}</h3>
          <p>{s.blindIntro}</p>
          <ul>
            {blind.map((d) => (
              <li>
                {parts(s.blindLine, lang, {
                  dimension: <strong>{format(s.blindDimension, lang, { dimension: d.dimension.name })}</strong>,
                  advice: d.advice?.text ?? '',
                  read: d.advice?.chapters[0] ? (
                    <a href={`${base}guide/${d.advice.chapters[0]}/`}>
                      {format(s.blindRead, lang, { chapter: chapters[d.advice.chapters[0]] ?? d.advice.chapters[0] })}
                    </a>
                  ) : (
                    ''
                  ),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : withSelf ? (
        <p class="no-blind">{s.noBlind}</p>
      ) : null}
    </>
  );
}
