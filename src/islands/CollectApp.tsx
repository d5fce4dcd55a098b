/**
 * The collector's page: the collector pastes the codes the reps sent them; the page names every line
 * left out and why, and, from at least MIN_RATERS usable codes, makes the team summary link for the
 * manager, with a preview of exactly what it shows. A view over src/stores/collect.ts.
 */
import { useEffect } from 'preact/hooks';
import { MIN_RATERS } from '../lib/aggregate.ts';
import { useStore } from '@nanostores/preact';
import { $hydrated, type StoreSetup } from '../stores/setup.ts';
import { $collect, $collectAdded, $collectExample, $collectText, addFromLink, clearCollect, setCollectText } from '../stores/collect.ts';
import { CodeProblems } from '../components/CodeProblems.tsx';
import { LeftOutList, SummaryPreview } from '../components/CollectParts.tsx';
import { CopyLink } from './CopyLink.tsx';
import { StorageNotice } from './StorageNotice.tsx';
import type { IslandStrings } from '../i18n/types.ts';
import { format, parts } from '../i18n/format.ts';

interface Props extends StoreSetup {
  readonly base: string;
  readonly strings: IslandStrings<'collect' | 'compare' | 'teamProblem' | 'copyLink' | 'storage'>;
  /** The fewest codes a summary takes, in words. */
  readonly min: string;
}

export default function CollectApp({ inst, base, strings, min }: Props) {
  const { collect: s, lang } = strings;
  const hydrated = useStore($hydrated);
  const live = useStore($collect);
  const text = useStore($collectText);
  const example = useStore($collectExample);
  const added = useStore($collectAdded);
  useEffect(() => {
    // A rep's link opened in this tab, or pasted into its address bar later (only the #… changes).
    const add = () => addFromLink();
    add();
    addEventListener('hashchange', add);
    return () => removeEventListener('hashchange', add);
  }, []);
  // Until hydrated, the server's render: nothing stored shows.
  const view = hydrated ? live : undefined;
  const summary = view?.summary;
  const count = view?.usable.length ?? 0;

  return (
    <div class="compare collect">
      <StorageNotice what={s.storageWhat} strings={strings.storage} lang={lang} />
      <section class="panel" aria-labelledby="collect-title">
        <h2 id="collect-title">{s.codesTitle}</h2>
        <label class="field-label" for="collect-codes">
          {s.codesLabel}
        </label>
        <p id="collect-codes-hint" class="hint-text">
          {parts(s.codesHint, lang, { example: <code>{example}</code> })}
        </p>
        <textarea
          id="collect-codes"
          rows={7}
          spellcheck={false}
          autocomplete="off"
          aria-describedby="collect-codes-hint"
          value={hydrated ? text : ''}
          onInput={(e) => setCollectText((e.target as HTMLTextAreaElement).value)}
        />
        <div class="collect-row">
          <p class="codes-status" data-usable={count}>
            {hydrated ? format(s.usable, lang, { count }) : ''}
          </p>
          <button
            type="button"
            class="button secondary"
            disabled={!hydrated}
            onClick={() => {
              clearCollect();
              document.getElementById('collect-codes')?.focus();
            }}
          >
            {s.clear}
          </button>
        </div>
        {added > 0 && <p class="codes-status">{format(s.added, lang, { count: added })}</p>}
        {view && <LeftOutList leftOut={view.leftOut} version={inst.version} strings={strings} />}
        {view && <CodeProblems problems={view.problems} example={example} strings={strings} />}
      </section>

      <section class="panel" aria-labelledby="summary-title" data-summary={view?.fragment ? 'yes' : 'no'}>
        <h2 id="summary-title">{s.summaryTitle}</h2>
        {!summary || !summary.ok ? (
          <div class="warning too-few">
            <p>{format(s.tooFew, lang, { count, min })}</p>
            <p>
              <strong>{format(s.needMore, lang, { count: MIN_RATERS - count })}</strong>
            </p>
          </div>
        ) : (
          <>
            <CopyLink
              id="summary-link"
              label={s.linkLabel}
              path={`${base}team/compare/#${view?.fragment ?? ''}`}
              shareTitle={s.shareTitle}
              strings={strings.copyLink}
            />
            <p>{s.next}</p>
            <p class="summary-once">{parts(s.once, lang, { lead: <strong>{s.onceLead}</strong> })}</p>
            <SummaryPreview inst={inst} raters={summary.summary.raters} rows={view?.preview ?? []} strings={strings} />
          </>
        )}
      </section>
    </div>
  );
}
