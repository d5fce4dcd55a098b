/**
 * Keyboard and focus for the quiz flow. Focus moves only after the user did something (`acted`),
 * never on page load: to the item's radio on the question stage, else to `[data-focus-target]`.
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Quiz, QuizView } from '../stores/quiz.ts';

export function useQuizFocus(
  quiz: Quiz,
  view: QuizView,
  onEnter: () => void,
): { root: RefObject<HTMLDivElement>; acted: { current: boolean } } {
  const acted = useRef(false);
  const root = useRef<HTMLDivElement>(null);
  const radio = (checked: string) => root.current?.querySelector<HTMLElement>(`input[type=radio]${checked}`);

  // Before paint, so a key pressed right after an item changes already lands on the new item.
  useLayoutEffect(() => {
    if (!acted.current) return;
    (view.stage === 'question'
      ? (radio(':checked') ?? radio(''))
      : root.current?.querySelector<HTMLElement>('[data-focus-target]')
    )?.focus();
  }, [view.stage, view.position]);

  // Focus follows a choice made with a digit, as it would a click.
  useLayoutEffect(() => {
    const checked = radio(':checked');
    if (acted.current && view.stage === 'question' && checked && document.activeElement !== checked) checked.focus();
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
      if (e.key === 'Enter') onEnter();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return { root, acted };
}
