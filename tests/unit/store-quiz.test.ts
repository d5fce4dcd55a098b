/**
 * The quiz stores over @nanostores/persistent's test engine: the flow (intro, answering, back, the
 * result), resuming stored progress, starting over, keys, a stored value that cannot be read (kept
 * aside, reported), what the page shows before and after hydration, and the self-check adding each
 * finished result to the history once.
 */
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import { createQuiz, type Quiz } from '../../src/stores/quiz.ts';
import { selfQuiz } from '../../src/stores/self.ts';
import { $historyText } from '../../src/stores/history-log.ts';
import { $hydrated, $instrument, markHydrated, setupStores } from '../../src/stores/setup.ts';
import { encodeResult } from '../../src/lib/result-code.ts';
import { NOT_APPLICABLE, orderedItems, type Result } from '../../src/lib/scoring.ts';
import { readAnswers, scoreAnswers } from '../../src/lib/verdict.ts';
import { loadInstrument, stepsTowardMiniMe, v1 } from './fixtures.ts';

const v2 = loadInstrument(2);

useTestStorageEngine();

const KEY = 'minime:quiz-test:v1';
let completed: Result[] = [];
const quiz = createQuiz({ key: KEY, form: 'self', onComplete: (r) => completed.push(r) });
const rater = createQuiz({ key: 'minime:rater-test:v1', form: 'rater' });
const selfItems = orderedItems(v1, 'self');
const low = v1.scale[0]!.value;
const high = v1.scale[v1.scale.length - 1]!.value;

const stored = () =>
  JSON.parse(getTestStorage()[KEY] ?? 'null') as {
    position: number;
    started: boolean;
    answers: Record<string, number>;
    done?: boolean;
  } | null;

/** Answers every remaining item with `value`, pressing Next after each. */
function answerRest(q: Quiz, value: number): void {
  while (q.$view.get().stage === 'question') {
    q.choose(value);
    q.next();
  }
}

beforeEach(() => {
  completed = [];
  setupStores({ inst: v1 });
});
afterEach(() => {
  cleanStores(quiz.$view, quiz.$loadNotice, quiz.$shown, rater.$view, selfQuiz.$view, $historyText, $instrument);
  cleanTestStorage();
  $instrument.set(undefined);
});

describe('the flow', () => {
  test('is loading until the instrument is set up, then shows the intro', () => {
    $instrument.set(undefined);
    assert.equal(quiz.$view.get().stage, 'loading');
    setupStores({ inst: v1 });
    const view = quiz.$view.get();
    assert.equal(view.stage, 'intro');
    assert.equal(view.total, selfItems.length);
    assert.equal(view.answered, 0);
  });

  test('start shows the first item; choose, next and back move through the items', () => {
    quiz.start();
    assert.equal(quiz.$view.get().stage, 'question');
    assert.equal(quiz.$view.get().item?.id, selfItems[0]!.id);
    quiz.next();
    assert.equal(quiz.$view.get().position, 0, 'Next needs an answer');
    quiz.choose(high);
    assert.equal(quiz.$view.get().answer, high);
    quiz.next();
    assert.deepEqual([quiz.$view.get().position, quiz.$view.get().answered], [1, 1]);
    assert.equal(stored()?.answers[selfItems[0]!.id], high);
    quiz.back();
    assert.equal(quiz.$view.get().position, 0);
    assert.equal(quiz.$view.get().answer, high, 'going back keeps the answer');
    quiz.back();
    assert.equal(quiz.$view.get().stage, 'intro');
    assert.equal(quiz.$view.get().answered, 1);
  });

  test('a value off the scale is not taken', () => {
    quiz.start();
    quiz.choose(high + 1);
    quiz.choose(Number.NaN);
    assert.equal(quiz.$view.get().answer, undefined);
  });

  test('the last Next gives the scored result and reports it once; reviewing and coming back does not', () => {
    quiz.start();
    answerRest(quiz, low);
    const view = quiz.$view.get();
    assert.equal(view.stage, 'result');
    const expected = scoreAnswers(v1, Object.fromEntries(selfItems.map((i) => [i.id, low])), 'self');
    assert.deepEqual(view.result, expected);
    assert.deepEqual(completed, [expected]);
    quiz.back();
    assert.equal(quiz.$view.get().stage, 'question');
    quiz.next();
    assert.equal(quiz.$view.get().stage, 'result');
    assert.equal(completed.length, 1);
    // A changed answer is a new result.
    quiz.back();
    quiz.choose(high);
    quiz.next();
    assert.equal(completed.length, 2);
  });

  test('the rater form asks only the items with a rater wording', () => {
    rater.start();
    const view = rater.$view.get();
    assert.equal(view.total, v1.items.filter((i) => i.rater !== undefined).length);
    assert.ok(view.items.every((i) => i.rater !== undefined));
  });
});

describe('keys', () => {
  test('a digit on the scale chooses and Enter goes on, only on the question stage', () => {
    assert.equal(quiz.press(String(high)), false, 'not on the intro');
    quiz.start();
    assert.equal(quiz.press(String(high)), true);
    assert.equal(quiz.$view.get().answer, high);
    assert.equal(
      quiz.press('0'),
      v1.scale.some((s) => s.value === 0),
    );
    assert.equal(quiz.press('x'), false);
    assert.equal(quiz.press('Enter'), true);
    assert.equal(quiz.$view.get().position, 1);
  });
});

describe('stored progress', () => {
  test('is resumed: the intro counts the answers kept, and Continue returns to the item', () => {
    const answers = Object.fromEntries(selfItems.slice(0, 3).map((i) => [i.id, high]));
    setTestStorageKey(KEY, JSON.stringify({ format: 1, version: 1, answers, position: 3, started: false }));
    assert.deepEqual([quiz.$view.get().stage, quiz.$view.get().answered], ['intro', 3]);
    quiz.start();
    assert.deepEqual([quiz.$view.get().stage, quiz.$view.get().position], ['question', 3]);
    assert.equal(quiz.$loadNotice.get(), 'none');
  });

  test('for another version of the check starts fresh', () => {
    setTestStorageKey(KEY, JSON.stringify({ format: 1, version: 99, answers: { [selfItems[0]!.id]: high }, position: 1, started: true }));
    assert.deepEqual([quiz.$view.get().stage, quiz.$view.get().answered], ['intro', 0]);
  });

  test('start over clears the answers and returns to the intro', () => {
    quiz.start();
    quiz.choose(high);
    quiz.next();
    quiz.restart();
    assert.deepEqual([quiz.$view.get().stage, quiz.$view.get().answered], ['intro', 0]);
    assert.deepEqual(stored(), { format: 1, version: 1, answers: {}, position: 0, started: false });
  });
});

describe('a stored value that cannot be read', () => {
  test('is reported, kept aside before the first write, and the check starts fresh', () => {
    const unreadable = createQuiz({ key: 'minime:unreadable-test:v1', form: 'self' });
    setTestStorageKey('minime:unreadable-test:v1', '{not json');
    assert.equal(unreadable.$loadNotice.get(), 'unreadable');
    assert.equal(unreadable.$view.get().stage, 'intro');
    unreadable.start();
    assert.equal(getTestStorage()['minime:unreadable-test:v1:unreadable'], '{not json');
    assert.equal(JSON.parse(getTestStorage()['minime:unreadable-test:v1'] ?? '').started, true);
    assert.equal(unreadable.$loadNotice.get(), 'unreadable', 'the notice stays for this page');
    unreadable.choose(high);
    assert.deepEqual(
      Object.keys(getTestStorage()).filter((k) => k.includes('unreadable:')),
      [],
      'kept aside once',
    );
    cleanStores(unreadable.$view, unreadable.$loadNotice);
  });
});

describe('what the page shows', () => {
  afterEach(() => $hydrated.set(false));
  const shown = (q: Quiz) => {
    const { stage, answered, unreadable } = q.$shown.get();
    return { stage, answered, unreadable };
  };

  test("is the server's render until hydrated (the intro, no stored answers counted), then the view itself", () => {
    const answers = Object.fromEntries(selfItems.slice(0, 3).map((i) => [i.id, high]));
    setTestStorageKey(KEY, JSON.stringify({ format: 1, version: 1, answers, position: 3, started: true }));
    assert.equal(quiz.$view.get().stage, 'question');
    assert.deepEqual(shown(quiz), { stage: 'intro', answered: 0, unreadable: false });
    markHydrated();
    const { unreadable, ...view } = quiz.$shown.get();
    assert.deepEqual([view, unreadable], [quiz.$view.get(), false]);
  });

  test('says the saved progress could not be read once hydrated, until the first answer', () => {
    const unreadable = createQuiz({ key: 'minime:unreadable-test:v1', form: 'self' });
    setTestStorageKey('minime:unreadable-test:v1', '{not json');
    assert.deepEqual(shown(unreadable), { stage: 'intro', answered: 0, unreadable: false }, "not in the server's render");
    markHydrated();
    assert.deepEqual(shown(unreadable), { stage: 'intro', answered: 0, unreadable: true });
    unreadable.start();
    assert.deepEqual(shown(unreadable), { stage: 'question', answered: 0, unreadable: true });
    unreadable.choose(high);
    assert.deepEqual(shown(unreadable), { stage: 'question', answered: 1, unreadable: false });
    cleanStores(unreadable.$view, unreadable.$loadNotice, unreadable.$shown);
  });
});

describe('the self-check', () => {
  test('adds each finished result to the history on this device', () => {
    selfQuiz.start();
    answerRest(selfQuiz, high);
    const result = selfQuiz.$view.get().result!;
    const history = JSON.parse(getTestStorage()['minime:history:v1'] ?? '[]') as { code: string; version: number; date: string }[];
    assert.equal(history.length, 1);
    assert.deepEqual([history[0]!.code, history[0]!.version], [encodeResult(result), 1]);
    assert.ok(!Number.isNaN(Date.parse(history[0]!.date)));
  });
});

describe('version 2: "hasn\'t come up" and no verdict', () => {
  const items = orderedItems(v2, 'self');
  const middle = v2.scale[2]!.value;
  /** Consistent answers leaning `steps` toward mini-me on every dimension, one statement "hasn't come up". */
  const consistent = (item: (typeof items)[number], i: number) => (i === 0 ? NOT_APPLICABLE : stepsTowardMiniMe(v2, item, 1 + (i % 2)));
  beforeEach(() => setupStores({ inst: v2 }));

  test('0 chooses "hasn\'t come up", which counts as an answer; other digits off the scale do not', () => {
    quiz.start();
    assert.equal(quiz.press('9'), false);
    assert.equal(quiz.press('0'), true);
    assert.equal(quiz.$view.get().answer, NOT_APPLICABLE);
    assert.equal(stored()?.answers[items[0]!.id], NOT_APPLICABLE);
    quiz.press('Enter');
    assert.deepEqual([quiz.$view.get().position, quiz.$view.get().answered], [1, 1]);
    quiz.choose(-1);
    assert.equal(quiz.$view.get().answer, undefined);
  });

  test('answers that carry a verdict give the result and report it', () => {
    quiz.start();
    for (const [i, item] of items.entries()) {
      quiz.choose(consistent(item, i));
      quiz.next();
    }
    const view = quiz.$view.get();
    const reading = readAnswers(v2, Object.fromEntries(items.map((item, i) => [item.id, consistent(item, i)])));
    assert.equal(reading?.kind, 'result');
    assert.deepEqual([view.stage, view.result, view.reasons], ['result', reading?.kind === 'result' ? reading.result : 0, []]);
    assert.equal(completed.length, 1);
  });

  test('a straight line gets no verdict: its reasons, no result, nothing reported; review keeps the answers', () => {
    quiz.start();
    answerRest(quiz, middle);
    const view = quiz.$view.get();
    assert.deepEqual([view.stage, view.result, view.reasons], ['no-verdict', undefined, ['same-answer']]);
    assert.deepEqual(completed, []);
    assert.equal(quiz.press('Enter'), false, 'keys belong to the question stage only');
    quiz.review();
    assert.deepEqual([quiz.$view.get().stage, quiz.$view.get().position, quiz.$view.get().answer], ['question', 0, middle]);
    assert.equal(quiz.$view.get().answered, items.length);
    // Changing the answers to a readable set and going through again reaches a result, reported once.
    for (const [i, item] of items.entries()) {
      quiz.choose(consistent(item, i));
      quiz.next();
    }
    assert.equal(quiz.$view.get().stage, 'result');
    assert.equal(completed.length, 1);
  });

  test('the self-check adds no history entry for answers without a verdict', () => {
    selfQuiz.start();
    answerRest(selfQuiz, middle);
    assert.equal(selfQuiz.$view.get().stage, 'no-verdict');
    assert.equal(getTestStorage()['minime:history:v1'], undefined);
  });

  test('the rater form: a straight line gets no verdict, so no result to make a code from', () => {
    rater.start();
    answerRest(rater, middle);
    const view = rater.$view.get();
    assert.equal(view.total, v2.items.length);
    assert.deepEqual([view.stage, view.result], ['no-verdict', undefined]);
  });
});
