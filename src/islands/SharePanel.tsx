/** Sharing a result: its link, which holds the four bands and nothing else. */
import { encodeResult } from '../lib/result-code.ts';
import type { Result } from '../lib/scoring.ts';
import { CopyLink } from './CopyLink.tsx';

interface Props {
  readonly result: Result;
  readonly base: string;
}

export function SharePanel({ result, base }: Props) {
  return (
    <section class="share" aria-labelledby="share-title">
      <h3 id="share-title">Share this result</h3>
      <p class="share-what">The link holds only the four bands above, never your answers.</p>
      <CopyLink
        id="share-link"
        label="Link to this result"
        path={`${base}result/${encodeResult(result)}/`}
        shareTitle="My Mini-Me Check result"
      />
    </section>
  );
}
