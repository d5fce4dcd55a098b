/** Every result page there can be, across every instrument version. Build-time only. */
import type { Instrument } from '../lib/instrument.ts';
import { allResults, encodeResult } from '../lib/result-code.ts';
import { describeResult, type ResultView } from '../lib/scoring.ts';
import { getInstruments } from '../data/instruments';
import { t } from '../i18n';

// A type alias, not an interface: Astro's page props must be assignable to Record<string, unknown>.
export type ResultPage = {
  readonly code: string;
  readonly inst: Instrument;
  readonly view: ResultView;
};

export async function getResultPages(): Promise<ResultPage[]> {
  const pages: ResultPage[] = [];
  for (const inst of (await getInstruments()).values()) {
    for (const result of allResults(inst.version, { dimensions: inst.dimensions.length, levels: inst.bands.length })) {
      pages.push({ code: encodeResult(result), inst, view: describeResult(inst, result) });
    }
  }
  return pages;
}

/** The words a link preview shows for a result. */
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
