/**
 * The team comparison: the manager pastes rater codes or links; the view sets their own result
 * beside the team's average per dimension and marks blind spots. A view over src/stores/team.ts.
 */
import { useStore } from '@nanostores/preact';
import { $hydrated, type StoreSetup } from '../stores/setup.ts';
import { $codesAnnounced, $codesSummary, $exampleCode, $team, $teamText, setTeamText, type CodesSummary } from '../stores/team.ts';
import { CodeProblems } from '../components/CodeProblems.tsx';
import { TeamChart } from '../components/TeamChart.tsx';
import { CopyLink } from './CopyLink.tsx';
import { LinkCodes } from './LinkCodes.tsx';
import { StorageNotice } from './StorageNotice.tsx';
import { SelfChoice } from './SelfChoice.tsx';
import type { IslandStrings } from '../i18n/types.ts';
import { format, parts } from '../i18n/format.ts';

interface Props extends StoreSetup {
  readonly base: string;
  readonly chapters: Readonly<Record<string, string>>;
  readonly strings: IslandStrings<'compare' | 'teamProblem' | 'result' | 'copyLink' | 'storage'>;
  /** Small numbers in words, index = the number (up to MIN_RATERS at least). */
  readonly words: readonly string[];
}

export default function CompareApp({ inst, base, chapters, strings, words }: Props) {
  const { compare: s, lang } = strings;
  const summaryText = ({ read, summaryRaters, linesLeftOut }: CodesSummary) => {
    const codesRead =
      summaryRaters === undefined ? format(s.read, lang, { count: read }) : format(s.summaryRead, lang, { count: summaryRaters });
    return linesLeftOut > 0
      ? format(s.summaryLeftOut, lang, { read: codesRead, leftOut: format(s.leftOut, lang, { count: linesLeftOut }) })
      : format(s.summary, lang, { read: codesRead });
  };
  const hydrated = useStore($hydrated);
  const live = useStore($team);
  const summary = useStore($codesSummary);
  const announced = useStore($codesAnnounced);
  const boxText = useStore($teamText);
  const example = useStore($exampleCode);
  // Until hydrated, the server's render: nothing stored shows.
  const team = hydrated ? live : undefined;
  const comparison = team?.comparison;

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
        <LinkCodes strings={strings} />
        {team && <CodeProblems problems={team.parsed.problems} example={example} strings={strings} />}
      </section>

      <SelfChoice box={team?.selfSource === 'box' ? team.selfCode : undefined} base={base} strings={strings} />

      <section class="panel" aria-labelledby="view-title" data-rater-count={comparison?.raterCount ?? 0}>
        <h2 id="view-title">{s.viewTitle}</h2>
        {!comparison || (comparison.raterCount === 0 && !comparison.summaryOtherVersion) ? (
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
              label={comparison.source === 'summary' ? s.linkLabelSummary : s.linkLabel}
              path={`${base}team/compare/#${team?.fragment ?? ''}`}
              strings={strings.copyLink}
            />
          </>
        )}
      </section>
    </div>
  );
}
