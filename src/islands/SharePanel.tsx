/**
 * Sharing a result: the link as text, a Copy button (Clipboard API, falling back to selecting the
 * text so the user can copy it), and the system share sheet where the browser has one.
 */
import { useRef, useState } from 'preact/hooks';
import { encodeResult } from '../lib/result-code.ts';
import type { Result } from '../lib/scoring.ts';

interface Props {
  readonly result: Result;
  readonly base: string;
}

export function SharePanel({ result, base }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const origin = typeof location === 'undefined' ? '' : location.origin;
  const url = `${origin}${base}result/${encodeResult(result)}/`;
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  const selectText = () => {
    input.current?.focus();
    input.current?.select();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied.');
    } catch {
      selectText();
      setStatus('Copying was blocked: the link is selected, so press Ctrl+C (or ⌘C) to copy it.');
    }
  };
  const share = async () => {
    try {
      await navigator.share({ title: 'My Mini-Me Check result', url });
    } catch {
      /* the user closed the share sheet */
    }
  };

  return (
    <section class="share" aria-labelledby="share-title">
      <h3 id="share-title">Share this result</h3>
      <p class="share-what">The link holds only the four bands above, never your answers.</p>
      <div class="share-row">
        <label class="sr-only" for="share-link">Link to this result</label>
        <input id="share-link" ref={input} class="share-link" type="text" readOnly value={url} onFocus={selectText} />
        <button type="button" class="button" onClick={copy}>Copy link</button>
        {canShare && <button type="button" class="button secondary" onClick={share}>Share…</button>}
      </div>
      <p class="share-status" role="status">{status}</p>
    </section>
  );
}
