/**
 * The cohort box: where the trainer pastes a cohort's result links (kept on this device), what was
 * read, and the lines left out and why. A view over src/stores/cohort.ts; src/islands/CohortApp.tsx uses it.
 */
import { useStore } from '@nanostores/preact';
import { $hydrated } from '../stores/setup.ts';
import {
  $cohort,
  $cohortAnnounced,
  $cohortExamples,
  $cohortSummary,
  $cohortText,
  clearCohort,
  setCohortText,
  type CohortSummary,
} from '../stores/cohort.ts';
import { CohortProblems } from '../components/CohortProblems.tsx';
import type { IslandStrings } from '../i18n/types.ts';
import { format, parts } from '../i18n/format.ts';

interface Props {
  readonly strings: IslandStrings<'cohort' | 'cohortProblem'>;
}

export function CohortBox({ strings }: Props) {
  const { cohort: s, lang } = strings;
  const statusText = ({ read, none, linesLeftOut }: CohortSummary) => {
    const pieces = { read: format(s.read, lang, { count: read }), none: format(s.noneRead, lang, { count: none }) };
    return linesLeftOut > 0
      ? format(s.statusLeftOut, lang, { ...pieces, leftOut: format(s.leftOut, lang, { count: linesLeftOut }) })
      : format(s.status, lang, pieces);
  };
  const hydrated = useStore($hydrated);
  const view = useStore($cohort);
  const summary = useStore($cohortSummary);
  const announced = useStore($cohortAnnounced);
  const text = useStore($cohortText);
  const { example, none } = useStore($cohortExamples);
  return (
    <section class="panel no-print" aria-labelledby="box-title">
      <h2 id="box-title">{s.boxTitle}</h2>
      <label class="field-label" for="cohort-links">
        {s.boxLabel}
      </label>
      <p id="cohort-links-hint" class="hint-text">
        {parts(s.boxHint, lang, { example: <code>{example}</code>, none: <code>{none}</code> })}
      </p>
      <textarea
        id="cohort-links"
        rows={8}
        spellcheck={false}
        autocomplete="off"
        aria-describedby="cohort-links-hint cohort-links-status"
        value={hydrated ? text : ''}
        onInput={(e) => setCohortText((e.target as HTMLTextAreaElement).value)}
      />
      <div class="box-row">
        <p class="codes-status">{hydrated ? statusText(summary) : ''}</p>
        <button type="button" class="button secondary" onClick={clearCohort} disabled={hydrated && text === ''}>
          {s.clear}
        </button>
      </div>
      <div id="cohort-links-status" role="status" class="sr-only">
        {hydrated && announced ? statusText(announced) : ''}
      </div>
      {hydrated && <CohortProblems problems={view.parsed.problems} example={example} strings={strings} />}
    </section>
  );
}
