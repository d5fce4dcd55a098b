import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../consts';
import { OG, escapeXml, mark, pngResponse, renderPng, textBlock, wrap } from '../../../utils/og';
import { levelColor, PALETTE } from '../../../utils/palette.ts';
import { t } from '../../../i18n';
import { getResultPages, resultSummary, type ResultPage } from '../../../utils/results';

/** The light theme's colors; the level colors are the result page's own (src/styles/result.css). */
const { bg, surface2, ink, muted, accent } = PALETTE.light;

export const getStaticPaths = (async () => {
  const pages = await getResultPages();
  return pages.map((page) => ({ params: { code: page.code }, props: page }));
}) satisfies GetStaticPaths;

/** Where the dimension rows start and the axis line sits: the rows share the space between. */
const ROWS_TOP = 250;
const AXIS_Y = OG.height - 40;
/** The tallest a row gets (four dimensions fill the space at this height). */
const MAX_ROW = 86;
const METER_X = 560;
const METER_W = 560;
const GAP = 8;

/**
 * A result's link preview: its title (the index and band for version 1, the overall band alone after
 * it), and one row per dimension of the instrument, each a band meter with as many segments as the
 * instrument has levels, the dimension's level filled in its tone, or "not enough answers".
 */
export const GET: APIRoute<ResultPage> = ({ props }) => {
  const { view, inst } = props;
  const { title } = resultSummary(view);
  const bands = inst.bands.length;
  const color = (level: number | null | undefined) => levelColor('light', level, bands, muted);
  const count = view.dimensions.length;
  const rowH = Math.min(MAX_ROW, (AXIS_Y + 4 - ROWS_TOP) / count);
  // Text shrinks with the row when an instrument has more dimensions than fit at full size.
  const nameSize = Math.round(Math.min(30, rowH * 0.35));
  const bandSize = Math.round(Math.min(26, rowH * 0.3));
  const rowY = (i: number) => ROWS_TOP + i * rowH;
  const segW = (METER_W - (bands - 1) * GAP) / bands;
  const rows = view.dimensions
    .map((d, i) => {
      const segs = Array.from(
        { length: bands },
        (_, b) =>
          `<rect x="${METER_X + b * (segW + GAP)}" y="${rowY(i) + Math.round(bandSize * 0.46)}" width="${segW}" height="${Math.round(bandSize * 0.85)}" rx="4" fill="${b === d.level ? color(b) : surface2}"/>`,
      ).join('');
      return `<text x="80" y="${rowY(i)}" font-size="${nameSize}" font-weight="700" fill="${ink}">${escapeXml(d.dimension.name)}</text>
        <text x="80" y="${rowY(i) + Math.round(bandSize * 1.38)}" font-size="${bandSize}" fill="${color(d.level)}" font-weight="700">${escapeXml(d.band?.name ?? t('result.notEnough'))}</text>${segs}`;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${OG.width}" height="${OG.height}" viewBox="0 0 ${OG.width} ${OG.height}">
  <rect width="100%" height="100%" fill="${bg}"/>
  <rect x="0" y="0" width="${OG.width}" height="14" fill="${color(view.indexLevel)}"/>
  ${mark(80, 52, 1.6, accent)}
  <text x="140" y="86" font-size="28" font-weight="700" fill="${ink}">${SITE.name}</text>
  ${textBlock(wrap(title, 50, 1040, true), 80, 170, 50, 1.15, `font-weight="700" fill="${ink}"`)}
  ${rows}
  <text x="${METER_X}" y="${AXIS_Y}" font-size="20" fill="${muted}">${escapeXml(t('result.axisLow'))}</text>
  <text x="${METER_X + METER_W}" y="${AXIS_Y}" font-size="20" fill="${muted}" text-anchor="end">${escapeXml(t('result.axisHigh'))}</text>
</svg>`;
  return pngResponse(renderPng(svg));
};
