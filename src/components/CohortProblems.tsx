/** The lines of the cohort box left out of the counts, each with why (not on the printed handout). */
import type { CohortProblem } from '../lib/cohort.ts';
import { cohortProblemText } from '../i18n/reasons/cohort.ts';
import type { IslandStrings } from '../i18n/types.ts';
import { ProblemList } from './ProblemList.tsx';

interface Props {
  readonly problems: readonly CohortProblem[];
  /** A well-formed result code of the current version, for the messages that show the form. */
  readonly example: string;
  readonly strings: IslandStrings<'cohort' | 'cohortProblem'>;
}

export function CohortProblems({ problems, example, strings }: Props) {
  return (
    <ProblemList
      problems={problems}
      words={strings.cohort}
      lang={strings.lang}
      reason={(p) => cohortProblemText(p.reason, strings.cohortProblem, strings.lang, example)}
      class="no-print"
    />
  );
}
