/**
 * The team comparison's stores over @nanostores/persistent's test engine: the box read into rater
 * codes and a summary, the example code the page shows, which own result is compared (box, chosen history entry, newest, none), the
 * picker, codes added from a link's fragment (once, with the duplicates offered again), and the
 * live-region summary that waits for typing to pause.
 */
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import {
  $codesAnnounced,
  $codesSummary,
  $exampleCode,
  $linkAdded,
  $selfChoice,
  $selfPicker,
  $team,
  $teamText,
  addFromLink,
  addSkippedAgain,
  chooseSelf,
  setTeamText,
} from '../../src/stores/team.ts';
import { $history, $historyRows } from '../../src/stores/history.ts';
import { $historyText } from '../../src/stores/history-log.ts';
import { $instrument, $shapes, setupStores } from '../../src/stores/setup.ts';
import { decodeResult, encodeResult } from '../../src/lib/result-code.ts';
import type { HistoryEntry } from '../../src/lib/history.ts';
import { entryOn, loadInstrument, v1, v1Shape } from './fixtures.ts';
import { codeShape } from '../../src/lib/instrument.ts';

useTestStorageEngine();

const r = (...levels: number[]) => encodeResult({ version: 1, levels }, 'r');
const entry = (day: number, code: string): HistoryEntry => entryOn(day, code);
const storeHistory = (entries: readonly HistoryEntry[]) => setTestStorageKey('minime:history:v1', JSON.stringify(entries));

beforeEach(() => setupStores({ inst: v1, shapes: { 1: v1Shape } }));
afterEach(() => {
  cleanStores(
    $teamText,
    $selfChoice,
    $team,
    $codesSummary,
    $codesAnnounced,
    $exampleCode,
    $selfPicker,
    $history,
    $historyRows,
    $historyText,
    $linkAdded,
    $shapes,
    $instrument,
  );
  cleanTestStorage();
  $linkAdded.set({ added: 0, skipped: [] });
});

describe('the box', () => {
  test('is kept on the device, and read into rater codes, a summary and a comparison', () => {
    setTeamText(`${r(0, 1, 2, 3)}\nhello\n${r(1, 1, 1, 1)}, ${r(3, 3, 3, 3)}`);
    assert.equal(getTestStorage()['minime:team:v1'], $teamText.get());
    const team = $team.get();
    assert.deepEqual(
      team.parsed.raters.map((x) => x.code),
      [r(0, 1, 2, 3), r(1, 1, 1, 1), r(3, 3, 3, 3)],
    );
    assert.deepEqual($codesSummary.get(), { read: 3, linesLeftOut: 1 });
    assert.equal(team.comparison?.raterCount, 3);
    assert.equal(team.selfSource, 'none');
    assert.equal(team.fragment, `r=${[r(0, 1, 2, 3), r(1, 1, 1, 1), r(3, 3, 3, 3)].join(',')}`);
  });

  test('an empty box reads nothing and compares nothing', () => {
    assert.deepEqual($codesSummary.get(), { read: 0, linesLeftOut: 0 });
    assert.equal($team.get().comparison, undefined);
  });
});

describe('the example code the page shows', () => {
  test('is a rater code of the current version, in its shape, that the box reads as a rater', () => {
    for (const inst of [v1, loadInstrument(2)]) {
      setupStores({ inst, shapes: { [inst.version]: codeShape(inst) } });
      const code = $exampleCode.get();
      assert.match(code, new RegExp(`^r${inst.version}-`));
      const decoded = decodeResult(code, $shapes.get(), 'r');
      assert.ok(decoded.ok && decoded.result.levels.length === inst.dimensions.length, code);
      setTeamText(code);
      assert.deepEqual([$codesSummary.get(), $team.get().parsed.problems], [{ read: 1, linesLeftOut: 0 }, []]);
    }
  });

  test('is empty until the instrument is set up', () => {
    $instrument.set(undefined);
    assert.equal($exampleCode.get(), '');
  });
});

describe('the own result compared', () => {
  test('a result code in the box comes first', () => {
    storeHistory([entry(1, 'v1-0000')]);
    setTeamText(`v1-3333\n${r(0, 0, 0, 0)}`);
    const team = $team.get();
    assert.deepEqual([team.selfSource, team.selfCode], ['box', 'v1-3333']);
    assert.equal(team.fragment, `self=v1-3333&r=${r(0, 0, 0, 0)}`);
  });

  test('else the newest saved result, or the one chosen, or none', () => {
    storeHistory([entry(1, 'v1-0000'), entry(2, 'v1-1111')]);
    setTeamText(r(2, 2, 2, 2));
    assert.deepEqual([$team.get().selfSource, $team.get().selfCode], ['history', 'v1-1111']);
    chooseSelf('v1-0000');
    assert.equal(getTestStorage()['minime:team-self:v1'], 'v1-0000');
    assert.equal($team.get().selfCode, 'v1-0000');
    assert.deepEqual($team.get().self, { version: 1, levels: [0, 0, 0, 0] });
    chooseSelf('none');
    assert.deepEqual([$team.get().selfSource, $team.get().self], ['none', undefined]);
  });
});

describe('the picker', () => {
  test('shows the newest eight and the one compared, checked once even when its code repeats', () => {
    const code = (i: number) => `v1-${Math.floor(i / 4)}${i % 4}00`;
    const entries = Array.from({ length: 12 }, (_, i) => entry(20 - i, i === 9 ? code(3) : code(i)));
    storeHistory(entries);
    assert.deepEqual(
      $selfPicker.get().map((o) => o.checked),
      [true, false, false, false, false, false, false, false],
    );
    chooseSelf(code(10));
    assert.deepEqual(
      $selfPicker.get().map((o) => o.entry),
      [...entries.slice(0, 8), entries[10]],
    );
    assert.deepEqual(
      $selfPicker.get().map((o) => o.checked),
      [false, false, false, false, false, false, false, false, true],
    );
    chooseSelf(code(3));
    const options = $selfPicker.get();
    assert.deepEqual(
      options.map((o) => o.entry),
      [...entries.slice(0, 8), entries[9]],
    );
    assert.deepEqual(
      options.filter((o) => o.checked).map((o) => o.entry),
      [entries[3]],
    );
  });

  test('is empty without saved results', () => {
    assert.deepEqual($selfPicker.get(), []);
  });
});

describe('a link', () => {
  test('adds its codes once; reopening it offers the duplicates, which can be added again', () => {
    const link = `#self=v1-3333&r=${r(0, 0, 0, 0)},${r(1, 1, 1, 1)}`;
    addFromLink(link);
    assert.deepEqual($linkAdded.get(), { added: 3, skipped: [] });
    assert.equal($teamText.get(), ['v1-3333', r(0, 0, 0, 0), r(1, 1, 1, 1)].join('\n'));
    addFromLink(link);
    assert.deepEqual($linkAdded.get(), { added: 0, skipped: ['v1-3333', r(0, 0, 0, 0), r(1, 1, 1, 1)] });
    addSkippedAgain();
    assert.deepEqual($linkAdded.get(), { added: 3, skipped: [] });
    assert.equal($team.get().parsed.raters.length, 4);
  });

  test('is added after what the box holds; an empty fragment changes nothing', () => {
    setTeamText(`${r(2, 2, 2, 2)}\n\n`);
    addFromLink('#');
    addFromLink('');
    assert.deepEqual($linkAdded.get(), { added: 0, skipped: [] });
    addFromLink(`#r=${r(3, 3, 3, 3)}`);
    assert.equal($teamText.get(), `${r(2, 2, 2, 2)}\n${r(3, 3, 3, 3)}`);
  });
});

describe('the summary for the live region', () => {
  test('follows the box 700 ms after typing pauses', (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const heard: unknown[] = [];
    const stop = $codesAnnounced.subscribe((v) => heard.push(v));
    t.mock.timers.tick(699);
    assert.deepEqual(heard, [undefined]);
    t.mock.timers.tick(1);
    assert.deepEqual(heard.at(-1), { read: 0, linesLeftOut: 0 });
    setTeamText(r(0, 0, 0, 0));
    t.mock.timers.tick(500);
    setTeamText(`${r(0, 0, 0, 0)}\n${r(1, 1, 1, 1)}`);
    t.mock.timers.tick(699);
    assert.equal(heard.length, 2, 'nothing while typing');
    t.mock.timers.tick(1);
    assert.deepEqual(heard.at(-1), { read: 2, linesLeftOut: 0 });
    assert.equal(heard.length, 3);
    stop();
  });
});
