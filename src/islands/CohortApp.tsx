/**
 * The cohort view, for trainers: the box where a cohort's result links are pasted (./CohortBox.tsx)
 * and the counts (src/components/CohortCounts.tsx) with their link and the printable handout; under
 * MIN_COHORT results, no distribution and why. Opened with a cohort link (`#c=…`), it shows that
 * link's counts alone, or why they cannot be shown, never a figure it cannot vouch for. A view over
 * src/stores/cohort.ts.
 */
import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $hydrated, type StoreSetup } from '../stores/setup.ts';
import { $cohort, $cohortLink, readHash, startNewCohort } from '../stores/cohort.ts';
import { MIN_COHORT } from '../lib/cohort.ts';
import { CohortCounts } from '../components/CohortCounts.tsx';
import { CohortBox } from './CohortBox.tsx';
import { CopyLink } from './CopyLink.tsx';
import { StorageNotice } from './StorageNotice.tsx';
import type { IslandStrings } from '../i18n/types.ts';
import { format } from '../i18n/format.ts';

interface Props extends StoreSetup {
  readonly base: string;
  readonly strings: IslandStrings<'cohort' | 'cohortProblem' | 'copyLink' | 'storage'>;
}

export default function CohortApp({ inst, base, strings }: Props) {
  const { cohort: s, lang } = strings;
  useEffect(() => {
    const follow = () => readHash();
    follow();
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const hydrated = useStore($hydrated);
  const view = useStore($cohort);
  const link = useStore($cohortLink);
  const printButton = (
    <p class="no-print">
      <button type="button" class="button secondary" onClick={() => window.print()}>
        {s.print}
      </button>
    </p>
  );

  if (hydrated && link) {
    return (
      <div class="compare cohort" data-source="link">
        <section class="panel" aria-labelledby="view-title">
          {link.ok ? (
            <>
              <CohortCounts counts={link.counts} inst={inst} s={s} lang={lang} />
              <p class="hint-text no-print">{s.fromLink}</p>
              {printButton}
            </>
          ) : (
            <>
              <h2 id="view-title">{s.refusedTitle}</h2>
              <p class="warning refused" data-refused={link.error.kind}>
                {format(s[link.error.kind], lang, {
                  version: link.error.kind === 'unknown-version' ? link.error.version : 0,
                  current: inst.version,
                })}
              </p>
            </>
          )}
        </section>
        <p class="no-print">
          <button type="button" class="button" onClick={startNewCohort}>
            {s.newCohort}
          </button>
        </p>
      </div>
    );
  }

  const made = hydrated ? view.made : undefined;
  return (
    <div class="compare cohort" data-source="box">
      <StorageNotice what={s.storageWhat} strings={strings.storage} lang={lang} />
      <CohortBox strings={strings} />
      <section class="panel" aria-labelledby="view-title" data-results={made?.ok ? made.counts.results : 0}>
        {!made?.ok && <h2 id="view-title">{s.viewTitle}</h2>}
        {made?.ok ? (
          <>
            <CohortCounts counts={made.counts} inst={inst} s={s} lang={lang} />
            <div class="no-print">
              <CopyLink id="cohort-link" label={s.linkLabel} path={`${base}cohort/#${view.fragment ?? ''}`} strings={strings.copyLink} />
            </div>
            {printButton}
          </>
        ) : made && made.reason.count > 0 ? (
          <p class="too-few">
            {format(s.tooFew, lang, { count: made.reason.count, min: MIN_COHORT, more: MIN_COHORT - made.reason.count })}
          </p>
        ) : (
          <p class="empty">{format(s.empty, lang, { min: MIN_COHORT })}</p>
        )}
      </section>
    </div>
  );
}
