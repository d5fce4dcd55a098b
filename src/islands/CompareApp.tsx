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
  $team,
  $teamText,
  addFromLink,
  addSkippedAgain,
  setTeamText,
  type CodesSummary,
} from '../stores/team.ts';
import { TeamChart } from '../components/TeamChart.tsx';
import { CopyLink } from './CopyLink.tsx';
import { StorageNotice } from './StorageNotice.tsx';
import { SelfChoice } from './SelfChoice.tsx';
import type { IslandStrings } from '../i18n/types.ts';
import { format, parts } from '../i18n/format.ts';
import { teamProblemText } from '../i18n/reasons/team.ts';
import { encodeResult, exampleResult } from '../lib/result-code.ts';

interface Props extends StoreSetup {
  readonly base: string;
  readonly chapters: Readonly<Record<string, string>>;
  readonly strings: IslandStrings<'compare' | 'teamProblem' | 'result' | 'copyLink' | 'storage'>;
  /** Small numbers in words, index = the number (up to MIN_RATERS at least). */
  readonly words: readonly string[];
}

export default function CompareApp({ inst, base, chapters, strings, words }: Props) {
  const { compare: s, lang } = strings;
  const summaryText = ({ read, linesLeftOut }: CodesSummary) => {
    const codesRead = format(s.read, lang, { count: read });
    return linesLeftOut > 0
      ? format(s.summaryLeftOut, lang, { read: codesRead, leftOut: format(s.leftOut, lang, { count: linesLeftOut }) })
      : format(s.summary, lang, { read: codesRead });
  };
  const hydrated = useStore($hydrated);
  const live = useStore($team);
  const summary = useStore($codesSummary);
  const announced = useStore($codesAnnounced);
  const boxText = useStore($teamText);
  const link = useStore($linkAdded);
  useEffect(() => addFromLink(), []);
  // Until hydrated, the server's render: nothing stored shows.
  const team = hydrated ? live : undefined;
  const comparison = team?.comparison;
  // A code of this version, drawn from its shape: the form a rep's code takes.
  const example = encodeResult(exampleResult(inst.version, { dimensions: inst.dimensions.length, levels: inst.bands.length }), 'r');

  return (
    <div class="compare">
      <StorageNotice what={s.storageWhat} strings={strings.storage} lang={lang} />
      <section class="panel" aria-labelledby="codes-title">
        <h2 id="codes-title">{s.codesTitle}</h2>
        <label class="field-label" for="team-codes">
          {s.codesLabel}
        </label>
        <p id="team-codes-hint" class="hint-text">
          {parts(s.codesHint, lang, {
            link: <a href={`${base}team/rate/`}>{s.codesHintLink}</a>,
            example: <code>{example}</code>,
          })}
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
        {link.added > 0 && <p class="codes-status">{format(s.added, lang, { count: link.added })}</p>}
        {link.added === 0 && link.skipped.length > 0 && (
          <p class="codes-status">
            {parts(s.alreadyThere, lang, {
              button: (
                <button type="button" class="linkish inline" onClick={addSkippedAgain}>
                  {s.addAgain}
                </button>
              ),
            })}
          </p>
        )}
        {team && team.parsed.problems.length > 0 && (
          <ul class="problems" aria-label={s.problemsLabel}>
            {team.parsed.problems.map((p) => (
              <li>
                {parts(p.text ? s.problem : s.problemNoText, lang, {
                  line: <strong>{format(s.problemLine, lang, { line: p.line })}</strong>,
                  text: <span class="bad">{p.text}</span>,
                  reason: teamProblemText(p.reason, strings.teamProblem, lang, example),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <SelfChoice box={team?.selfSource === 'box' ? team.selfCode : undefined} base={base} strings={strings} />

      <section class="panel" aria-labelledby="view-title" data-rater-count={comparison?.raterCount ?? 0}>
        <h2 id="view-title">{s.viewTitle}</h2>
        {!comparison || comparison.raterCount === 0 ? (
          <p class="empty">{s.empty}</p>
        ) : (
          <>
            <TeamChart
              comparison={comparison}
              inst={inst}
              base={base}
              chapters={chapters}
              strings={strings}
              words={words}
              leftOut={team?.leftOut ?? []}
            />
            <CopyLink
              id="compare-link"
              label={s.linkLabel}
              path={`${base}team/compare/#${team?.fragment ?? ''}`}
              strings={strings.copyLink}
            />
          </>
        )}
      </section>
    </div>
  );
}
