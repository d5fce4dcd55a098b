/**
 * The rater version: a rep answers the parallel statements about their manager and gets a rater
 * code and a link to send back. The code carries the rep's levels, not their answers; answers that
 * carry no verdict get no code. The manager sees each code, so nothing here claims anonymity.
 */
import type { Instrument } from '../lib/instrument.ts';
import { encodeResult } from '../lib/result-code.ts';
import { encodeComparison } from '../lib/comparison-link.ts';
import { raterQuiz } from '../stores/rater.ts';
import { QuizFlow } from './QuizFlow.tsx';
import { CopyLink } from './CopyLink.tsx';
import { format, parts } from '../i18n/format.ts';
import type { IslandStrings } from '../i18n/types.ts';

interface Props {
  readonly inst: Instrument;
  readonly base: string;
  readonly strings: IslandStrings<'rater' | 'flow' | 'noVerdict' | 'copyLink' | 'storage'>;
  /** The instrument's counts in the page's words ("four"), for the sentence on what a code reveals. */
  readonly counts: { readonly dimensions: string; readonly bands: string };
}

export default function RaterApp({ inst, base, strings, counts }: Props) {
  const { rater: s, lang } = strings;
  return (
    <QuizFlow
      quiz={raterQuiz}
      inst={inst}
      wording={(item) => item.rater ?? item.self}
      text={s}
      strings={strings}
      intro={(view) => (
        <>
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
        const code = encodeResult(result, 'r');
        return (
          <section class="result-card rater-done" aria-labelledby="rater-done-title" data-rater-code={code}>
            <h2 id="rater-done-title" tabIndex={-1} data-focus-target>
              {s.doneTitle}
            </h2>
            <p class="rater-code-line">{parts(s.codeLine, lang, { code: <code class="rater-code">{code}</code> })}</p>
            <p>{s.send}</p>
            <div class="reveals">
              <h3>{s.revealsTitle}</h3>
              <ul>
                <li>
                  {parts(s.reveals, lang, {
                    title: <strong>{s.revealsLead}</strong>,
                    dimensions: counts.dimensions,
                    bands: counts.bands,
                  })}
                </li>
                <li>{parts(s.hides, lang, { title: <strong>{s.hidesLead}</strong> })}</li>
                <li>{parts(s.notAnonymous, lang, { title: <strong>{s.notAnonymousLead}</strong> })}</li>
              </ul>
            </div>
            <CopyLink
              id="rater-link"
              label={s.linkLabel}
              path={`${base}team/compare/#${encodeComparison(undefined, [code])}`}
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
