/** The flow's intro stage: its title (focused when the user comes back to it), the form's own intro, and Start or Continue. */
import type { ComponentChildren } from 'preact';
import type { QuizView } from '../stores/quiz.ts';
import { format } from '../i18n/format.ts';
import type { IslandStrings } from '../i18n/types.ts';

interface Props {
  readonly view: QuizView;
  readonly onStart: () => void;
  /** The form's own intro, above the start button. */
  readonly children: ComponentChildren;
  readonly strings: IslandStrings<'flow'>;
}

export function QuizIntro({ view, onStart, children, strings }: Props) {
  const { flow: s, lang } = strings;
  return (
    <section class="intro-card" aria-labelledby="intro-title">
      <h2 id="intro-title" data-focus-target tabIndex={-1}>
        {s.introTitle}
      </h2>
      {children}
      <button type="button" class="button start" onClick={onStart}>
        {view.answered > 0 ? format(s.continue, lang, { answered: view.answered, total: view.total }) : s.start}
      </button>
    </section>
  );
}
