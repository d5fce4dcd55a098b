/**
 * The manager's request link (/team/): through a collector (the default, recommended) or straight to
 * the manager, who then sees each rep's levels; the collector's name and a team label in the manager's
 * words. The link opens the rater version, which tells each rep where their code goes. A view over
 * src/stores/request.ts.
 */
import { useStore } from '@nanostores/preact';
import type { RequestMode } from '../lib/request.ts';
import { cleanText } from '../lib/request.ts';
import { $requestFragment, $requestMode, $requestTeam, $requestTo } from '../stores/request.ts';
import type { StoreSetup } from '../stores/setup.ts';
import { CopyLink } from './CopyLink.tsx';
import { format } from '../i18n/format.ts';
import type { IslandStrings } from '../i18n/types.ts';

interface Props extends StoreSetup {
  readonly base: string;
  readonly strings: IslandStrings<'request' | 'copyLink'>;
  /** The fewest codes a summary takes, in words. */
  readonly min: string;
}

const valueOf = (e: Event) => (e.target as HTMLInputElement).value;

export default function RequestApp({ base, strings, min }: Props) {
  const { request: s, lang } = strings;
  const mode = useStore($requestMode);
  const to = useStore($requestTo);
  const team = useStore($requestTeam);
  const fragment = useStore($requestFragment);
  const name = cleanText(to);
  const option = (value: RequestMode, label: string) => (
    <label class="choice">
      <input type="radio" name="request-mode" value={value} checked={mode === value} onChange={() => $requestMode.set(value)} />
      <span>{label}</span>
    </label>
  );
  return (
    <section class="request panel" aria-labelledby="request-title" data-request-mode={mode}>
      <h3 id="request-title">{s.title}</h3>
      <fieldset class="self-choice">
        <legend>{s.modeLegend}</legend>
        {option('collector', s.collector)}
        {option('direct', s.direct)}
      </fieldset>
      {mode === 'collector' && (
        <TextField id="request-to" label={s.toLabel} hint={s.toHint} value={to} onValue={(v) => $requestTo.set(v)} />
      )}
      <TextField id="request-team" label={s.teamLabel} hint={s.teamHint} value={team} onValue={(v) => $requestTeam.set(v)} />
      {fragment === undefined ? (
        <p class="request-need" role="status">
          {s.needName}
        </p>
      ) : (
        <>
          <CopyLink
            id="request-link"
            label={s.linkLabel}
            path={`${base}team/rate/#${fragment}`}
            shareTitle={s.shareTitle}
            strings={strings.copyLink}
          />
          <p class="request-next">{mode === 'collector' && name ? format(s.nextCollector, lang, { to: name, min }) : s.nextDirect}</p>
        </>
      )}
      <p class="hint-text">{s.private}</p>
    </section>
  );
}

/** A labelled one-line text field with its hint. */
function TextField({
  id,
  label,
  hint,
  value,
  onValue,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onValue: (value: string) => void;
}) {
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {label}
      </label>
      <p id={`${id}-hint`} class="hint-text">
        {hint}
      </p>
      <input
        id={id}
        type="text"
        autocomplete="off"
        maxLength={200}
        aria-describedby={`${id}-hint`}
        value={value}
        onInput={(e) => onValue(valueOf(e))}
      />
    </div>
  );
}
