/**
 * A team comparison drawn: the warnings that qualify it, each dimension's team level beside the
 * manager's own, and the blind spots with what to read. Props only; src/islands/CompareApp.tsx uses it.
 */
import type { Instrument } from '../lib/instrument.ts';
import { blindSpotRaters, type TeamComparison } from '../lib/team.ts';
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
  /** Small numbers in words, index = the number (at least up to blindSpotRaters(inst)). */
  readonly words: readonly string[];
  /** The codes left out because they are of another version (comparison.leftOut), with their line and version. */
  readonly leftOut: readonly { readonly code: string; readonly line: number; readonly version: number }[];
}

export function TeamChart({ comparison, inst, base, chapters, strings, words, leftOut }: Props) {
  const { compare: s, result: r, lang } = strings;
  const n = comparison.raterCount;
  const bands = inst.bands.length;
  const min = blindSpotRaters(inst);
  const minWords = words[min] ?? String(min);
  const withSelf = comparison.dimensions.some((d) => d.selfLevel !== undefined);
  const blind = comparison.dimensions.filter((d) => d.blindSpot);
  return (
    <>
      {comparison.fewRaters && (
        <p class="warning" role="note">
          {parts(s.fewRaters, lang, {
            lead: <strong>{format(s.fewRatersLead, lang, { min: minWords })}</strong>,
            count: n,
            words: words[n] ?? n,
            min: minWords,
          })}
        </p>
      )}
      {comparison.selfOtherVersion && <p class="warning">{s.selfOtherVersion}</p>}
      {comparison.summaryOtherVersion && <p class="warning">{format(s.summaryOtherVersion, lang, { version: inst.version })}</p>}
      {comparison.source === 'summary' && (
        <p class="summary-note">{parts(s.summaryNote, lang, { lead: <strong>{s.summaryLead}</strong> })}</p>
      )}
      {leftOut.length > 0 && (
        <div class="warning left-out">
          <p>{format(s.otherVersion, lang, { count: leftOut.length, version: inst.version })}</p>
          <ul>
            {leftOut.map((c) => (
              <li>{parts(s.otherVersionCode, lang, { code: <code>{c.code}</code>, version: c.version, line: c.line })}</li>
            ))}
          </ul>
        </div>
      )}
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
                  <span class="who">
                    {parts(s.you, lang, { band: <strong>{d.selfLevel === null ? r.notEnough : inst.bands[d.selfLevel]?.name}</strong> })}
                  </span>
                  <BandMeter bands={bands} level={d.selfLevel} />
                </span>
              )}
              <span
                class={`pair-line team ${toneClass(d.teamLevel, bands)}`}
                data-team-mean={d.teamMean?.toFixed(2)}
                data-raters={d.raters}
                data-agreement={d.agreement}
              >
                <span class="who">
                  {parts(s.team, lang, {
                    band: <strong>{d.teamBand?.name ?? r.notEnough}</strong>,
                    detail:
                      d.low === undefined || d.high === undefined ? (
                        ''
                      ) : (
                        <span class="mean">
                          {d.agreement === 'split'
                            ? format(s.split, lang, {
                                count: d.raters,
                                low: inst.bands[d.low]?.name ?? '',
                                high: inst.bands[d.high]?.name ?? '',
                              })
                            : format(s.agree, lang, { count: d.raters })}
                        </span>
                      ),
                  })}
                </span>
                <BandMeter
                  bands={bands}
                  level={d.teamLevel ?? null}
                  range={d.low === undefined || d.high === undefined ? undefined : [d.low, d.high]}
                />
              </span>
              {d.tooFewRaters && <span class="few-note">{format(s.tooFewForBlind, lang, { count: d.raters, min: minWords })}</span>}
            </li>
          ))}
        </ul>
        <MeterAxis strings={r} />
      </figure>

      {blind.length > 0 ? (
        <div class="blind-spots">
          <h3>{s.blindTitle}</h3>
          <p>{format(s.blindIntro, lang, { min: minWords })}</p>
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
        <p class="no-blind">{format(s.noBlind, lang, { min: minWords })}</p>
      ) : (
        <p class="no-blind">{format(s.blindRule, lang, { min: minWords })}</p>
      )}
    </>
  );
}
