/**
 * The question-by-question flow shared by the self-check and the rater version: intro → one item
 * at a time → result, or no verdict when the answers cannot carry one. Keyboard: Tab and arrow keys
 * (native radio group), digits choose (0 for "hasn't come up"), Enter goes on. A view over a Quiz
 * store (src/stores/quiz.ts); each stage's view is its own piece (QuizIntro, Question, NoVerdict, and
 * EndActions under a result or no verdict); what the intro, the result and no verdict say is passed
 * in by the island that uses it.
 */
import type { ComponentChildren } from 'preact';
import { useStore } from '@nanostores/preact';
import type { Instrument, Item } from '../lib/instrument.ts';
import type { Result } from '../lib/scoring.ts';
import type { Quiz, QuizView } from '../stores/quiz.ts';
import { EndActions } from './EndActions.tsx';
import { NoVerdict, type NoVerdictText } from './NoVerdict.tsx';
import { Question } from './Question.tsx';
import { QuizIntro } from './QuizIntro.tsx';
import { StorageNotice } from './StorageNotice.tsx';
import { Confirm, useAsking } from './ui.tsx';
import { useQuizFocus } from './quiz-focus.ts';
import type { IslandStrings, Locale } from '../i18n/types.ts';

interface Props {
  readonly quiz: Quiz;
  readonly inst: Instrument;
  /** The statement as this form words it. */
  readonly wording: (item: Item) => string;
  /** The intro card's content above its start button. */
  readonly intro: (view: QuizView) => ComponentChildren;
  /** The finished view; `controls` holds Review and start over (which asks first). */
  readonly result: (result: Result, controls: ComponentChildren) => ComponentChildren;
  /** The form's own words: the last statement's Next, the result's start over, and what no verdict says. */
  readonly text: NoVerdictText & Pick<Locale['quiz'], 'resultLabel' | 'restartLabel'>;
  readonly strings: IslandStrings<'flow' | 'noVerdict' | 'storage'>;
}

export function QuizFlow({ quiz, inst, wording, intro, result, text, strings }: Props) {
  const { flow: s, lang } = strings;
  const view = useStore(quiz.$shown);
  const asking = useAsking();
  const { root, acted, act } = useQuizFocus(quiz, view, asking.close);

  const confirm = (
    <Confirm asking={asking} id="confirm-text" yes={s.confirmYes} no={s.confirmKeep} onYes={act(quiz.restart)}>
      {s.confirmRestart}
    </Confirm>
  );
  const ends = (verdict: boolean) => (
    <EndActions
      verdict={verdict}
      onReview={act(verdict ? quiz.back : quiz.review)}
      onRestart={asking.ask}
      restartLabel={text.restartLabel}
      strings={strings}
    >
      {confirm}
    </EndActions>
  );
  const frame = (children: ComponentChildren) => (
    <div class="quiz" ref={root}>
      <StorageNotice what={s.storageWhat} strings={strings.storage} lang={lang} />
      {view.unreadable && (
        <p class="quiz-notice" role="status">
          {s.unreadable}
        </p>
      )}
      {children}
    </div>
  );

  if (view.stage === 'intro' || view.stage === 'loading') {
    return frame(
      <QuizIntro view={view} onStart={act(quiz.start)} strings={strings}>
        {intro(view)}
      </QuizIntro>,
    );
  }
  if (view.stage === 'result' && view.result) return frame(result(view.result, ends(true)));
  if (view.stage === 'no-verdict') {
    return frame(
      <NoVerdict reasons={view.reasons} inst={inst} text={text} strings={strings}>
        {ends(false)}
      </NoVerdict>,
    );
  }

  if (!view.item) return null;
  return frame(
    <>
      <Question
        view={view}
        item={view.item}
        inst={inst}
        wording={wording}
        resultLabel={text.resultLabel}
        strings={strings}
        onChoose={(value) => {
          acted.current = true;
          quiz.choose(value);
        }}
        onNext={act(quiz.next)}
        onBack={act(quiz.back)}
      />
      <p class="restart">
        <button type="button" class="linkish" onClick={asking.ask}>
          {s.startOver}
        </button>
      </p>
      {confirm}
    </>,
  );
}
