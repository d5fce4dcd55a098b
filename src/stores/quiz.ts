/**
 * Quiz stores: one factory for both wordings of the check (the manager's own, and a rep's view of
 * their manager). The logic lives here and in src/lib; islands only read `$view` and call actions.
 * The instrument comes from ./setup.ts; the progress is stored as text and read in a `computed`.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import type { Item } from '../lib/instrument.ts';
import { emptyProgress, fitProgress, parseProgress, type Progress } from '../lib/progress.ts';
import { isAnswer, orderedItems, type Form, type NoVerdictReason, type Result } from '../lib/scoring.ts';
import { readAnswers } from '../lib/verdict.ts';
import { $hydrated, $instrument } from './setup.ts';
import { keepAside, storedAtom } from './storage.ts';

/** After the last statement: 'result', or 'no-verdict' when the answers cannot carry one (see readAnswers). */
export type QuizStage = 'loading' | 'intro' | 'question' | 'result' | 'no-verdict';

export interface QuizView {
  readonly stage: QuizStage;
  readonly items: readonly Item[];
  readonly total: number;
  /** 0-based position of the current item (equals `total` on the result). */
  readonly position: number;
  readonly item: Item | undefined;
  /** The current item's chosen value, if any. */
  readonly answer: number | undefined;
  readonly answered: number;
  readonly result: Result | undefined;
  /** Why the answers carry no verdict (stage 'no-verdict'); empty otherwise. */
  readonly reasons: readonly NoVerdictReason[];
}

/** The view as the page shows it, with whether to say that the saved progress could not be read. */
export interface ShownView extends QuizView {
  /** The saved progress could not be read, and nothing is answered yet. */
  readonly unreadable: boolean;
}

/** Why the saved progress was not used, for a quiet notice: 'unreadable' once a value could not be read. */
export type LoadNotice = 'none' | 'unreadable';

export interface Quiz {
  readonly $view: ReadableAtom<QuizView>;
  readonly $loadNotice: ReadableAtom<LoadNotice>;
  /** `$view` as the page shows it: until hydrated, the server's render (the intro, no stored answers counted, no notice). */
  readonly $shown: ReadableAtom<ShownView>;
  start(): void;
  choose(value: number): void;
  next(): void;
  back(): void;
  /** Back to the first statement with every answer kept, to look them over. */
  review(): void;
  restart(): void;
  /**
   * A key pressed on the question stage: a digit that is an answer chooses it (a scale point, or 0
   * for "hasn't come up" where the instrument offers it), Enter goes on. True if used.
   */
  press(key: string): boolean;
}

export interface QuizOptions {
  /** localStorage key; versioned, so a new stored shape never misreads an old one. */
  readonly key: string;
  readonly form: Form;
  /** Called once each time the user reaches a result by answering the last item (never for no verdict). */
  readonly onComplete?: (result: Result) => void;
}

export function createQuiz({ key, form, onComplete }: QuizOptions): Quiz {
  const $text = storedAtom<string | undefined>(key, undefined);
  const $progress = computed($text, (text) => (text === undefined ? undefined : parseProgress(text)));
  /** An unreadable value was kept aside during this page's life. */
  const $parked = atom(false);
  const $loadNotice = computed([$text, $progress, $parked], (text, progress, parked): LoadNotice =>
    parked || (text !== undefined && !progress) ? 'unreadable' : 'none',
  );

  const $view = computed([$instrument, $progress], (inst, progress): QuizView => {
    if (!inst)
      return {
        stage: 'loading',
        items: [],
        total: 0,
        position: 0,
        item: undefined,
        answer: undefined,
        answered: 0,
        result: undefined,
        reasons: [],
      };
    const items = orderedItems(inst, form);
    const p = fitProgress(progress ?? emptyProgress(inst.version), inst, form);
    const item = items[p.position];
    const reading = p.position >= items.length ? readAnswers(inst, p.answers, form) : undefined;
    const stage: QuizStage = !p.started ? 'intro' : reading ? (reading.kind === 'result' ? 'result' : 'no-verdict') : 'question';
    return {
      stage,
      items,
      total: items.length,
      position: p.position,
      item,
      answer: item ? p.answers[item.id] : undefined,
      answered: items.filter((i) => p.answers[i.id] !== undefined).length,
      result: reading?.kind === 'result' ? reading.result : undefined,
      reasons: reading?.kind === 'no-verdict' ? reading.reasons : [],
    };
  });

  const $shown = computed([$hydrated, $view, $loadNotice], (hydrated, view, notice): ShownView =>
    hydrated
      ? { ...view, unreadable: notice === 'unreadable' && view.answered === 0 }
      : { ...view, stage: 'intro', answered: 0, unreadable: false },
  );

  const current = (): Progress | undefined => {
    const inst = $instrument.get();
    return inst && fitProgress($progress.get() ?? emptyProgress(inst.version), inst, form);
  };
  const save = (p: Progress) => {
    // Never silently destroy what was there: park the unreadable value before the first write.
    const text = $text.get();
    if (text !== undefined && !$progress.get()) {
      keepAside(key, text);
      $parked.set(true);
    }
    $text.set(JSON.stringify(p));
  };

  const choose = (value: number): void => {
    const p = current();
    const { item } = $view.get();
    const inst = $instrument.get();
    if (!p || !item || !inst || !isAnswer(inst, value)) return;
    if (p.answers[item.id] === value) return;
    // A changed answer is a new result: it will be recorded again when reached.
    save({ ...p, started: true, done: false, answers: { ...p.answers, [item.id]: value } });
  };
  const next = (): void => {
    const p = current();
    const view = $view.get();
    if (!p || view.stage !== 'question' || view.answer === undefined) return;
    save({ ...p, position: p.position + 1 });
    const after = $view.get();
    // Reaching the same result again (Review my last answer, then Next) is not a new check; answers
    // that carry no verdict are not a check at all.
    if (after.stage === 'result' && after.result && !p.done) {
      onComplete?.(after.result);
      save({ ...p, position: p.position + 1, done: true });
    }
  };

  return {
    $view,
    $loadNotice,
    $shown,
    start() {
      const p = current();
      if (p) save({ ...p, started: true });
    },
    choose,
    next,
    back() {
      const p = current();
      if (p) save(p.position === 0 ? { ...p, started: false } : { ...p, position: p.position - 1 });
    },
    review() {
      const p = current();
      if (p) save({ ...p, position: 0 });
    },
    restart() {
      const inst = $instrument.get();
      if (inst) save(emptyProgress(inst.version));
    },
    press(k) {
      if ($view.get().stage !== 'question') return false;
      const inst = $instrument.get();
      if (/^[0-9]$/.test(k) && inst && isAnswer(inst, Number(k))) choose(Number(k));
      else if (k === 'Enter') next();
      else return false;
      return true;
    },
  };
}
