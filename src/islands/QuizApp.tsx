/** The self-check island: the shared flow in the manager's own wording, ending in the result view. */
import type { Instrument } from '../lib/instrument.ts';
import { describeResult } from '../lib/scoring.ts';
import { encodeResult } from '../lib/result-code.ts';
import { selfQuiz } from '../stores/self.ts';
import { ResultView } from '../components/ResultView.tsx';
import { QuizFlow } from './QuizFlow.tsx';
import { SharePanel } from './SharePanel.tsx';
import { format, parts } from '../i18n/format.ts';
import type { IslandStrings } from '../i18n/types.ts';

interface Props {
  readonly inst: Instrument;
  /** Site base path, ending in '/'. */
  readonly base: string;
  readonly chapters: Readonly<Record<string, string>>;
  readonly strings: IslandStrings<'quiz' | 'flow' | 'noVerdict' | 'result' | 'share' | 'copyLink' | 'storage'>;
  /** The number of dimensions, in words. */
  readonly dimensions: string;
}

export default function QuizApp({ inst, base, chapters, strings, dimensions }: Props) {
  const { quiz: s, lang } = strings;
  return (
    <QuizFlow
      quiz={selfQuiz}
      inst={inst}
      wording={(item) => item.self}
      text={s}
      strings={strings}
      intro={(view) => (
        <ul class="facts">
          <li>
            {parts(s.introLength, lang, {
              lead: <strong>{format(s.introLengthLead, lang, { count: view.total, minutes: inst.minutes })}</strong>,
            })}
          </li>
          <li>{parts(s.introHonest, lang, { lead: <strong>{s.introHonestLead}</strong> })}</li>
          <li>{parts(s.introNoRight, lang, { lead: <strong>{s.introNoRightLead}</strong> })}</li>
          <li>{parts(s.introPrivate, lang, { lead: <strong>{s.introPrivateLead}</strong> })}</li>
        </ul>
      )}
      result={(result, controls) => (
        <section class="result-card" aria-labelledby="result-title" data-result-code={encodeResult(result)}>
          <ResultView inst={inst} view={describeResult(inst, result)} base={base} chapters={chapters} strings={strings}>
            <SharePanel result={result} base={base} strings={strings} dimensions={dimensions} />
          </ResultView>
          <p class="next-steps">
            {parts(s.nextSteps, lang, {
              team: <a href={`${base}team/`}>{s.nextStepsTeam}</a>,
              history: <a href={`${base}quiz/history/`}>{s.nextStepsHistory}</a>,
            })}
          </p>
          {controls}
        </section>
      )}
    />
  );
}
