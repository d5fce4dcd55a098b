/**
 * The rater version: a rep answers the parallel statements about their manager and gets a rater
 * code and a link to send on. The code carries the rep's levels (and, from version 2, this device's
 * tag), not their answers; answers that carry no verdict get no code. A request link (#ask=…) says
 * where the code goes: to a collector, who passes the manager only a team summary, or straight to the
 * manager, who then sees it; the page says which, and who sees what (./RaterAsk.tsx).
 */
import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { codeShape, type Instrument } from '../lib/instrument.ts';
import { encodeResult, tagFor } from '../lib/result-code.ts';
import { collectorOf, requestStem } from '../lib/request.ts';
import { encodeComparison } from '../lib/comparison-link.ts';
import { $raterRequest, $raterStale, followRequest, raterQuiz, raterTagStem } from '../stores/rater.ts';
import { QuizFlow } from './QuizFlow.tsx';
import { CopyLink } from './CopyLink.tsx';
import { AskNotice, AskSend } from './RaterAsk.tsx';
import { format, parts } from '../i18n/format.ts';
import type { IslandStrings } from '../i18n/types.ts';

interface Props {
  readonly inst: Instrument;
  readonly base: string;
  readonly strings: IslandStrings<'rater' | 'raterAsk' | 'flow' | 'noVerdict' | 'copyLink' | 'storage'>;
  /** The instrument's counts in the page's words ("four"), and the fewest codes a summary takes. */
  readonly counts: { readonly dimensions: string; readonly bands: string; readonly min: string };
}

export default function RaterApp({ inst, base, strings, counts }: Props) {
  const { rater: s, raterAsk: a, lang } = strings;
  const ask = useStore($raterRequest);
  const stale = useStore($raterStale);
  useEffect(followRequest, []);
  const to = collectorOf(ask);
  return (
    <QuizFlow
      quiz={raterQuiz}
      inst={inst}
      wording={(item) => item.rater ?? item.self}
      text={s}
      strings={strings}
      intro={(view) => (
        <>
          <AskNotice ask={ask} min={counts.min} strings={strings} />
          <p class="rater-intro">{inst.raterIntro}</p>
          <ul class="facts">
            <li>
              <strong>
                {format(s.introLength, lang, {
                  count: view.total,
                  minutes: Math.max(2, Math.round((inst.minutes * view.total) / inst.items.length)),
                })}
              </strong>
            </li>
            <li>{parts(s.introDescribe, lang, { lead: <strong>{s.introDescribeLead}</strong> })}</li>
            <li>{parts(s.introPrivate, lang, { lead: <strong>{s.introPrivateLead}</strong> })}</li>
          </ul>
        </>
      )}
      result={(result, controls) => {
        const code = encodeResult(result, 'r', codeShape(inst).tagged ? tagFor(result, requestStem(raterTagStem(), ask)) : undefined);
        return (
          <section class="result-card rater-done" aria-labelledby="rater-done-title" data-rater-code={code}>
            <h2 id="rater-done-title" tabIndex={-1} data-focus-target>
              {s.doneTitle}
            </h2>
            <p class="rater-code-line">{parts(s.codeLine, lang, { code: <code class="rater-code">{code}</code> })}</p>
            {stale && (
              <p class="warning" role="note">
                {a.stale}
              </p>
            )}
            <AskSend ask={ask} counts={counts} strings={strings} />
            <CopyLink
              id="rater-link"
              label={to === undefined ? s.linkLabel : format(a.collectorLink, lang, { to })}
              path={to === undefined ? `${base}team/compare/#${encodeComparison(undefined, [code])}` : `${base}team/collect/#r=${code}`}
              shareTitle={s.shareTitle}
              strings={strings.copyLink}
            />
            {controls}
          </section>
        );
      }}
    />
  );
}
