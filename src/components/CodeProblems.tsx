/** The lines of the team box left out of the comparison, each with its line number, its text and why. */
import type { InputProblem } from '../lib/team.ts';
import { format, parts } from '../i18n/format.ts';
import { teamProblemText } from '../i18n/reasons/team.ts';
import type { IslandStrings } from '../i18n/types.ts';

interface Props {
  readonly problems: readonly InputProblem[];
  /** A well-formed rater code of the current version, for the messages that show the form. */
  readonly example: string;
  readonly strings: IslandStrings<'compare' | 'teamProblem'>;
}

export function CodeProblems({ problems, example, strings }: Props) {
  const { compare: s, lang } = strings;
  if (problems.length === 0) return null;
  return (
    <ul class="problems" aria-label={s.problemsLabel}>
      {problems.map((p) => (
        <li>
          {parts(p.text ? s.problem : s.problemNoText, lang, {
            line: <strong>{format(s.problemLine, lang, { line: p.line })}</strong>,
            text: <span class="bad">{p.text}</span>,
            reason: teamProblemText(p.reason, strings.teamProblem, lang, example),
          })}
        </li>
      ))}
    </ul>
  );
}
