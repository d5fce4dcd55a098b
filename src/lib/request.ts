/**
 * A manager's request to their team: a link to the rater form whose fragment says where the codes go
 * (`#ask=collector&to=Sam%20Lee%2C%20our%20enablement%20lead&team=EMEA%20mid-market`) or that they
 * come straight to the manager (`#ask=direct&team=…`). Names and labels live only in the fragment,
 * which browsers never send to the host, and on the devices that open the link.
 *
 * Whatever a link holds is shown as plain text: one line, printable, at most MAX_REQUEST_TEXT
 * characters. A fragment that cannot be read gives a 'damaged' answer for the page to explain, never
 * a guess.
 */
import { checkString } from './checksum.ts';
import { cut, printable } from './quote.ts';

/** The most characters shown of the collector's name or the team's label. */
export const MAX_REQUEST_TEXT = 80;
/**
 * A fragment longer than this is not one this site wrote: two texts of MAX_REQUEST_TEXT characters,
 * each at most four UTF-8 bytes, so at most twelve characters once percent-escaped, and the keys.
 */
export const MAX_FRAGMENT = 2 * MAX_REQUEST_TEXT * 12 + 'ask=collector&to=&team='.length;

export type RequestMode = 'collector' | 'direct';

export interface TeamRequest {
  readonly mode: RequestMode;
  /** Who collects the codes, in the manager's words (collector mode only). */
  readonly to: string | undefined;
  /** An optional label for the team ("EMEA mid-market"). */
  readonly team: string | undefined;
}

export type ReadRequest =
  { readonly kind: 'none' } | { readonly kind: 'request'; readonly request: TeamRequest } | { readonly kind: 'damaged' };

/** Text as the page may show it: printable, whitespace collapsed, trimmed, cut; undefined when empty. */
export function cleanText(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const clean = printable(text).replace(/\s+/gu, ' ').trim();
  return clean === '' ? undefined : cut(clean, MAX_REQUEST_TEXT);
}

/** The request's fragment (no leading '#'). Collector mode without a name is not a request: undefined. */
export function encodeRequest(request: TeamRequest): string | undefined {
  const to = cleanText(request.to);
  const team = cleanText(request.team);
  if (request.mode === 'collector' && to === undefined) return undefined;
  const parts = [`ask=${request.mode}`];
  if (request.mode === 'collector' && to !== undefined) parts.push(`to=${encodeURIComponent(to)}`);
  if (team !== undefined) parts.push(`team=${encodeURIComponent(team)}`);
  return parts.join('&');
}

function decodePart(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * Reads a request from a link's fragment (with or without '#'). Never throws. No `ask=` at all is no
 * request (the plain rater form); an `ask=` that cannot be read, an unknown mode, or a collector
 * request without a readable name is 'damaged'.
 */
export function readRequest(fragment: unknown): ReadRequest {
  if (typeof fragment !== 'string') return { kind: 'none' };
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const fields = new Map<string, string>();
  for (const part of text.slice(0, MAX_FRAGMENT + 1).split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && !fields.has(part.slice(0, eq))) fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const ask = fields.get('ask');
  if (ask === undefined) return { kind: 'none' };
  if (text.length > MAX_FRAGMENT || (ask !== 'collector' && ask !== 'direct')) return { kind: 'damaged' };
  const rawTo = fields.get('to');
  const rawTeam = fields.get('team');
  const to = rawTo === undefined ? undefined : decodePart(rawTo);
  const team = rawTeam === undefined ? undefined : decodePart(rawTeam);
  if ((rawTo !== undefined && to === undefined) || (rawTeam !== undefined && team === undefined)) return { kind: 'damaged' };
  if (ask === 'collector' && cleanText(to) === undefined) return { kind: 'damaged' };
  return { kind: 'request', request: { mode: ask, to: ask === 'collector' ? cleanText(to) : undefined, team: cleanText(team) } };
}

/**
 * The tag stem a rater code carries under a request: the device's own stem with no request, else one
 * derived from the device's stem and the request, so a rep's codes for one request still share a stem
 * (a copy pasted twice, or an answer given again, counts once) while codes for another request (another
 * team, another quarter) cannot be linked to them by whoever collects both.
 */
export function requestStem(deviceStem: string, request: ReadRequest): string {
  if (request.kind !== 'request') return deviceStem;
  return checkString(`${deviceStem}\n${encodeRequest(request.request) ?? ''}`);
}

/** The request's collector, when the code goes to one. */
export function collectorOf(ask: ReadRequest): string | undefined {
  return ask.kind === 'request' && ask.request.mode === 'collector' ? ask.request.to : undefined;
}
