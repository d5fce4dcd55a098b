/**
 * Interface copy for Astro pages and components, read at build time: `t('notFound.heading')`,
 * `t('guide.minRead', { count: 4 })`. Keys and their parameters are typed from the English table, so
 * a missing key or a missing parameter fails `astro check`. Islands do not import this (it holds
 * every group): the page hands them their groups as a prop, `strings: islandStrings('compare')`, so
 * the words travel in the page's HTML and the island's JS carries only ./format.ts.
 */
import * as ui from './locales/active.ts';
import { dateText, format, parts, type ParamArgs, type Params } from './format.ts';
import type { GroupName, IslandStrings } from './types.ts';

export type { GroupName, IslandStrings };

type Table = typeof ui;
export type Key = { [G in GroupName]: `${G}.${keyof Table[G] & string}` }[GroupName];
export type MessageAt<K extends Key> = K extends `${infer G extends GroupName}.${infer N}`
  ? N extends keyof Table[G]
    ? Table[G][N]
    : never
  : never;

/** The page language: <html lang> and every Intl formatter. */
export const lang: string = ui.lang;

function messageAt(key: Key) {
  const dot = key.indexOf('.');
  const group = ui[key.slice(0, dot) as GroupName] as Readonly<Record<string, string | { other: string }>>;
  const message = group[key.slice(dot + 1)];
  if (message === undefined) throw new Error(`No message "${key}" in the ${lang} strings`);
  return message;
}

/** A message as text. */
export function t<K extends Key>(key: K, ...args: ParamArgs<MessageAt<K>>): string {
  return format(messageAt(key), lang, args[0]);
}

/** A message as parts, for markup inside it: `tParts('quizPage.printLink', { link: <a …>…</a> })`. */
export function tParts<K extends Key, V>(key: K, params: Params<MessageAt<K>, V | string | number>): (V | string)[] {
  return parts(messageAt(key), lang, params);
}

/** One group, whole: for a client script that is handed its words as data. */
export function strings<G extends GroupName>(group: G): Table[G] {
  return ui[group];
}

/** An island's `strings` prop: the language and the groups it shows, `islandStrings('compare', 'storage')`. */
export function islandStrings<G extends GroupName>(...groups: G[]): IslandStrings<G> {
  return Object.assign({ lang }, ...groups.map((g) => ({ [g]: ui[g] }))) as IslandStrings<G>;
}

/** A small number in words where the language has one ("six"), digits beyond. */
export function inWords(n: number): string {
  return ui.numberWords[n] ?? new Intl.NumberFormat(lang).format(n);
}

/** The numbers 0 to `max` in words, for an island that says a small count ("two raters"): `words[n]`. */
export function wordsUpTo(max: number): string[] {
  return Array.from({ length: max + 1 }, (_, n) => inWords(n));
}

/** The first letter in upper case, as the language writes it (skips leading marks such as ⟦). */
export function capitalize(text: string): string {
  return text.replace(/\p{L}/u, (c) => c.toLocaleUpperCase(lang));
}

/** A date as the language writes it; UTC, so a build's time zone never shifts a day. */
export function formatDate(date: Date, style: 'short' | 'long' = 'long'): string {
  return dateText(date, lang, style, 'UTC');
}

/** Items joined as the language lists them ("a, b and c"). */
export function formatList(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return new Intl.ListFormat(lang, { type }).format(items);
}
