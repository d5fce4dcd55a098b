import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../consts';
import { OG, escapeXml, mark, pngResponse, renderPng, textBlock, wrap } from '../../../utils/og';
import { getResultPages, resultSummary, type ResultPage } from '../../../utils/results';

/** Level colours on the preview image (light theme), lowest band first. */
const LEVEL = ['#2f7d74', '#5f8f4e', '#97822a', '#b8632d', '#a8431f'];

export const getStaticPaths = (async () => {
  const pages = await getResultPages();
  return pages.map((page) => ({ params: { code: page.code }, props: page }));
}) satisfies GetStaticPaths;

/** A result's link preview: the index, its band, and the four dimensions as band meters. */
export const GET: APIRoute<ResultPage> = ({ props }) => {
  const { view, inst } = props;
  const { title } = resultSummary(view);
  const bands = inst.bands.length;
  const colour = (level: number) => LEVEL[level] ?? '#545960';
  const rowY = (i: number) => 250 + i * 86;
  const segW = (560 - (bands - 1) * 8) / bands;
  const rows = view.dimensions
    .map((d, i) => {
      const segs = Array.from({ length: bands }, (_, b) =>
        `<rect x="${560 + b * (segW + 8)}" y="${rowY(i) + 12}" width="${segW}" height="22" rx="4" fill="${b === d.level ? colour(b) : '#e8e3d8'}"/>`,
      ).join('');
      return `<text x="80" y="${rowY(i)}" font-size="30" font-weight="700" fill="#1c1e22">${escapeXml(d.dimension.name)}</text>
        <text x="80" y="${rowY(i) + 36}" font-size="26" fill="${colour(d.level)}" font-weight="700">${escapeXml(d.band.name)}</text>${segs}`;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${OG.width}" height="${OG.height}" viewBox="0 0 ${OG.width} ${OG.height}">
  <rect width="100%" height="100%" fill="#fbfaf7"/>
  <rect x="0" y="0" width="${OG.width}" height="14" fill="${colour(view.indexLevel)}"/>
  ${mark(80, 52, 1.6, '#0b5c57')}
  <text x="140" y="86" font-size="28" font-weight="700" fill="#1c1e22">${SITE.name}</text>
  ${textBlock(wrap(title, 50, 1040, true), 80, 170, 50, 1.15, 'font-weight="700" fill="#1c1e22"')}
  ${rows}
  <text x="560" y="${rowY(4) - 4}" font-size="20" fill="#545960">Builds on each rep</text>
  <text x="1120" y="${rowY(4) - 4}" font-size="20" fill="#545960" text-anchor="end">Coaches everyone like you</text>
</svg>`;
  return pngResponse(renderPng(svg));
};
