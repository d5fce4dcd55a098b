/**
 * The manager's request link (/team/): where the reps' codes go (a collector, by default, or straight
 * to the manager), the collector's name and an optional team label, and the link they make
 * (src/lib/request.ts). Kept in memory only: the name and the label live in the link they make.
 */
import { atom, computed } from 'nanostores';
import { encodeRequest, type RequestMode } from '../lib/request.ts';

export const $requestMode = atom<RequestMode>('collector');
export const $requestTo = atom('');
export const $requestTeam = atom('');

/** The link's fragment (no '#'), or undefined while collector mode has no name yet. */
export const $requestFragment = computed([$requestMode, $requestTo, $requestTeam], (mode, to, team) => encodeRequest({ mode, to, team }));
