/**
 * The question-by-question flow shared by the self-check and the rater version: intro → one item
 * at a time → result, or no verdict when the answers cannot carry one. Keyboard: Tab and arrow keys
 * (native radio group), digits choose (0 for "hasn't come up"), Enter goes on. A view over a Quiz store (src/stores/quiz.ts); what the intro and the result say is passed in
 * by the island that uses it.
 */
import type { ComponentChildren } from 'preact';
import { useStore } from '@nanostores/preact';
import type { Instrument, Item } from '../lib/instrument.ts';
import type { NoVerdictReason, Result } from '../lib/scoring.ts';
import type { Quiz, QuizView } from '../stores/quiz.ts';
import { $hydrated } from '../stores/setup.ts';
import { Question } from './Question.tsx';
import { StorageNotice } from './StorageNotice.tsx';
import { Confirm, useAsking } from './ui.tsx';
import { useQuizFocus } from './quiz-focus.ts';
import { format } from '../i18n/format.ts';
import type { IslandStrings } from '../i18n/types.ts';

interface Props {
  readonly quiz: Quiz;
  readonly inst: Instrument;
  /** The statement as this form words it. */
  readonly wording: (item: Item) => string;
  /** The intro card's content above its start button. */
  readonly intro: (view: QuizView) => ComponentChildren;
  readonly resultLabel: string;
  /** The result view's button that starts over (after asking). */
  readonly restartLabel: string;
  /** The finished view; `controls` holds Review and start over (which asks first). */
  readonly result: (result: Result, controls: ComponentChildren) => ComponentChildren;
  /** What is shown instead when the answers carry no verdict; `controls` holds start over (which asks first) and review. */
  readonly noVerdict: (reasons: readonly NoVerdictReason[], controls: ComponentChildren) => ComponentChildren;
  readonly strings: IslandStrings<'flow' | 'storage'>;
}

export function QuizFlow({ quiz, inst, wording, intro, resultLabel, restartLabel, result, noVerdict, strings }: Props) {
  const { flow: s, lang } = strings;
  const hydrated = useStore($hydrated);
  const live = useStore(quiz.$view);
  const notice = useStore(quiz.$loadNotice);
  // Until hydrated, the server's render: the intro without stored progress.
  const view = hydrated ? live : { ...live, stage: 'intro' as const, answered: 0 };
  const asking = useAsking();
  const { root, acted } = useQuizFocus(quiz, view, asking.close);
  const act = (fn: () => void) => () => {
    acted.current = true;
    asking.close();
    fn();
  };

  const confirm = (
    <Confirm asking={asking} id="confirm-text" yes={s.confirmYes} no={s.confirmKeep} onYes={act(quiz.restart)}>
      {s.confirmRestart}
    </Confirm>
  );
  const actions = (buttons: ComponentChildren) => (
    <>
      <div class="result-actions">{buttons}</div>
      {confirm}
    </>
  );
  const frame = (children: ComponentChildren) => (
    <div class="quiz" ref={root}>
      <StorageNotice what={s.storageWhat} strings={strings.storage} lang={lang} />
      {hydrated && notice === 'unreadable' && view.answered === 0 && (
        <p class="quiz-notice" role="status">
          {s.unreadable}
        </p>
      )}
      {children}
    </div>
  );

  if (view.stage === 'intro' || view.stage === 'loading') {
    return frame(
      <section class="intro-card" aria-labelledby="intro-title">
        <h2 id="intro-title" data-focus-target tabIndex={-1}>
          {s.introTitle}
        </h2>
        {intro(view)}
        <button type="button" class="button start" onClick={act(quiz.start)}>
          {view.answered > 0 ? format(s.continue, lang, { answered: view.answered, total: view.total }) : s.start}
        </button>
      </section>,
    );
  }

  if (view.stage === 'result' && view.result) {
    return frame(
      result(
        view.result,
        actions(
          <>
            <button type="button" class="button secondary" onClick={act(quiz.back)}>
              {s.reviewLast}
            </button>
            <button type="button" class="button secondary" onClick={asking.ask}>
              {restartLabel}
            </button>
          </>,
        ),
      ),
    );
  }

  if (view.stage === 'no-verdict') {
    return frame(
      noVerdict(
        view.reasons,
        actions(
          <>
            <button type="button" class="button" onClick={asking.ask}>
              {s.startOver}
            </button>
            <button type="button" class="button secondary" onClick={act(quiz.review)}>
              {s.reviewAll}
            </button>
          </>,
        ),
      ),
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
        resultLabel={resultLabel}
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
