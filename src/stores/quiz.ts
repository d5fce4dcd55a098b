/**
 * Quiz stores: one factory for both wordings of the check (the manager's own, and a rep's view of
 * their manager). The logic lives here and in src/lib; islands only read `$view` and call actions.
 */
import { keepAside } from './storage.ts';
import { atom, computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import type { Instrument, Item } from '../lib/instrument.ts';
import { emptyProgress, fitProgress, parseProgress, type Progress } from '../lib/progress.ts';
import { orderedItems, scoreAnswers, type Form, type Result } from '../lib/scoring.ts';

export type QuizStage = 'loading' | 'intro' | 'question' | 'result';

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
}

/** Why the saved progress was not used, for a one-time quiet notice. */
export type LoadNotice = 'none' | 'unreadable';

export interface Quiz {
  readonly $instrument: WritableAtom<Instrument | undefined>;
  readonly $view: ReadableAtom<QuizView>;
  readonly $loadNotice: ReadableAtom<LoadNotice>;
  init(inst: Instrument): void;
  start(): void;
  choose(value: number): void;
  next(): void;
  back(): void;
  restart(): void;
}

export interface QuizOptions {
  /** localStorage key; versioned, so a new stored shape never misreads an old one. */
  readonly key: string;
  readonly form: Form;
  /** Called once each time the user reaches a result by answering the last item. */
  readonly onComplete?: (result: Result) => void;
}

export function createQuiz({ key, form, onComplete }: QuizOptions): Quiz {
  const $loadNotice = atom<LoadNotice>('none');
  /** Raw text that could not be read, kept aside once before it is overwritten. */
  let unreadable: string | undefined;

  const stored = persistentAtom<Progress | undefined>(key, undefined, {
    encode: (p) => JSON.stringify(p),
    decode: (text) => {
      const parsed = parseProgress(text);
      if (!parsed) {
        unreadable = text;
        $loadNotice.set('unreadable');
      }
      return parsed;
    },
  });
  const $progress: WritableAtom<Progress | undefined> = stored;
  const $instrument = atom<Instrument | undefined>(undefined);

  const $view = computed([$instrument, $progress], (inst, progress): QuizView => {
    if (!inst) return { stage: 'loading', items: [], total: 0, position: 0, item: undefined, answer: undefined, answered: 0, result: undefined };
    const items = orderedItems(inst, form);
    const p = fitProgress(progress ?? emptyProgress(inst.version), inst, form);
    const item = items[p.position];
    const result = p.position >= items.length ? scoreAnswers(inst, p.answers, form) : undefined;
    const stage: QuizStage = !p.started ? 'intro' : result ? 'result' : 'question';
    return {
      stage,
      items,
      total: items.length,
      position: p.position,
      item,
      answer: item ? p.answers[item.id] : undefined,
      answered: items.filter((i) => p.answers[i.id] !== undefined).length,
      result,
    };
  });

  const current = (): { inst: Instrument; p: Progress } | undefined => {
    const inst = $instrument.get();
    if (!inst) return undefined;
    return { inst, p: fitProgress($progress.get() ?? emptyProgress(inst.version), inst, form) };
  };
  const save = (p: Progress) => {
    // Never silently destroy what was there: park the unreadable value before the first write.
    if (unreadable !== undefined) keepAside(key, unreadable);
    unreadable = undefined;
    stored.set(p);
  };

  return {
    $instrument,
    $view,
    $loadNotice,
    init(inst) {
      if ($instrument.get() !== inst) $instrument.set(inst);
    },
    start() {
      const c = current();
      if (c) save({ ...c.p, started: true });
    },
    choose(value) {
      const c = current();
      const view = $view.get();
      if (!c || !view.item || !c.inst.scale.some((s) => s.value === value)) return;
      if (c.p.answers[view.item.id] === value) return;
      // A changed answer is a new result: it will be recorded again when reached.
      save({ ...c.p, started: true, done: false, answers: { ...c.p.answers, [view.item.id]: value } });
    },
    next() {
      const c = current();
      const view = $view.get();
      if (!c || view.stage !== 'question' || view.answer === undefined) return;
      save({ ...c.p, position: c.p.position + 1 });
      const after = $view.get();
      // Reaching the same result again (Review my last answer, then Next) is not a new check.
      if (after.stage === 'result' && after.result && !c.p.done) {
        onComplete?.(after.result);
        save({ ...c.p, position: c.p.position + 1, done: true });
      }
    },
    back() {
      const c = current();
      if (!c) return;
      if (c.p.position === 0) save({ ...c.p, started: false });
      else save({ ...c.p, position: c.p.position - 1 });
    },
    restart() {
      const inst = $instrument.get();
      if (inst) save(emptyProgress(inst.version));
    },
  };
}
