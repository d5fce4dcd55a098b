/**
 * A team comparison drawn: the warnings that qualify it, each dimension's team level beside the
 * manager's own, and the blind spots with what to read. Props only; src/islands/CompareApp.tsx uses it.
 */
import type { Instrument } from '../lib/instrument.ts';
import type { TeamComparison } from '../lib/team.ts';
import { BandMeter, MeterAxis } from './BandMeter.tsx';

interface Props {
  readonly comparison: TeamComparison;
  readonly inst: Instrument;
  readonly base: string;
  /** Chapter titles by slug, for the reading links. */
  readonly chapters: Readonly<Record<string, string>>;
}

export function TeamChart({ comparison, inst, base, chapters }: Props) {
  const bands = inst.bands.length;
  const withSelf = comparison.dimensions.some((d) => d.selfLevel !== undefined);
  const blind = comparison.dimensions.filter((d) => d.blindSpot);
  return (
    <>
      {comparison.anonymityWarning && (
        <p class="warning" role="note">
          <strong>Fewer than three raters:</strong> with {comparison.raterCount === 1 ? 'one rater' : 'two raters'}, the answers cannot be
          anonymous, and you may be able to tell who said what. Treat them with care, and never ask who wrote which code.
        </p>
      )}
      {comparison.selfOtherVersion && (
        <p class="warning">
          Your own result is from another version of the check, so it is left out of the comparison. Take the check again to compare.
        </p>
      )}
      {comparison.otherVersion > 0 && (
        <p class="warning">
          {comparison.otherVersion} code{comparison.otherVersion === 1 ? ' is' : 's are'} from another version of the check and left out.
        </p>
      )}
      <figure class="result compare-chart" aria-labelledby="compare-caption">
        <figcaption id="compare-caption">
          Average of {comparison.raterCount} rater{comparison.raterCount === 1 ? '' : 's'}
          {withSelf ? ' beside your own view' : ''}
        </figcaption>
        <ul class="chart-rows">
          {comparison.dimensions.map((d) => (
            <li class={`compare-row${d.blindSpot ? ' blind' : ''}`} data-dimension={d.dimension.id}>
              <span class="chart-label">
                {d.dimension.name}
                {d.blindSpot && <span class="blind-badge">Blind spot</span>}
              </span>
              {d.selfLevel !== undefined && (
                <span class={`pair-line lvl-${d.selfLevel}`}>
                  <span class="who">
                    You: <strong>{inst.bands[d.selfLevel]?.name}</strong>
                  </span>
                  <BandMeter bands={bands} level={d.selfLevel} />
                </span>
              )}
              <span class={`pair-line team lvl-${d.teamLevel ?? 0}`} data-team-mean={d.teamMean?.toFixed(2)}>
                <span class="who">
                  Team: <strong>{d.teamBand?.name}</strong>{' '}
                  <span class="mean">
                    (average level {((d.teamMean ?? 0) + 1).toFixed(1)} of {bands})
                  </span>
                </span>
                <BandMeter bands={bands} level={d.teamLevel ?? 0} />
              </span>
            </li>
          ))}
        </ul>
        <MeterAxis />
      </figure>

      {blind.length > 0 ? (
        <div class="blind-spots">
          <h3>Your blind spots</h3>
          <p>Where your team sees at least one level more mini-me coaching than you do:</p>
          <ul>
            {blind.map((d) => (
              <li>
                <strong>{d.dimension.name}.</strong> {d.advice?.text}{' '}
                {d.advice?.chapters[0] && (
                  <a href={`${base}guide/${d.advice.chapters[0]}/`}>Read: {chapters[d.advice.chapters[0]] ?? d.advice.chapters[0]}</a>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : withSelf ? (
        <p class="no-blind">No blind spot: on every dimension your team sees about as much mini-me coaching as you do, or less.</p>
      ) : null}
    </>
  );
}
