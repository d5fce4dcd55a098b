/** Sharing a result: its link, which holds the bands and nothing else. */
import { encodeResult } from '../lib/result-code.ts';
import type { Result } from '../lib/scoring.ts';
import { format } from '../i18n/format.ts';
import type { IslandStrings } from '../i18n/types.ts';
import { CopyLink } from './CopyLink.tsx';

interface Props {
  readonly result: Result;
  readonly base: string;
  readonly strings: IslandStrings<'share' | 'copyLink'>;
  /** The number of dimensions (one band each), in words. */
  readonly dimensions: string;
}

export function SharePanel({ result, base, strings, dimensions }: Props) {
  const { share: s, lang } = strings;
  return (
    <section class="share" aria-labelledby="share-title">
      <h3 id="share-title">{s.title}</h3>
      <p class="share-what">{format(s.what, lang, { dimensions })}</p>
      <CopyLink
        id="share-link"
        label={s.linkLabel}
        path={`${base}result/${encodeResult(result)}/`}
        shareTitle={s.shareTitle}
        strings={strings.copyLink}
      />
    </section>
  );
}
