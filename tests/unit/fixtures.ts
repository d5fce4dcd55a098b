/**
 * Shared test fixtures for the plain-TypeScript core: version 1 of the instrument, read straight from
 * content/quiz/v1.json (no Astro), the guide's chapter slugs (the file names in content/guide/), the
 * code shapes a decoder needs, and fast-check arbitraries for complete answer sets.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc, { type Arbitrary } from 'fast-check';
import assert from 'node:assert/strict';
import type { Advice, Band, Dimension, Instrument, Item } from '../../src/lib/instrument.ts';
import { codeShape } from '../../src/lib/instrument.ts';
import { allResults, type CodeShape } from '../../src/lib/result-code.ts';
import { describeResult, itemsFor, type Answers, type Form, type Result } from '../../src/lib/scoring.ts';
import type { HistoryEntry } from '../../src/lib/history-log.ts';

const root = join(import.meta.dirname, '..', '..');

export function loadInstrument(version: number): Instrument {
  return JSON.parse(readFileSync(join(root, 'content', 'quiz', `v${version}.json`), 'utf8')) as Instrument;
}

/** Version 1 of the instrument. Treat as read-only: mutate only a structuredClone. */
export const v1: Instrument = loadInstrument(1);

/** The guide's chapter slugs: `content/guide/<slug>.mdx` (the file name is the URL). */
export const chapterSlugs: ReadonlySet<string> = new Set(
  readdirSync(join(root, 'content', 'guide'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -'.mdx'.length)),
);

/** What a decoder knows about an instrument version (as src/data/instruments.ts derives it). */
export const v1Shape: CodeShape = codeShape(v1);
export const v1Shapes: ReadonlyMap<number, CodeShape> = new Map([[v1.version, v1Shape]]);

export const FORMS: readonly Form[] = ['self', 'rater'];

/** A deep copy with `readonly` removed, for building broken instruments. */
export type Mutable<T> = T extends readonly (infer U)[] ? Mutable<U>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;

export function mutableCopy(inst: Instrument): Mutable<Instrument> {
  return structuredClone(inst) as Mutable<Instrument>;
}

export function scaleMin(inst: Instrument): number {
  return Math.min(...inst.scale.map((p) => p.value));
}

export function scaleMax(inst: Instrument): number {
  return Math.max(...inst.scale.map((p) => p.value));
}

/** The answer that scores an item at its mini-me end: agree fully with a mini-me item, disagree fully with an adaptive one. */
export function miniMeEnd(inst: Instrument, item: Item): number {
  return item.keying === 'mini-me' ? scaleMax(inst) : scaleMin(inst);
}

export function adaptiveEnd(inst: Instrument, item: Item): number {
  return item.keying === 'mini-me' ? scaleMin(inst) : scaleMax(inst);
}

/** The answer `steps` scale points away from the item's adaptive end, toward its mini-me end. */
export function stepsTowardMiniMe(inst: Instrument, item: Item, steps: number): number {
  return item.keying === 'mini-me' ? scaleMin(inst) + steps : scaleMax(inst) - steps;
}

/** The same answer for every item of the form. */
export function answerAll(inst: Instrument, form: Form, pick: (item: Item) => number): Record<string, number> {
  return Object.fromEntries(itemsFor(inst, form).map((item) => [item.id, pick(item)]));
}

/** Complete answers to every item of the form, each a scale value. */
export function answersArb(inst: Instrument, form: Form): Arbitrary<Answers> {
  const items = itemsFor(inst, form);
  return fc
    .array(fc.integer({ min: scaleMin(inst), max: scaleMax(inst) }), { minLength: items.length, maxLength: items.length })
    .map((values) => Object.fromEntries(items.map((item, i) => [item.id, values[i] as number])));
}

/** Any result version `inst` could produce: one level (band index) per dimension. */
export function resultArb(inst: Instrument): Arbitrary<Result> {
  return fc
    .array(fc.integer({ min: 0, max: inst.bands.length - 1 }), { minLength: inst.dimensions.length, maxLength: inst.dimensions.length })
    .map((levels) => ({ version: inst.version, levels }));
}

/** A result whose every dimension has a level: always so for version 1. */
export interface FullResult {
  readonly version: number;
  readonly levels: readonly number[];
}

/** A result view with every level, a numeric index and its band: always so for version 1. */
export interface FullView {
  readonly result: FullResult;
  readonly index: number;
  readonly indexLevel: number;
  readonly indexBand: Band;
  readonly numeric: boolean;
  readonly dimensions: readonly {
    readonly dimension: Dimension;
    readonly level: number;
    readonly band: Band;
    readonly advice: Advice | undefined;
  }[];
}

/** Narrows a result to a full one, failing the test if a dimension has no level. */
export function fullResult(result: Result): FullResult {
  assert.ok(
    result.levels.every((l) => l !== null),
    `a dimension has no level: ${result.levels.join(',')}`,
  );
  return result as FullResult;
}

/** Version 1's view of a result, narrowed (fails the test if it is not full). */
export function describeV1(result: Result): FullView {
  const view = describeResult(v1, result);
  assert.ok(view.index !== undefined && view.indexLevel !== undefined && view.indexBand !== undefined, 'a version 1 view lacks its index');
  fullResult(result);
  return view as unknown as FullView;
}

/** Every result a version 1 code can hold. */
export function allV1Results(): FullResult[] {
  return allResults(v1.version, v1Shape).map(fullResult);
}

/** A one-character edit of a code, as a hand or a careless copy makes: a character replaced, inserted, deleted, or two swapped. */
export type Edit = 'replace' | 'insert' | 'delete' | 'swap';
export const EDITS: readonly Edit[] = ['replace', 'insert', 'delete', 'swap'];

export function editAt(code: string, i: number, edit: Edit, ch: string): string {
  if (edit === 'replace') return code.slice(0, i) + ch + code.slice(i + 1);
  if (edit === 'insert') return code.slice(0, i) + ch + code.slice(i);
  if (edit === 'delete') return code.slice(0, i) + code.slice(i + 1);
  return code.slice(0, i) + code.charAt(i + 1) + code.charAt(i) + code.slice(i + 2);
}

/** A history entry on day `day` of January 2026 (UTC), for store tests. */
export function entryOn(day: number, code: string, version = 1): HistoryEntry {
  return { date: new Date(Date.UTC(2026, 0, day)).toISOString(), code, version };
}
