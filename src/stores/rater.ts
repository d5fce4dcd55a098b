/**
 * The rater version: a rep's view of their manager, kept apart from the manager's own answers; the
 * tag stem this device puts on its rater codes; and the request the rep opened (the link's #fragment).
 */
import { atom, computed } from 'nanostores';
import { isTagStem, randomTagStem } from '../lib/result-code.ts';
import { encodeRequest, readRequest, type ReadRequest } from '../lib/request.ts';
import { createQuiz } from './quiz.ts';
import { storedAtom } from './storage.ts';

export const raterQuiz = createQuiz({
  key: 'minime:rater:v1',
  form: 'rater',
  // Which request the answers were given under, so the code screen can tell a rep who opens a new one.
  onComplete: () => $raterAnsweredFor.set(requestKey($raterRequest.get())),
});

/** A request as a key to compare: its own fragment, or '' for none (or one that could not be read). */
export function requestKey(read: ReadRequest): string {
  return read.kind === 'request' ? (encodeRequest(read.request) ?? '') : '';
}

/** The request (requestKey) the kept answers were finished under; unknown for answers finished before this was kept. */
export const $raterAnsweredFor = storedAtom<string | undefined>('minime:rater-for:v1', undefined);

/**
 * This device's tag stem (src/lib/result-code.ts randomTagStem), made when first needed. Every code
 * this device gives carries it, so a collector's page counts a rep who answered again once.
 */
export const $raterTag = storedAtom<string | undefined>('minime:rater-tag:v1', undefined);

/** The stem: the stored one, or, when there is none or it cannot be one (corrupt storage), a new one, stored. */
export function raterTagStem(): string {
  const stored = $raterTag.get();
  if (isTagStem(stored)) return stored;
  const fresh = randomTagStem();
  $raterTag.set(fresh);
  return fresh;
}

/** The fragment of the page's address, as last read ('' until the page is live: the server's render). */
export const $raterHash = atom('');

/** The request the rep opened: where the code goes, or none, or a link that could not be read. */
export const $raterRequest = computed($raterHash, (hash) => readRequest(hash));

/** Reads the address's fragment now and whenever it changes; returns the function that stops listening. */
export function followRequest(): () => void {
  const read = () => $raterHash.set(location.hash);
  read();
  addEventListener('hashchange', read);
  return () => removeEventListener('hashchange', read);
}

/**
 * The kept answers were finished under another request than the one open now (or under none): the
 * rep may be asked again, and the code screen says so. Unknown (answers from before this was kept, or
 * a stored value that is not a string) is never called stale.
 */
export const $raterStale = computed([$raterAnsweredFor, $raterRequest], (answeredFor, request) =>
  typeof answeredFor === 'string' ? answeredFor !== requestKey(request) : false,
);
