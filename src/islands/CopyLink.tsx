/**
 * A link or code to pass on: shown as text, with a Copy button (Clipboard API, falling back to
 * selecting the text so the user can copy it) and the system share sheet where there is one.
 */
import { useRef, useState } from 'preact/hooks';
import type { Locale } from '../i18n/types.ts';

interface Props {
  readonly id: string;
  readonly label: string;
  /** A path on this site, base included; shown and copied as a full link on this page's origin. */
  readonly path: string;
  /** Title for the system share sheet; no Share button without it. */
  readonly shareTitle?: string;
  readonly strings: Locale['copyLink'];
}

export function CopyLink({ id, label, path, shareTitle, strings }: Props) {
  const value = `${typeof location === 'undefined' ? '' : location.origin}${path}`;
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const canShare = shareTitle !== undefined && typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  const selectText = () => {
    input.current?.focus();
    input.current?.select();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(strings.copied);
    } catch {
      selectText();
      setStatus(strings.blocked);
    }
  };
  const share = async () => {
    try {
      await navigator.share({ title: shareTitle ?? '', url: value });
    } catch {
      /* the user closed the share sheet */
    }
  };

  return (
    <div class="copy-link">
      <label class="copy-label" for={id}>
        {label}
      </label>
      <div class="share-row">
        <input id={id} ref={input} class="share-link" type="text" readOnly value={value} onFocus={selectText} />
        <button type="button" class="button" onClick={copy}>
          {strings.copy}
        </button>
        {canShare && (
          <button type="button" class="button secondary" onClick={share}>
            {strings.share}
          </button>
        )}
      </div>
      <p class="share-status" role="status">
        {status}
      </p>
    </div>
  );
}
