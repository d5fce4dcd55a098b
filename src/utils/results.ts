/** Every result page there can be, across every instrument version. Build-time only. */
import type { Instrument } from '../lib/instrument.ts';
import { allResults, encodeResult } from '../lib/result-code.ts';
import { describeResult, type ResultView } from '../lib/scoring.ts';
import { getCodeShapes, getCurrentInstrument, getInstruments } from '../data/instruments';
import { t } from '../i18n';

// A type alias, not an interface: Astro's page props must be assignable to Record<string, unknown>.
export type ResultPage = {
  readonly code: string;
  readonly inst: Instrument;
  readonly view: ResultView;
  /** The version new checks are taken on; a result of an earlier one says so and links to the current check. */
  readonly currentVersion: number;
};

/**
 * One page per result a version can produce: every combination of levels, and for the frequency
 * format every combination with dimensions that had too few answers (`x`), but never all of them.
 */
export async function getResultPages(): Promise<ResultPage[]> {
  const shapes = await getCodeShapes();
  const currentVersion = (await getCurrentInstrument()).version;
  const pages: ResultPage[] = [];
  for (const inst of (await getInstruments()).values()) {
    const shape = shapes.get(inst.version);
    if (!shape) throw new Error(`no code shape for version ${inst.version}`);
    for (const result of allResults(inst.version, shape)) {
      pages.push({ code: encodeResult(result), inst, view: describeResult(inst, result), currentVersion });
    }
  }
  return pages;
}

/**
 * The words a link preview shows for a result: version 1 names its index and band; later versions,
 * whose index is not a number worth showing, name the overall band alone (or that there is none).
 */
export function resultSummary(view: ResultView): { title: string; description: string } {
  return {
    title:
      view.numeric && view.index !== undefined
        ? t('resultPage.previewTitle', { index: view.index, band: view.indexBand?.name ?? '' })
        : t('resultPage.previewTitleBand', { band: view.indexBand?.name ?? t('result.noOverall') }),
    description: t('resultPage.previewDescription', {
      dimensions: view.dimensions
        .map((d) => t('resultPage.previewDimension', { dimension: d.dimension.short, band: d.band?.name ?? t('result.notEnough') }))
        .join(' · '),
    }),
  };
}
