/** The lines of the cohort box left out of the counts, each with its line number, its text and why. */
import type { CohortProblem } from '../lib/cohort.ts';
import { format, parts } from '../i18n/format.ts';
import { cohortProblemText } from '../i18n/reasons/cohort.ts';
import type { IslandStrings } from '../i18n/types.ts';

interface Props {
  readonly problems: readonly CohortProblem[];
  /** A well-formed result code of the current version, for the messages that show the form. */
  readonly example: string;
  readonly strings: IslandStrings<'cohort' | 'cohortProblem'>;
}

export function CohortProblems({ problems, example, strings }: Props) {
  const { cohort: s, lang } = strings;
  if (problems.length === 0) return null;
  return (
    <ul class="problems no-print" aria-label={s.problemsLabel}>
      {problems.map((p) => (
        <li data-line={p.line}>
          {parts(p.text ? s.problem : s.problemNoText, lang, {
            line: <strong>{format(s.problemLine, lang, { line: p.line })}</strong>,
            text: <span class="bad">{p.text}</span>,
            reason: cohortProblemText(p.reason, strings.cohortProblem, lang, example),
          })}
        </li>
      ))}
    </ul>
  );
}
