/**
 * What the flow shows in place of a result when the answers carry no verdict (src/lib/scoring.ts
 * readAnswers): that there is none, the reasons found, and an invitation to answer again with real
 * moments in mind. No band, chart, code or link: there is nothing to show or send.
 */
import type { ComponentChildren } from 'preact';
import type { Instrument } from '../lib/instrument.ts';
import type { NoVerdictReason } from '../lib/scoring.ts';
import { format } from '../i18n/format.ts';
import type { IslandStrings } from '../i18n/types.ts';

interface Props {
  readonly reasons: readonly NoVerdictReason[];
  readonly inst: Instrument;
  /** Whose answers: the manager's own check, or a rep's answers about their manager. */
  readonly who: 'self' | 'rater';
  /** Start over and review. */
  readonly children: ComponentChildren;
  readonly strings: IslandStrings<'noVerdict'>;
}

export function NoVerdict({ reasons, inst, who, children, strings }: Props) {
  const { noVerdict: s, lang } = strings;
  const words = { label: inst.notApplicable ?? '', low: inst.scale[0]?.label ?? '', high: inst.scale[inst.scale.length - 1]?.label ?? '' };
  return (
    <section class="intro-card no-verdict" aria-labelledby="no-verdict-title" data-no-verdict={reasons.join(' ')}>
      <h2 id="no-verdict-title" tabIndex={-1} data-focus-target>
        {who === 'self' ? s.selfTitle : s.raterTitle}
      </h2>
      <p>{who === 'self' ? s.selfLead : s.raterLead}</p>
      <h3>{s.whyTitle}</h3>
      <ul class="facts">
        {reasons.map((r) => (
          <li>{format(s[r], lang, words)}</li>
        ))}
      </ul>
      <h3>{s.againTitle}</h3>
      <p>{format(who === 'self' ? s.selfAgain : s.raterAgain, lang, words)}</p>
      {children}
    </section>
  );
}
