/** The lines of the team box left out of the comparison (or the collector's summary), each with why. */
import type { InputProblem } from '../lib/team.ts';
import { teamProblemText } from '../i18n/reasons/team.ts';
import type { IslandStrings } from '../i18n/types.ts';
import { ProblemList } from './ProblemList.tsx';

interface Props {
  readonly problems: readonly InputProblem[];
  /** A well-formed rater code of the current version, for the messages that show the form. */
  readonly example: string;
  readonly strings: IslandStrings<'compare' | 'teamProblem'>;
}

export function CodeProblems({ problems, example, strings }: Props) {
  return (
    <ProblemList
      problems={problems}
      words={strings.compare}
      lang={strings.lang}
      reason={(p) => teamProblemText(p.reason, strings.teamProblem, strings.lang, example)}
    />
  );
}
