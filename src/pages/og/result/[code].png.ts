import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../consts';
import { OG, escapeXml, mark, pngResponse, renderPng, textBlock, wrap } from '../../../utils/og';
import { levelColour, PALETTE } from '../../../utils/palette.ts';
import { t } from '../../../i18n';
import { getResultPages, resultSummary, type ResultPage } from '../../../utils/results';

/** The light theme's colours; the level colours are the result page's own (src/styles/result.css). */
const { bg, surface2, ink, muted, accent } = PALETTE.light;

export const getStaticPaths = (async () => {
  const pages = await getResultPages();
  return pages.map((page) => ({ params: { code: page.code }, props: page }));
}) satisfies GetStaticPaths;

/** A result's link preview: the index, its band, and the four dimensions as band meters. */
export const GET: APIRoute<ResultPage> = ({ props }) => {
  const { view, inst } = props;
  const { title } = resultSummary(view);
  const bands = inst.bands.length;
  const colour = (level: number | null | undefined) => levelColour('light', level, bands, muted);
  const rowY = (i: number) => 250 + i * 86;
  const segW = (560 - (bands - 1) * 8) / bands;
  const rows = view.dimensions
    .map((d, i) => {
      const segs = Array.from(
        { length: bands },
        (_, b) =>
          `<rect x="${560 + b * (segW + 8)}" y="${rowY(i) + 12}" width="${segW}" height="22" rx="4" fill="${b === d.level ? colour(b) : surface2}"/>`,
      ).join('');
      return `<text x="80" y="${rowY(i)}" font-size="30" font-weight="700" fill="${ink}">${escapeXml(d.dimension.name)}</text>
        <text x="80" y="${rowY(i) + 36}" font-size="26" fill="${colour(d.level)}" font-weight="700">${escapeXml(d.band?.name ?? t('result.notEnough'))}</text>${segs}`;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${OG.width}" height="${OG.height}" viewBox="0 0 ${OG.width} ${OG.height}">
  <rect width="100%" height="100%" fill="${bg}"/>
  <rect x="0" y="0" width="${OG.width}" height="14" fill="${colour(view.indexLevel)}"/>
  ${mark(80, 52, 1.6, accent)}
  <text x="140" y="86" font-size="28" font-weight="700" fill="${ink}">${SITE.name}</text>
  ${textBlock(wrap(title, 50, 1040, true), 80, 170, 50, 1.15, `font-weight="700" fill="${ink}"`)}
  ${rows}
  <text x="560" y="${rowY(view.dimensions.length) - 4}" font-size="20" fill="${muted}">${escapeXml(t('result.axisLow'))}</text>
  <text x="1120" y="${rowY(view.dimensions.length) - 4}" font-size="20" fill="${muted}" text-anchor="end">${escapeXml(t('result.axisHigh'))}</text>
</svg>`;
  return pngResponse(renderPng(svg));
};
