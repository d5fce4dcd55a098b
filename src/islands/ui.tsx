/**
 * Pieces the islands share: asking before an action that clears something (start over, clear the
 * history), and moving focus after an action, once what it names has rendered.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** Focuses what `target` returns after the next frame, when the render an action caused is on screen. */
export function focusLater(target: () => HTMLElement | null | undefined): void {
  requestAnimationFrame(() => target()?.focus());
}

export interface Asking {
  readonly open: boolean;
  /** Opens the question; the button that asked gets focus back if the user says no. */
  ask(e: Event): void;
  cancel(): void;
  close(): void;
}

export function useAsking(): Asking {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  return {
    open,
    ask: (e) => {
      opener.current = e.currentTarget as HTMLElement;
      setOpen(true);
    },
    cancel: () => {
      setOpen(false);
      focusLater(() => opener.current);
    },
    close: () => setOpen(false),
  };
}

interface ConfirmProps {
  readonly asking: Asking;
  /** Id of the question's text, which labels the group. */
  readonly id: string;
  readonly yes: string;
  readonly no: string;
  readonly onYes: () => void;
  /** The question. */
  readonly children: ComponentChildren;
}

/** The confirm step: the question, focused when it appears, then Yes (runs `onYes`) and No. */
export function Confirm({ asking, id, yes, no, onYes, children }: ConfirmProps) {
  const text = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking.open) text.current?.focus();
  }, [asking.open]);
  if (!asking.open) return null;
  return (
    <div class="confirm" role="group" aria-labelledby={id}>
      <p id={id} ref={text} tabIndex={-1}>
        {children}
      </p>
      <div class="row">
        <button
          type="button"
          class="button"
          onClick={() => {
            asking.close();
            onYes();
          }}
        >
          {yes}
        </button>
        <button type="button" class="button secondary" onClick={asking.cancel}>
          {no}
        </button>
      </div>
    </div>
  );
}
