/**
 * Lines of a paste box that were left out, each with its line number, its text and why: the one list
 * the team comparison, the collector's page and the cohort view share. The caller words the reasons.
 */
import { format, parts } from '../i18n/format.ts';

interface Problem {
  readonly line: number;
  readonly text: string;
}

/** The list's words: its label, and a line's message with and without the offending text. */
export interface ProblemWords {
  readonly problemsLabel: string;
  readonly problem: string;
  readonly problemNoText: string;
  readonly problemLine: string;
}

interface Props<P extends Problem> {
  readonly problems: readonly P[];
  readonly words: ProblemWords;
  readonly lang: string;
  readonly reason: (problem: P) => string;
  /** Extra classes (the cohort's list is left off its printed handout). */
  readonly class?: string;
}

export function ProblemList<P extends Problem>({ problems, words: s, lang, reason, class: extra }: Props<P>) {
  if (problems.length === 0) return null;
  return (
    <ul class={extra ? `problems ${extra}` : 'problems'} aria-label={s.problemsLabel}>
      {problems.map((p) => (
        <li data-line={p.line}>
          {parts(p.text ? s.problem : s.problemNoText, lang, {
            line: <strong>{format(s.problemLine, lang, { line: p.line })}</strong>,
            text: <span class="bad">{p.text}</span>,
            reason: reason(p),
          })}
        </li>
      ))}
    </ul>
  );
}
