/**
 * The small engine under every string: `{name}` placeholders, plural forms chosen with
 * Intl.PluralRules, numbers with Intl.NumberFormat, all in the page's language. Plain TypeScript with
 * no imports, so Astro pages, islands and unit tests share it, and an island pays a few hundred bytes.
 */

/** A message with one form per plural category; `other` is required, as CLDR requires it. */
export type Plural = { readonly other: string } & Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many', string>>;
export type Message = string | Plural;
/** A group of messages: what one island or one page section uses. */
export type Group = Readonly<Record<string, Message>>;

/** The `{name}`s in a message, as a union of names. */
export type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
/** What a message needs: its placeholders; a plural message always needs `count`. */
export type ParamNames<M> = M extends string ? Placeholders<M> : M extends Plural ? Placeholders<M[keyof M]> | 'count' : never;
export type Params<M, V = string | number> = { readonly [K in ParamNames<M>]: V };
/** `format(message)` for a message without placeholders, `format(message, params)` otherwise. */
export type ParamArgs<M, V = string | number> = [ParamNames<M>] extends [never] ? [] : [params: Params<M, V>];

const PLACEHOLDER = /\{(\w+)\}/g;

/** Formatters made once per language and options: building Intl objects is the slow part. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.DateTimeFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (f === undefined) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/**
 * A date as the page's language writes it: 'short' for tables and pickers (Nov 30, 2026 in en-US),
 * 'long' for headings (November 30, 2026). `timeZone` fixes the day for dates the build writes
 * (content's `updated`, in UTC); a reader's own dates use their time zone.
 */
export function dateText(date: Date, lang: string, style: 'short' | 'long' = 'short', timeZone?: string): string {
  const month = style === 'short' ? 'short' : 'long';
  return cached(
    `date|${lang}|${month}|${timeZone ?? ''}`,
    () => new Intl.DateTimeFormat(lang, { day: 'numeric', month, year: 'numeric', timeZone }),
  ).format(date);
}

/** The form of a message for a count (a plain string has one form; no count selects `other`, as NaN does). */
export function pick(message: Message, lang: string, count: unknown): string {
  if (typeof message === 'string') return message;
  return message[cached(`plural|${lang}`, () => new Intl.PluralRules(lang)).select(count as number)] ?? message.other;
}

/**
 * A message as parts, for text with markup inside (a link, <strong>, <code>): the plural form for
 * `params.count`, split at its placeholders, each `{name}` replaced by its parameter as it is (an
 * element, say; a number written the language's way). A missing parameter stays visible as `{name}`.
 * Astro and Preact both render such an array in order.
 */
export function parts<V>(message: Message, lang: string, params: Readonly<Record<string, V | string | number>> = {}): (V | string)[] {
  return pick(message, lang, params['count'])
    .split(PLACEHOLDER)
    .map((piece, i) => {
      if (i % 2 === 0) return piece;
      const value = params[piece] ?? `{${piece}}`;
      return typeof value === 'number' ? value.toLocaleString(lang) : value;
    });
}

/** A message's text: `parts` joined, for messages whose parameters are all text or numbers. */
export function format(message: Message, lang: string, params: Readonly<Record<string, string | number>> = {}): string {
  return parts(message, lang, params).join('');
}
