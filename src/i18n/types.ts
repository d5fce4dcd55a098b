/** The shape every language file must have: the English table's, with any words in it. */
import type * as En from './locales/en.ts';
import type { Plural } from './format.ts';

type Widen<T> = T extends string
  ? string
  : T extends { readonly other: string }
    ? Plural
    : T extends readonly string[]
      ? readonly string[]
      : { readonly [K in keyof T]: Widen<T[K]> };

/** A language file's exports: `lang` (a BCP 47 tag), the small-number words, and every message group. */
export type Locale = { readonly [K in keyof typeof En]: Widen<(typeof En)[K]> };

/** The group names of a Locale (its exports but `lang` and `numberWords`). */
export type GroupName = Exclude<keyof Locale, 'lang' | 'numberWords'>;

/**
 * What a page passes to an island as its `strings` prop (src/i18n/index.ts islandStrings): the
 * language and only the groups the island shows, so they travel in the page's HTML, not its JS.
 */
export type IslandStrings<G extends GroupName> = { readonly lang: string } & { readonly [K in G]: Locale[K] };
