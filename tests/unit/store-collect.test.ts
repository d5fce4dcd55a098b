/**
 * The collector's page and the rater's request over @nanostores/persistent's test engine: the box is
 * kept on the device and read into the codes that go into the summary, the lines left out, the summary
 * link's fragment and the preview; a rep's link adds its code once; clearing empties the box. The
 * rater's tag stem is made once and kept, and a stored one that cannot be a stem is replaced; the
 * request is read from the address's fragment.
 */
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import {
  $collect,
  $collectAdded,
  $collectExample,
  $collectText,
  addFromLink,
  clearCollect,
  setCollectText,
} from '../../src/stores/collect.ts';
import { $raterAnsweredFor, $raterHash, $raterRequest, $raterStale, $raterTag, raterQuiz, raterTagStem } from '../../src/stores/rater.ts';
import { $instrument, $shapes, setupStores } from '../../src/stores/setup.ts';
import { codeShape } from '../../src/lib/instrument.ts';
import { agreementOf } from '../../src/lib/aggregate.ts';
import { decodeResult, encodeResult, isTagStem, tagFor } from '../../src/lib/result-code.ts';
import { encodeSummary, makeSummary } from '../../src/lib/summary.ts';
import type { Result } from '../../src/lib/scoring.ts';
import { loadInstrument, v1Shape } from './fixtures.ts';

useTestStorageEngine();

const v2 = loadInstrument(2);
const results: Result[] = [
  { version: 2, levels: [0, 1, 2, 2] },
  { version: 2, levels: [1, 1, 2, null] },
  { version: 2, levels: [2, 2, 0, 1] },
];
const codes = results.map((r, i) => encodeResult(r, 'r', tagFor(r, ['aaaaa', 'bbbbb', 'ccccc'][i]!)));

beforeEach(() => setupStores({ inst: v2, shapes: { 1: v1Shape, 2: codeShape(v2) } }));
afterEach(() => {
  cleanStores($collectText, $collect, $collectExample, $raterTag, $raterRequest, $raterStale, $raterAnsweredFor, $shapes, $instrument);
  cleanTestStorage();
  $collectAdded.set(0);
  $raterHash.set('');
});

describe('the collector’s box', () => {
  test('is kept on the device, and read into the summary link, the preview and the lines left out', () => {
    setCollectText([...codes, 'r2-1021', codes[0]].join('\n'));
    assert.equal(getTestStorage()['minime:collect:v1'], $collectText.get());
    const view = $collect.get()!;
    assert.deepEqual(
      view.usable.map((r) => r.code),
      codes,
    );
    assert.deepEqual(view.leftOut, [{ line: 4, text: 'r2-1021', reason: { kind: 'untagged' } }]);
    assert.deepEqual(
      view.problems.map((p) => p.reason.kind),
      ['duplicate'],
    );
    const summary = makeSummary(v2, results);
    assert.ok(summary.ok);
    assert.equal(view.fragment, `t=${encodeSummary(summary.summary)}`);
    // Levels 0, 1, 2 on the first dimension: split; 1, 1, 2 on the second: agreed.
    assert.deepEqual(
      view.preview.map((p) => [p.id, p.view, p.agreement]),
      v2.dimensions.map((d, i) => {
        const g = summary.summary.dimensions[i];
        return [d.id, g, g && agreementOf(g)];
      }),
    );
    assert.deepEqual(
      view.preview.slice(0, 2).map((p) => p.agreement),
      ['split', 'agree'],
    );
  });

  test('with fewer than three codes: no fragment, no preview', () => {
    setCollectText(codes.slice(0, 2).join('\n'));
    const view = $collect.get()!;
    assert.equal(view.fragment, undefined);
    assert.deepEqual(view.preview, []);
    assert.deepEqual(view.summary, { ok: false, reason: { kind: 'too-few', count: 2, min: 3 } });
  });

  test('a rep’s link adds its code once, however often it is opened; clearing empties the box', () => {
    addFromLink(`#r=${codes[0]}`);
    assert.equal($collectText.get(), codes[0]);
    assert.equal($collectAdded.get(), 1);
    addFromLink(`#r=${codes[0]}`);
    assert.equal($collectText.get(), codes[0]);
    assert.equal($collectAdded.get(), 0);
    addFromLink(`https://x.example/team/collect/#r=${codes[1]}`);
    assert.equal($collectText.get(), `${codes[0]}\n${codes[1]}`);
    addFromLink('#');
    addFromLink('#to=<b>not a code</b>');
    assert.equal($collectText.get(), `${codes[0]}\n${codes[1]}`);
    clearCollect();
    assert.equal($collectText.get(), '');
    assert.equal($collectAdded.get(), 0);
  });

  test('the example code is a tagged code of the current version that decodes', () => {
    const example = $collectExample.get();
    const decoded = decodeResult(example, new Map([[2, codeShape(v2)]]), 'r');
    assert.ok(decoded.ok && decoded.tag !== undefined, example);
  });
});

describe('the rater’s tag and request', () => {
  test('the tag stem is made once and kept', () => {
    assert.equal($raterTag.get(), undefined);
    const stem = raterTagStem();
    assert.ok(isTagStem(stem));
    assert.equal(getTestStorage()['minime:rater-tag:v1'], stem);
    assert.equal(raterTagStem(), stem);
  });

  for (const corrupt of ['', 'abc', 'ABCDE', 'aaaaaa', '{"stem":"aaaaa"}', 'aaaa0', 'aaaa1']) {
    test(`a stored stem that cannot be one (${JSON.stringify(corrupt)}) is replaced, never thrown on`, () => {
      setTestStorageKey('minime:rater-tag:v1', corrupt);
      const stem = raterTagStem();
      assert.ok(isTagStem(stem));
      assert.notEqual(stem, corrupt);
      assert.equal(getTestStorage()['minime:rater-tag:v1'], stem);
    });
  }

  test('the request is read from the address’s fragment', () => {
    assert.deepEqual($raterRequest.get(), { kind: 'none' });
    $raterHash.set('#ask=collector&to=Sam%20Lee&team=EMEA');
    assert.deepEqual($raterRequest.get(), { kind: 'request', request: { mode: 'collector', to: 'Sam Lee', team: 'EMEA' } });
    $raterHash.set('#ask=direct');
    assert.deepEqual($raterRequest.get(), { kind: 'request', request: { mode: 'direct', to: undefined, team: undefined } });
    $raterHash.set('#ask=collector');
    assert.deepEqual($raterRequest.get(), { kind: 'damaged' });
  });
});

describe('answers kept from an earlier request', () => {
  /** Answers the rater form through, each dimension a different step toward its mini-me end (a verdict). */
  function answerAll(): void {
    const values = v2.scale.map((p) => p.value);
    const [min, max] = [Math.min(...values), Math.max(...values)];
    raterQuiz.start();
    for (let view = raterQuiz.$view.get(); view.stage === 'question'; view = raterQuiz.$view.get()) {
      const item = view.item!;
      const step = v2.dimensions.findIndex((d) => d.id === item.dimension);
      raterQuiz.choose(item.keying === 'mini-me' ? min + step : max - step);
      raterQuiz.next();
    }
  }

  test('are not stale under the request they were given for, and are under another one or none', () => {
    const unsubscribe = raterQuiz.$view.listen(() => {});
    $raterHash.set('#ask=collector&to=Sam%20Lee');
    answerAll();
    assert.equal(raterQuiz.$view.get().stage, 'result');
    assert.equal($raterAnsweredFor.get(), 'ask=collector&to=Sam%20Lee');
    assert.equal($raterStale.get(), false);
    $raterHash.set('#ask=collector&to=Sam%20Lee&team=Q3');
    assert.equal($raterStale.get(), true);
    $raterHash.set('');
    assert.equal($raterStale.get(), true);
    // Answering again under the new request makes them its own.
    $raterHash.set('#ask=direct');
    raterQuiz.restart();
    answerAll();
    assert.equal($raterStale.get(), false);
    unsubscribe();
  });

  test('answers finished before this was kept are never called stale', () => {
    assert.equal($raterAnsweredFor.get(), undefined);
    $raterHash.set('#ask=direct');
    assert.equal($raterStale.get(), false);
  });
});
