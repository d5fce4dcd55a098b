/** The buttons under a finished check (review; start over, after asking), then the start-over question. */
import type { ComponentChildren } from 'preact';
import type { IslandStrings } from '../i18n/types.ts';

interface Props {
  /** Under a result: review the last answer, then start over. Under no verdict (false): start over first, then review all. */
  readonly verdict: boolean;
  /** Back to the last statement (after a result) or to the first (after no verdict). */
  readonly onReview: () => void;
  /** Asks before starting over. */
  readonly onRestart: (e: Event) => void;
  /** The result's start-over button. */
  readonly restartLabel: string;
  /** The start-over question. */
  readonly children: ComponentChildren;
  readonly strings: IslandStrings<'flow'>;
}

export function EndActions({ verdict, onReview, onRestart, restartLabel, children, strings: { flow: s } }: Props) {
  return (
    <>
      <div class="result-actions">
        {verdict ? (
          <>
            <button type="button" class="button secondary" onClick={onReview}>
              {s.reviewLast}
            </button>
            <button type="button" class="button secondary" onClick={onRestart}>
              {restartLabel}
            </button>
          </>
        ) : (
          <>
            <button type="button" class="button" onClick={onRestart}>
              {s.startOver}
            </button>
            <button type="button" class="button secondary" onClick={onReview}>
              {s.reviewAll}
            </button>
          </>
        )}
      </div>
      {children}
    </>
  );
}
