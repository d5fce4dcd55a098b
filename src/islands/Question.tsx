/**
 * One statement of the check: progress, the time window it asks about (frequency format), the
 * statement as a radio group on the scale plus "hasn't come up" set apart below it, Back and Next.
 */
import type { Instrument, Item } from '../lib/instrument.ts';
import { NOT_APPLICABLE } from '../lib/scoring.ts';
import type { QuizView } from '../stores/quiz.ts';
import { format, parts } from '../i18n/format.ts';
import type { IslandStrings } from '../i18n/types.ts';

interface Props {
  readonly view: QuizView;
  readonly item: Item;
  readonly inst: Instrument;
  /** The statement as this form words it. */
  readonly wording: (item: Item) => string;
  /** The last statement's Next button. */
  readonly resultLabel: string;
  readonly onChoose: (value: number) => void;
  readonly onNext: () => void;
  readonly onBack: () => void;
  readonly strings: IslandStrings<'flow'>;
}

export function Question({ view, item, inst, wording, resultLabel, onChoose, onNext, onBack, strings }: Props) {
  const { flow: s, lang } = strings;
  const n = view.position + 1;
  const option = (value: number, label: string, extra = '') => (
    <label class={`option${extra}${view.answer === value ? ' chosen' : ''}`}>
      <input type="radio" name={`item-${item.id}`} value={value} checked={view.answer === value} onChange={() => onChoose(value)} />
      <span class="option-text">{label}</span>
      <kbd class="key" aria-hidden="true">
        {value}
      </kbd>
    </label>
  );
  return (
    <>
      <div class="progress-wrap">
        <p id="progress-label" class="progress-label">
          {format(s.progress, lang, { number: n, total: view.total })}
        </p>
        <progress max={view.total} value={view.answered} aria-labelledby="progress-label" />
      </div>
      <form
        class="question"
        key={item.id}
        onSubmit={(e) => {
          e.preventDefault();
          onNext();
        }}
      >
        {inst.window && (
          <p id="question-window" class="question-window">
            {inst.window}
          </p>
        )}
        <fieldset aria-describedby={inst.window && 'question-window'}>
          <legend>
            <span class="sr-only">{format(s.progressLegend, lang, { number: n, total: view.total })}</span>
            {wording(item)}
          </legend>
          <div class="options">
            {inst.scale.map((p) => option(p.value, p.label))}
            {inst.notApplicable && option(NOT_APPLICABLE, inst.notApplicable, ' not-applicable')}
          </div>
        </fieldset>
        <p class="hint" aria-hidden="true">
          {parts(inst.notApplicable ? s.keysNotApplicable : s.keys, lang, {
            first: <kbd>1</kbd>,
            last: <kbd>{inst.scale.length}</kbd>,
            enter: <kbd>{s.enterKey}</kbd>,
            none: <kbd>{NOT_APPLICABLE}</kbd>,
            label: inst.notApplicable ?? '',
          })}
        </p>
        <div class="nav">
          <button type="button" class="button secondary" onClick={onBack}>
            {s.back}
          </button>
          <button type="submit" class="button" disabled={view.answer === undefined}>
            {n === view.total ? resultLabel : s.next}
          </button>
        </div>
      </form>
    </>
  );
}
