/**
 * The comparison's second step: whose own result to set beside the team's, the one pasted in the box,
 * one of the finished checks on this device (src/stores/team.ts $selfPicker), or none.
 */
import { useStore } from '@nanostores/preact';
import { $hydrated } from '../stores/setup.ts';
import { $selfChoice, $selfPicker, chooseSelf, type PickerOption } from '../stores/team.ts';
import { dateText, parts } from '../i18n/format.ts';
import type { IslandStrings } from '../i18n/types.ts';

interface Props {
  /** The manager's own result code when it came from the box (it then wins over the history). */
  readonly box: string | undefined;
  /** The site's base path, ending in '/'. */
  readonly base: string;
  readonly strings: IslandStrings<'compare'>;
}

export function SelfChoice({ box, base, strings }: Props) {
  const { compare: s, lang } = strings;
  const hydrated = useStore($hydrated);
  const picker = useStore($selfPicker);
  const choice = useStore($selfChoice);
  // Until hydrated, the server's render: nothing stored shows.
  const options = hydrated ? picker : [];
  const choiceText = ({ entry: e, view }: PickerOption) => {
    const date = <time dateTime={e.date}>{dateText(new Date(e.date), lang)}</time>;
    if (!view) return parts(s.choiceOtherVersion, lang, { date, code: e.code, version: e.version });
    if (!view.indexBand) return parts(s.choiceNoOverall, lang, { date, code: e.code });
    // Version 1 names its index; later versions show the overall band alone.
    return view.numeric && view.index !== undefined
      ? parts(s.choice, lang, { date, index: view.index, band: view.indexBand.name })
      : parts(s.choiceBand, lang, { date, band: view.indexBand.name });
  };
  return (
    <section class="panel" aria-labelledby="self-title">
      <h2 id="self-title">{s.selfTitle}</h2>
      {box !== undefined ? (
        <p>{parts(s.selfFromBox, lang, { code: <code>{box}</code> })}</p>
      ) : options.length > 0 ? (
        <fieldset class="self-choice">
          <legend>{s.compareWith}</legend>
          {options.map((option, i) => (
            <label class="choice">
              <input
                type="radio"
                name="self"
                value={option.entry.code}
                checked={option.checked}
                onChange={() => chooseSelf(option.entry.code)}
              />
              <span>{i === 0 ? parts(s.newest, lang, { choice: <>{choiceText(option)}</> }) : choiceText(option)}</span>
            </label>
          ))}
          <label class="choice">
            <input type="radio" name="self" value="none" checked={choice === 'none'} onChange={() => chooseSelf('none')} />
            <span>{s.none}</span>
          </label>
        </fieldset>
      ) : (
        <p>{parts(s.noHistory, lang, { link: <a href={`${base}quiz/`}>{s.noHistoryLink}</a> })}</p>
      )}
    </section>
  );
}
