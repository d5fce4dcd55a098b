/** The self-check island: the shared flow in the manager's own wording, ending in the result view. */
import type { Instrument } from '../lib/instrument.ts';
import { describeResult } from '../lib/scoring.ts';
import { encodeResult } from '../lib/result-code.ts';
import { selfQuiz } from '../stores/self.ts';
import { ResultView } from '../components/ResultView.tsx';
import { QuizFlow } from './QuizFlow.tsx';
import { SharePanel } from './SharePanel.tsx';

interface Props {
  readonly inst: Instrument;
  /** Site base path, ending in '/'. */
  readonly base: string;
  readonly chapters: Readonly<Record<string, string>>;
}

export default function QuizApp({ inst, base, chapters }: Props) {
  return (
    <QuizFlow
      quiz={selfQuiz}
      inst={inst}
      wording={(item) => item.self}
      resultLabel="See my result"
      restartLabel="Retake the check"
      intro={(view) => (
        <ul class="facts">
          <li>
            <strong>
              {view.total} statements, about {inst.minutes} minutes.
            </strong>{' '}
            One at a time; you can go back.
          </li>
          <li>
            <strong>Answer as you are, not as you think you should be.</strong> Think of what you actually did with your team in the last
            month.
          </li>
          <li>
            <strong>There is no right answer to any statement.</strong> Every one describes something capable managers do.
          </li>
          <li>
            <strong>Your answers stay on this device.</strong> Nothing is sent anywhere; you choose whether to share the result.
          </li>
        </ul>
      )}
      result={(result, controls) => (
        <section class="result-card" aria-labelledby="result-title" data-result-code={encodeResult(result)}>
          <ResultView inst={inst} view={describeResult(inst, result)} base={base} chapters={chapters}>
            <SharePanel result={result} base={base} />
          </ResultView>
          <p class="next-steps">
            See how your team sees you: <a href={`${base}team/`}>ask your reps</a>. Your past results are kept on this device:{' '}
            <a href={`${base}quiz/history/`}>your progress over time</a>.
          </p>
          {controls}
        </section>
      )}
    />
  );
}
