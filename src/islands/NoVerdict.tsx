/**
 * What the flow shows in place of a result when the answers carry no verdict (src/lib/scoring.ts
 * readAnswers): that there is none, the reasons found, and an invitation to answer again with real
 * moments in mind. No band, chart, code or link: there is nothing to show or send.
 */
import type { ComponentChildren } from 'preact';
import type { Instrument } from '../lib/instrument.ts';
import type { NoVerdictReason } from '../lib/scoring.ts';
import { format, parts } from '../i18n/format.ts';
import type { IslandStrings, Locale } from '../i18n/types.ts';

/** The form's own title, lead and invitation: the manager's check (quiz) or a rep's (rater). */
export type NoVerdictText = Pick<Locale['quiz'], 'noVerdictTitle' | 'noVerdictLead' | 'noVerdictAgain'> & {
  /** The manager's own check only: what to send a trainer collecting a cohort's results instead of a result link. */
  readonly noVerdictCohort?: string;
};

interface Props {
  readonly reasons: readonly NoVerdictReason[];
  readonly inst: Instrument;
  readonly text: NoVerdictText;
  /** Start over and review. */
  readonly children: ComponentChildren;
  readonly strings: IslandStrings<'noVerdict'>;
}

export function NoVerdict({ reasons, inst, text, children, strings }: Props) {
  const { noVerdict: s, lang } = strings;
  const words = { label: inst.notApplicable ?? '' };
  return (
    <section class="intro-card no-verdict" aria-labelledby="no-verdict-title" data-no-verdict={reasons.join(' ')}>
      <h2 id="no-verdict-title" tabIndex={-1} data-focus-target>
        {text.noVerdictTitle}
      </h2>
      <p>{text.noVerdictLead}</p>
      <h3>{s.whyTitle}</h3>
      <ul class="facts">
        {reasons.map((r) => (
          <li>{format(s[r], lang, words)}</li>
        ))}
      </ul>
      <h3>{s.againTitle}</h3>
      <p>{format(text.noVerdictAgain, lang, words)}</p>
      {text.noVerdictCohort && (
        <p class="cohort-marker">{parts(text.noVerdictCohort, lang, { code: <code>{`v${inst.version}-none`}</code> })}</p>
      )}
      {children}
    </section>
  );
}
