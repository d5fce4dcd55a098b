/**
 * The team comparison: the manager pastes rater codes or links; the view sets their own result
 * beside the team's average per dimension and marks blind spots. A view over src/stores/team.ts.
 */
import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $hydrated, type StoreSetup } from '../stores/setup.ts';
import {
  $codesAnnounced,
  $codesSummary,
  $linkAdded,
  $selfChoice,
  $selfPicker,
  $team,
  $teamText,
  addFromLink,
  addSkippedAgain,
  chooseSelf,
  setTeamText,
  type CodesSummary,
} from '../stores/team.ts';
import { TeamChart } from '../components/TeamChart.tsx';
import { CopyLink } from './CopyLink.tsx';
import { StorageNotice } from './StorageNotice.tsx';
import type { IslandStrings } from '../i18n/types.ts';
import { teamProblemText } from '../i18n/reasons/team.ts';

interface Props extends StoreSetup {
  readonly base: string;
  readonly chapters: Readonly<Record<string, string>>;
  readonly strings: IslandStrings<'teamProblem'>;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const summaryText = ({ read, linesLeftOut }: CodesSummary) =>
  `${plural(read, 'rater code')} read${linesLeftOut > 0 ? `; ${plural(linesLeftOut, 'line')} with something left out (see below)` : ''}.`;

export default function CompareApp({ inst, base, chapters, strings }: Props) {
  const hydrated = useStore($hydrated);
  const live = useStore($team);
  const summary = useStore($codesSummary);
  const announced = useStore($codesAnnounced);
  const picker = useStore($selfPicker);
  const choice = useStore($selfChoice);
  const boxText = useStore($teamText);
  const link = useStore($linkAdded);
  useEffect(() => addFromLink(), []);
  // Until hydrated, the server's render: nothing stored shows.
  const team = hydrated ? live : undefined;
  const options = hydrated ? picker : [];
  const comparison = team?.comparison;

  return (
    <div class="compare">
      <StorageNotice what="the codes you paste" />
      <section class="panel" aria-labelledby="codes-title">
        <h2 id="codes-title">1. Paste your reps’ codes</h2>
        <label class="field-label" for="team-codes">
          Rater codes or links, one or several per line
        </label>
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
          value={hydrated ? boxText : ''}
          onInput={(e) => setTeamText((e.target as HTMLTextAreaElement).value)}
        />
        <p class="codes-status">{hydrated ? summaryText(summary) : ''}</p>
        <div id="team-codes-status" role="status" class="sr-only">
          {hydrated && announced ? summaryText(announced) : ''}
        </div>
        {link.added > 0 && <p class="codes-status">Added {plural(link.added, 'code')} from the link you opened.</p>}
        {link.added === 0 && link.skipped.length > 0 && (
          <p class="codes-status">
            The code in the link you opened is already in the box. If a second rep sent the same code,{' '}
            <button type="button" class="linkish inline" onClick={addSkippedAgain}>
              add it again
            </button>
            .
          </p>
        )}
        {team && team.parsed.problems.length > 0 && (
          <ul class="problems" aria-label="Lines left out">
            {team.parsed.problems.map((p) => (
              <li>
                <strong>Line {p.line}:</strong>{' '}
                {p.text && (
                  <>
                    “<span class="bad">{p.text}</span>”:{' '}
                  </>
                )}
                {teamProblemText(p.reason, strings.teamProblem, strings.lang)}.
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="panel" aria-labelledby="self-title">
        <h2 id="self-title">2. Your own result</h2>
        {team?.selfSource === 'box' ? (
          <p>
            Using your result from the box: <code>{team.selfCode}</code>.
          </p>
        ) : options.length > 0 ? (
          <fieldset class="self-choice">
            <legend>Compare with</legend>
            {options.map(({ entry: e, view, checked }, i) => (
              <label class="choice">
                <input type="radio" name="self" value={e.code} checked={checked} onChange={() => chooseSelf(e.code)} />
                <span>
                  {dateFormat.format(new Date(e.date))}: {view ? `index ${view.index}, ${view.indexBand.name}` : e.code}
                  {i === 0 && ' (newest)'}
                </span>
              </label>
            ))}
            <label class="choice">
              <input type="radio" name="self" value="none" checked={choice === 'none'} onChange={() => chooseSelf('none')} />
              <span>None: show the team’s view only</span>
            </label>
          </fieldset>
        ) : (
          <p>
            There is no finished check on this device. <a href={`${base}quiz/`}>Take the check</a> first, or paste the link to your result
            into the box above.
          </p>
        )}
      </section>

      <section class="panel" aria-labelledby="view-title" data-rater-count={comparison?.raterCount ?? 0}>
        <h2 id="view-title">3. You and your team</h2>
        {!comparison || comparison.raterCount === 0 ? (
          <p class="empty">Paste at least one rater code to see how your team’s view compares with yours.</p>
        ) : (
          <>
            <TeamChart comparison={comparison} inst={inst} base={base} chapters={chapters} />
            <CopyLink
              id="compare-link"
              label="Link to this comparison (holds the codes, nothing else)"
              path={`${base}team/compare/#${team?.fragment ?? ''}`}
            />
          </>
        )}
      </section>
    </div>
  );
}
