/**
 * The rater version: a rep answers the mirrored statements about their manager and gets a rater
 * code and a link to send back. The code carries the rep's four levels, not their answers or name.
 */
import type { Instrument } from '../lib/instrument.ts';
import { encodeResult } from '../lib/result-code.ts';
import { encodeComparison } from '../lib/comparison-link.ts';
import { raterQuiz } from '../stores/rater.ts';
import { QuizFlow } from './QuizFlow.tsx';
import { CopyLink } from './CopyLink.tsx';

interface Props {
  readonly inst: Instrument;
  readonly base: string;
}

export default function RaterApp({ inst, base }: Props) {
  return (
    <QuizFlow
      quiz={raterQuiz}
      inst={inst}
      wording={(item) => item.rater ?? item.self}
      resultLabel="Get my rater code"
      restartLabel="Answer again"
      intro={(view) => (
        <>
          <p class="rater-intro">{inst.raterIntro}</p>
          <ul class="facts">
            <li>
              <strong>
                {view.total} statements about your manager, about {Math.max(2, Math.round((inst.minutes * view.total) / inst.items.length))}{' '}
                minutes.
              </strong>
            </li>
            <li>
              <strong>Describe what your manager actually does,</strong> not what you wish they did or think they should.
            </li>
            <li>
              <strong>Your answers stay on this device.</strong> At the end you get a short code to send to your manager.
            </li>
          </ul>
        </>
      )}
      result={(result, controls) => {
        const code = encodeResult(result, 'r');
        return (
          <section class="result-card rater-done" aria-labelledby="rater-done-title" data-rater-code={code}>
            <h2 id="rater-done-title" tabIndex={-1} data-focus-target>
              Thank you. Here is your rater code
            </h2>
            <p class="rater-code-line">
              Your rater code: <code class="rater-code">{code}</code>
            </p>
            <p>Send the code, or the link below, to your manager. They paste it, with their other reps’ codes, into the team comparison.</p>
            <div class="reveals">
              <h3>What the code tells your manager</h3>
              <ul>
                <li>
                  <strong>It reveals</strong> how you rated them on each of the check’s {inst.dimensions.length} dimensions, as one of{' '}
                  {inst.bands.length} levels per dimension.
                </li>
                <li>
                  <strong>It does not reveal</strong> your name, your individual answers, or anything else about you.
                </li>
                <li>With fewer than three reps taking part, your manager may be able to tell whose code is whose.</li>
              </ul>
            </div>
            <CopyLink
              id="rater-link"
              label="Link for your manager"
              path={`${base}team/compare/#${encodeComparison(undefined, [code])}`}
              shareTitle="My rater code for the Mini-Me Check"
            />
            {controls}
          </section>
        );
      }}
    />
  );
}
