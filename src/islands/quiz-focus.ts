/**
 * Keyboard, focus and scrolling for the quiz flow. Focus moves only after the user did something
 * (`acted`), never on page load: to the item's radio on the question stage, else to
 * `[data-focus-target]`.
 *
 * A new statement is brought into view whole before its option gets focus: the browser's own
 * scroll on focus centers the option, which on a phone leaves the progress and the start of the
 * statement above the screen. So the page scrolls (only when something is out of view) to put the
 * progress at the top, below the page's scroll padding (where a sticky header would reserve its
 * room), and the option is focused without a scroll of its own.
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Quiz, QuizView } from '../stores/quiz.ts';

/** Room kept around a focused option for its focus ring (3 px outline, 2 px offset). */
const RING = 6;

const behavior = (): ScrollBehavior => (matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth');

/** The page's scroll padding at the top plus the element's scroll margin, in pixels. */
function topInset(el: Element): number {
  const px = (value: string) => Number.parseFloat(value) || 0;
  return px(getComputedStyle(document.documentElement).scrollPaddingBlockStart) + px(getComputedStyle(el).scrollMarginBlockStart);
}

/**
 * Scrolls so that the statement on screen (progress, statement, options) is in view, with the
 * progress at the top when not all of it fits, and never so far that `focus` leaves the screen.
 * Does nothing when all of it is already in view, so a wide screen does not move between statements.
 */
function revealStatement(root: HTMLElement, focus: HTMLElement): void {
  const head = root.querySelector('.progress-wrap');
  const options = root.querySelector('.options');
  if (!head || !options) return;
  const view = window.innerHeight;
  const top = head.getBoundingClientRect().top - topInset(head);
  if (top >= 0 && options.getBoundingClientRect().bottom <= view) return;
  // Scroll by `top` to put the progress at the top, or further if the focused option would stay below the screen.
  const focusBottom = (focus.closest('.option') ?? focus).getBoundingClientRect().bottom;
  const by = Math.max(top, focusBottom + RING - view);
  window.scrollBy({ top: by, behavior: behavior() });
}

/** Focuses an option without the browser's centring scroll, scrolling only as far as it needs. */
function focusOption(option: HTMLElement): void {
  option.focus({ preventScroll: true });
  const box = (option.closest('.option') ?? option).getBoundingClientRect();
  const below = box.bottom + RING - window.innerHeight;
  const above = topInset(option) - (box.top - RING);
  if (below > 0 || above > 0) window.scrollBy({ top: below > 0 ? below : -above, behavior: behavior() });
}

/**
 * `root` is the flow's element; `acted` is set once the user did something; `act(fn)` wraps what a
 * button does, so that focus follows it and `close` (which closes the start-over question) runs
 * first, as it does on Enter.
 */
export function useQuizFocus(
  quiz: Quiz,
  view: QuizView,
  close: () => void,
): { root: RefObject<HTMLDivElement>; acted: { current: boolean }; act: (fn: () => void) => () => void } {
  const acted = useRef(false);
  const root = useRef<HTMLDivElement>(null);
  const radio = (checked: string) => root.current?.querySelector<HTMLElement>(`input[type=radio]${checked}`);

  // Before paint, so a key pressed right after an item changes already lands on the new item.
  useLayoutEffect(() => {
    if (!acted.current || !root.current) return;
    if (view.stage !== 'question') {
      root.current.querySelector<HTMLElement>('[data-focus-target]')?.focus();
      return;
    }
    const option = radio(':checked') ?? radio('');
    if (!option) return;
    revealStatement(root.current, option);
    option.focus({ preventScroll: true });
  }, [view.stage, view.position]);

  // Focus follows a choice made with a digit, as it would a click.
  useLayoutEffect(() => {
    const checked = radio(':checked');
    if (acted.current && view.stage === 'question' && checked && document.activeElement !== checked) focusOption(checked);
  }, [view.answer]);

  // Keys work wherever focus is on the question stage (including right after an item changes and
  // before focus lands), except in other controls, which keep their own Enter and digits. One
  // listener for the island's life; the store decides, so no key falls between two renders.
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const t = e.target as HTMLElement;
      // A key on an element that has just been replaced (the Start button) belongs to the page.
      const free = t === document.body || t.tagName === 'MAIN' || !t.isConnected || (t instanceof HTMLInputElement && t.type === 'radio');
      if (!free || !quiz.press(e.key)) return;
      e.preventDefault();
      acted.current = true;
      if (e.key === 'Enter') close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const act = (fn: () => void) => () => {
    acted.current = true;
    close();
    fn();
  };
  return { root, acted, act };
}
