/**
 * The self-check island: a thin view over `selfQuiz` (src/stores/quiz.ts). Intro → one item at a
 * time → result. Keyboard: Tab and arrow keys (native radio group), digits choose, Enter goes on.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Instrument } from '../lib/instrument.ts';
import { describeResult } from '../lib/scoring.ts';
import { $storageStatus } from '../stores/storage.ts';
import { selfQuiz as quiz } from '../stores/quiz.ts';
import { ResultView } from '../components/ResultView.tsx';
import { SharePanel } from './SharePanel.tsx';

interface Props {
  readonly inst: Instrument;
  /** Site base path, ending in '/'. */
  readonly base: string;
  readonly chapters: Readonly<Record<string, string>>;
}

export default function QuizApp({ inst, base, chapters }: Props) {
  useState(() => quiz.init(inst));
  const live = useStore(quiz.$view);
  const liveStorage = useStore($storageStatus);
  const liveNotice = useStore(quiz.$loadNotice);
  // The server renders the intro without stored progress. Preact's hydration does not patch
  // attributes that differ, so the first client render must match it; the stored state follows.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const view = mounted ? live : { ...live, stage: 'intro' as const, answered: 0 };
  const storage = mounted ? liveStorage : 'ok';
  const notice = mounted ? liveNotice : 'none';
  const [confirming, setConfirming] = useState(false);
  const acted = useRef(false);
  const root = useRef<HTMLDivElement>(null);

  // Move focus only after the user did something, never on page load.
  useEffect(() => {
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
  // before focus lands), except in other controls, which keep their own Enter and digits.
  useEffect(() => {
    if (view.stage !== 'question') return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const target = e.target as HTMLElement;
      const free = target === document.body || target.tagName === 'MAIN' || (target instanceof HTMLInputElement && target.type === 'radio');
      if (!free) return;
      if (/^[0-9]$/.test(e.key) && inst.scale.some((s) => s.value === Number(e.key))) {
        e.preventDefault();
        acted.current = true;
        quiz.choose(Number(e.key));
        // Focus follows the choice, as a click would.
        requestAnimationFrame(() => root.current?.querySelector<HTMLElement>('input[type=radio]:checked')?.focus());
      } else if (e.key === 'Enter') {
        e.preventDefault();
        act(quiz.next)();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [view.stage]);

  const notices = (
    <>
      {storage !== 'ok' && (
        <p class="quiz-notice" role="status">
          {storage === 'full'
            ? 'Your browser’s storage for this site is full, so your progress will not be kept if you leave this page.'
            : 'Your browser is not letting this site save anything, so your progress will not be kept if you leave this page. The check still works.'}
        </p>
      )}
      {notice === 'unreadable' && view.answered === 0 && (
        <p class="quiz-notice" role="status">We could not read the progress saved on this device, so the check starts fresh. Nothing was sent anywhere.</p>
      )}
    </>
  );

  const confirmRestart = (
    <div class="confirm" role="group" aria-labelledby="confirm-text">
      <p id="confirm-text" data-focus-target tabIndex={-1}>Start over? Your answers so far will be cleared from this device.</p>
      <div class="row">
        <button type="button" class="button" onClick={act(quiz.restart)}>Yes, start over</button>
        <button type="button" class="button secondary" onClick={() => setConfirming(false)}>Keep my answers</button>
      </div>
    </div>
  );
  const askRestart = () => {
    setConfirming(true);
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>('#confirm-text')?.focus());
  };

  if (view.stage === 'intro' || view.stage === 'loading') {
    const resuming = view.answered > 0;
    return (
      <div class="quiz" ref={root}>
        {notices}
        <section class="intro-card" aria-labelledby="intro-title">
          <h2 id="intro-title" data-focus-target tabIndex={-1}>Before you start</h2>
          <ul class="facts">
            <li><strong>{view.total} statements, about {inst.minutes} minutes.</strong> One at a time; you can go back.</li>
            <li><strong>Answer as you are, not as you think you should be.</strong> Think of what you actually did with your team in the last month.</li>
            <li><strong>There is no right answer to any statement.</strong> Every one describes something capable managers do.</li>
            <li><strong>Your answers stay on this device.</strong> Nothing is sent anywhere; you choose whether to share the result.</li>
          </ul>
          <button type="button" class="button start" onClick={act(quiz.start)}>
            {resuming ? `Continue (${view.answered} of ${view.total} answered)` : 'Start the check'}
          </button>
        </section>
      </div>
    );
  }

  if (view.stage === 'result' && view.result) {
    const described = describeResult(inst, view.result);
    return (
      <div class="quiz" ref={root}>
        {notices}
        <section class="result-card" aria-labelledby="result-title" data-result-code={`v${view.result.version}-${view.result.levels.join('')}`}>
          <ResultView inst={inst} view={described} base={base} chapters={chapters}>
            <SharePanel result={view.result} base={base} />
          </ResultView>
          <div class="result-actions">
            <button type="button" class="button secondary" onClick={act(quiz.back)}>Review my last answer</button>
            <button type="button" class="button secondary" onClick={askRestart}>Retake the check</button>
          </div>
          {confirming && confirmRestart}
        </section>
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
            {item.self}
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
            {n === view.total ? 'See my result' : 'Next'}
          </button>
        </div>
      </form>
      <p class="restart">
        <button type="button" class="linkish" onClick={askRestart}>Start over</button>
      </p>
      {confirming && confirmRestart}
    </div>
  );
}
