/**
 * The question-by-question flow shared by the self-check and the rater version: intro → one item
 * at a time → result. Keyboard: Tab and arrow keys (native radio group), digits choose, Enter goes
 * on. A thin view over a Quiz store (src/stores/quiz.ts); what the intro and the result say is
 * passed in by the island that uses it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Instrument, Item } from '../lib/instrument.ts';
import type { Result } from '../lib/scoring.ts';
import { StorageNotice } from './StorageNotice.tsx';
import type { Quiz, QuizView } from '../stores/quiz.ts';

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
  /** The finished view; `restart` asks first. */
  readonly result: (result: Result, controls: ComponentChildren) => ComponentChildren;
}

export function QuizFlow({ quiz, inst, wording, intro, resultLabel, restartLabel, result }: Props) {
  useState(() => quiz.init(inst));
  const live = useStore(quiz.$view);
  const liveNotice = useStore(quiz.$loadNotice);
  // The server renders the intro without stored progress. Preact's hydration does not patch
  // attributes that differ, so the first client render must match it; the stored state follows.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const view = mounted ? live : { ...live, stage: 'intro' as const, answered: 0 };
  const notice = mounted ? liveNotice : 'none';
  const [confirming, setConfirming] = useState(false);
  const acted = useRef(false);
  const root = useRef<HTMLDivElement>(null);

  // Move focus only after the user did something, never on page load; before paint, so a key
  // pressed right after an item changes already lands on the new item.
  useLayoutEffect(() => {
    if (!acted.current || !root.current) return;
    const target =
      view.stage === 'question'
        ? root.current.querySelector<HTMLElement>('input[type=radio]:checked') ?? root.current.querySelector<HTMLElement>('input[type=radio]')
        : root.current.querySelector<HTMLElement>('[data-focus-target]');
    target?.focus();
  }, [view.stage, view.position]);

  const act = (fn: () => void) => () => {
    acted.current = true;
    setConfirming(false);
    fn();
  };

  // Keys work wherever focus is on the question stage (including right after an item changes and
  // before focus lands), except in other controls, which keep their own Enter and digits. One
  // listener for the island's life, reading the store, so no key falls between two renders.
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      if (quiz.$view.get().stage !== 'question') return;
      const target = e.target as HTMLElement;
      // A key on an element that has just been replaced (the Start button) belongs to the page.
      const free =
        target === document.body || target.tagName === 'MAIN' || !target.isConnected || (target instanceof HTMLInputElement && target.type === 'radio');
      if (!free) return;
      if (/^[0-9]$/.test(e.key) && inst.scale.some((s) => s.value === Number(e.key))) {
        e.preventDefault();
        acted.current = true;
        quiz.choose(Number(e.key));
      } else if (e.key === 'Enter') {
        e.preventDefault();
        act(quiz.next)();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // Focus follows a choice made with a digit, as it would a click.
  useLayoutEffect(() => {
    if (!acted.current || view.stage !== 'question' || view.answer === undefined) return;
    const checked = root.current?.querySelector<HTMLElement>('input[type=radio]:checked');
    if (checked && document.activeElement !== checked) checked.focus();
  }, [view.answer]);

  const notices = (
    <>
      <StorageNotice mounted={mounted} what="your progress" />
      {notice === 'unreadable' && view.answered === 0 && (
        <p class="quiz-notice" role="status">We could not read the progress saved on this device, so the check starts fresh. Nothing was sent anywhere.</p>
      )}
    </>
  );

  // The button that opened the question gets focus back if the user keeps their answers.
  const opener = useRef<HTMLElement | null>(null);
  const askRestart = (e: Event) => {
    opener.current = e.currentTarget as HTMLElement;
    setConfirming(true);
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>('#confirm-text')?.focus());
  };
  const keepAnswers = () => {
    setConfirming(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const confirmRestart = confirming && (
    <div class="confirm" role="group" aria-labelledby="confirm-text">
      <p id="confirm-text" tabIndex={-1}>Start over? Your answers so far will be cleared from this device.</p>
      <div class="row">
        <button type="button" class="button" onClick={act(quiz.restart)}>Yes, start over</button>
        <button type="button" class="button secondary" onClick={keepAnswers}>Keep my answers</button>
      </div>
    </div>
  );

  if (view.stage === 'intro' || view.stage === 'loading') {
    const resuming = view.answered > 0;
    return (
      <div class="quiz" ref={root}>
        {notices}
        <section class="intro-card" aria-labelledby="intro-title">
          <h2 id="intro-title" data-focus-target tabIndex={-1}>Before you start</h2>
          {intro(view)}
          <button type="button" class="button start" onClick={act(quiz.start)}>
            {resuming ? `Continue (${view.answered} of ${view.total} answered)` : 'Start the check'}
          </button>
        </section>
      </div>
    );
  }

  if (view.stage === 'result' && view.result) {
    const controls = (
      <>
        <div class="result-actions">
          <button type="button" class="button secondary" onClick={act(quiz.back)}>Review my last answer</button>
          <button type="button" class="button secondary" onClick={askRestart}>{restartLabel}</button>
        </div>
        {confirmRestart}
      </>
    );
    return (
      <div class="quiz" ref={root}>
        {notices}
        {result(view.result, controls)}
      </div>
    );
  }

  const item = view.item;
  if (!item) return null;
  const n = view.position + 1;
  return (
    <div class="quiz" ref={root}>
      {notices}
      <div class="progress-wrap">
        <p id="progress-label" class="progress-label">Statement {n} of {view.total}</p>
        <progress max={view.total} value={view.answered} aria-labelledby="progress-label" />
      </div>
      <form class="question" key={item.id} onSubmit={(e) => { e.preventDefault(); act(quiz.next)(); }}>
        <fieldset>
          <legend>
            <span class="sr-only">Statement {n} of {view.total}: </span>
            {wording(item)}
          </legend>
          <div class="options">
            {inst.scale.map((s) => (
              <label class={`option${view.answer === s.value ? ' chosen' : ''}`}>
                <input
                  type="radio"
                  name={`item-${item.id}`}
                  value={s.value}
                  checked={view.answer === s.value}
                  onChange={() => { acted.current = true; quiz.choose(s.value); }}
                />
                <span class="option-text">{s.label}</span>
                <kbd class="key" aria-hidden="true">{s.value}</kbd>
              </label>
            ))}
          </div>
        </fieldset>
        <p class="hint" aria-hidden="true">Keys: <kbd>1</kbd>–<kbd>{inst.scale.length}</kbd> choose, <kbd>Enter</kbd> goes on</p>
        <div class="nav">
          <button type="button" class="button secondary" onClick={act(quiz.back)}>Back</button>
          <button type="submit" class="button" disabled={view.answer === undefined}>
            {n === view.total ? resultLabel : 'Next'}
          </button>
        </div>
      </form>
      <p class="restart">
        <button type="button" class="linkish" onClick={askRestart}>Start over</button>
      </p>
      {confirmRestart}
    </div>
  );
}
