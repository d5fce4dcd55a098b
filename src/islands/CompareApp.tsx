/**
 * The team comparison: the manager pastes rater codes or links; the view sets their own result
 * beside the team's average per dimension and marks blind spots. A thin view over src/stores/team.ts.
 */
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Instrument } from '../lib/instrument.ts';
import { describeEntries } from '../lib/history-log.ts';
import { $history, $shapes, initHistory, type ShapeRecord } from '../stores/history.ts';
import { $selfChoice, $team, $teamText, addFromFragment, appendLines, chooseSelf, initTeam, setTeamText } from '../stores/team.ts';
import { BandMeter, MeterAxis } from '../components/BandMeter.tsx';
import { CopyLink } from './CopyLink.tsx';
import { StorageNotice } from './StorageNotice.tsx';
import type { IslandStrings } from '../i18n/types.ts';
import { teamProblemText } from '../i18n/reasons/team.ts';

interface Props {
  readonly inst: Instrument;
  readonly base: string;
  readonly chapters: Readonly<Record<string, string>>;
  readonly shapes: ShapeRecord;
  readonly strings: IslandStrings<'teamProblem'>;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

export default function CompareApp({ inst, base, chapters, shapes, strings }: Props) {
  useState(() => {
    initHistory(shapes);
    initTeam(inst);
  });
  const live = useStore($team);
  const history = useStore($history);
  const choice = useStore($selfChoice);
  const boxText = useStore($teamText);
  const knownShapes = useStore($shapes);
  // First client render matches the server's (empty) render; stored state follows after mount.
  const [mounted, setMounted] = useState(false);
  const [fromLink, setFromLink] = useState<{ added: number; skipped: readonly string[] }>({ added: 0, skipped: [] });
  useEffect(() => {
    setMounted(true);
    if (location.hash.length > 1) setFromLink(addFromFragment(location.hash));
  }, []);
  // The count is announced once typing pauses, not on every keystroke.
  const [announced, setAnnounced] = useState('');

  const text = mounted ? live.parsed : undefined;
  const linesLeftOut = text ? new Set(text.problems.map((p) => p.line)).size : 0;
  const summary = text
    ? `${text.raters.length} rater code${text.raters.length === 1 ? '' : 's'} read${linesLeftOut > 0 ? `; ${linesLeftOut} line${linesLeftOut === 1 ? '' : 's'} with something left out (see below)` : ''}.`
    : '';
  useEffect(() => {
    const t = setTimeout(() => setAnnounced(summary), 700);
    return () => clearTimeout(t);
  }, [summary]);
  const team = mounted ? live : undefined;
  const comparison = team?.comparison;
  const bands = inst.bands.length;
  const origin = typeof location === 'undefined' ? '' : location.origin;
  const rows = mounted ? describeEntries(inst, knownShapes, history.entries) : [];
  // The picker shows the newest few, and always the one the store compares with.
  const picked = team?.selfSource === 'history' ? team.selfCode : undefined;
  const shown = rows.filter((r, i) => i < 8 || r.entry.code === picked);

  return (
    <div class="compare">
      <StorageNotice mounted={mounted} what="the codes you paste" />
      <section class="panel" aria-labelledby="codes-title">
        <h2 id="codes-title">1. Paste your reps’ codes</h2>
        <label class="field-label" for="team-codes">Rater codes or links, one or several per line</label>
        <p id="team-codes-hint" class="hint-text">
          Each rep who takes the <a href={`${base}team/rate/`}>rater version</a> gets a code such as <code>r{inst.version}-2130</code> and a
          link. Paste them in any mix; lines that are not codes are pointed out and left out. Opening a rep’s link adds its code here once.
        </p>
        <textarea
          id="team-codes"
          rows={6}
          spellcheck={false}
          autocomplete="off"
          aria-describedby="team-codes-hint team-codes-status"
          value={mounted ? boxText : ''}
          onInput={(e) => setTeamText((e.target as HTMLTextAreaElement).value)}
        />
        <p class="codes-status">{summary}</p>
        <div id="team-codes-status" role="status" class="sr-only">{announced}</div>
        {fromLink.added > 0 && <p class="codes-status">Added {fromLink.added} code{fromLink.added === 1 ? '' : 's'} from the link you opened.</p>}
        {fromLink.added === 0 && fromLink.skipped.length > 0 && (
          <p class="codes-status">
            The code in the link you opened is already in the box. If a second rep sent the same code,{' '}
            <button type="button" class="linkish inline" onClick={() => { appendLines(fromLink.skipped); setFromLink({ added: fromLink.skipped.length, skipped: [] }); }}>
              add it again
            </button>
            .
          </p>
        )}
        {text && text.problems.length > 0 && (
          <ul class="problems" aria-label="Lines left out">
            {text.problems.map((p) => (
              <li>
                <strong>Line {p.line}:</strong> {p.text && <>“<span class="bad">{p.text}</span>”: </>}{teamProblemText(p.reason, strings.teamProblem, strings.lang)}.
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="panel" aria-labelledby="self-title">
        <h2 id="self-title">2. Your own result</h2>
        {team?.selfSource === 'box' ? (
          <p>Using your result from the box: <code>{team.selfCode}</code>.</p>
        ) : rows.length > 0 ? (
          <fieldset class="self-choice">
            <legend>Compare with</legend>
            {shown.map(({ entry: e, view }, i) => {
              // The store decides which result is compared; the first entry with that code shows it.
              const checked = picked === e.code && shown.findIndex((r) => r.entry.code === picked) === i;
              return (
                <label class="choice">
                  <input type="radio" name="self" value={e.code} checked={checked} onChange={() => chooseSelf(e.code)} />
                  <span>
                    {dateFormat.format(new Date(e.date))}: {view ? `index ${view.index}, ${view.indexBand.name}` : e.code}
                    {i === 0 && ' (newest)'}
                  </span>
                </label>
              );
            })}
            <label class="choice">
              <input type="radio" name="self" value="none" checked={choice === 'none'} onChange={() => chooseSelf('none')} />
              <span>None: show the team’s view only</span>
            </label>
          </fieldset>
        ) : (
          <p>
            There is no finished check on this device. <a href={`${base}quiz/`}>Take the check</a> first, or paste the link
            to your result into the box above.
          </p>
        )}
      </section>

      <section class="panel" aria-labelledby="view-title" data-rater-count={comparison?.raterCount ?? 0}>
        <h2 id="view-title">3. You and your team</h2>
        {!comparison || comparison.raterCount === 0 ? (
          <p class="empty">Paste at least one rater code to see how your team’s view compares with yours.</p>
        ) : (
          <>
            {comparison.anonymityWarning && (
              <p class="warning" role="note">
                <strong>Fewer than three raters:</strong> with {comparison.raterCount === 1 ? 'one rater' : 'two raters'}, the answers
                cannot be anonymous, and you may be able to tell who said what. Treat them with care, and never ask who wrote which code.
              </p>
            )}
            {comparison.selfOtherVersion && (
              <p class="warning">Your own result is from another version of the check, so it is left out of the comparison. Take the check again to compare.</p>
            )}
            {comparison.otherVersion > 0 && (
              <p class="warning">{comparison.otherVersion} code{comparison.otherVersion === 1 ? ' is' : 's are'} from another version of the check and left out.</p>
            )}
            <figure class="result compare-chart" aria-labelledby="compare-caption">
              <figcaption id="compare-caption">
                Average of {comparison.raterCount} rater{comparison.raterCount === 1 ? '' : 's'}
                {comparison.dimensions.some((d) => d.selfLevel !== undefined) ? ' beside your own view' : ''}
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
                        <span class="who">You: <strong>{inst.bands[d.selfLevel]?.name}</strong></span>
                        <BandMeter bands={bands} level={d.selfLevel} />
                      </span>
                    )}
                    <span class={`pair-line team lvl-${d.teamLevel ?? 0}`} data-team-mean={d.teamMean?.toFixed(2)}>
                      <span class="who">
                        Team: <strong>{d.teamBand?.name}</strong> <span class="mean">(average level {((d.teamMean ?? 0) + 1).toFixed(1)} of {bands})</span>
                      </span>
                      <BandMeter bands={bands} level={d.teamLevel ?? 0} />
                    </span>
                  </li>
                ))}
              </ul>
              <MeterAxis />
            </figure>

            {comparison.dimensions.some((d) => d.blindSpot) ? (
              <div class="blind-spots">
                <h3>Your blind spots</h3>
                <p>Where your team sees at least one level more mini-me coaching than you do:</p>
                <ul>
                  {comparison.dimensions.filter((d) => d.blindSpot).map((d) => (
                    <li>
                      <strong>{d.dimension.name}.</strong> {d.advice?.text}{' '}
                      {d.advice?.chapters[0] && <a href={`${base}guide/${d.advice.chapters[0]}/`}>Read: {chapters[d.advice.chapters[0]] ?? d.advice.chapters[0]}</a>}
                    </li>
                  ))}
                </ul>
              </div>
            ) : comparison.dimensions.some((d) => d.selfLevel !== undefined) ? (
              <p class="no-blind">No blind spot: on every dimension your team sees about as much mini-me coaching as you do, or less.</p>
            ) : null}

            <CopyLink id="compare-link" label="Link to this comparison (holds the codes, nothing else)" value={`${origin}${base}team/compare/#${team?.fragment ?? ''}`} />
          </>
        )}
      </section>
    </div>
  );
}
