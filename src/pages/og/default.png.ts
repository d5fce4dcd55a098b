import type { APIRoute } from 'astro';
import { SITE } from '../../consts';
import { getCurrentInstrument } from '../../data/instruments';
import { inWords, t } from '../../i18n';
import { OG, escapeXml, mark, pngResponse, renderPng, textBlock, wrap } from '../../utils/og';
import { PALETTE } from '../../utils/palette.ts';

const { bg, accent, ink, warm, muted } = PALETTE.light;

/** The site's default link preview: the home page's headline, the tagline, what the site offers. */
export const GET: APIRoute = async () => {
  const minutes = inWords((await getCurrentInstrument()).minutes);
  const headline = wrap(t('home.heading', { you: t('home.headingYou') }), 64, 1000, true);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${OG.width}" height="${OG.height}" viewBox="0 0 ${OG.width} ${OG.height}">
  <rect width="100%" height="100%" fill="${bg}"/>
  <rect x="0" y="0" width="24" height="630" fill="${accent}"/>
  ${mark(90, 70, 2.4, accent)}
  <text x="180" y="122" font-size="34" font-weight="700" fill="${ink}">${SITE.name}</text>
  ${textBlock(headline, 90, 260, 64, 1.18, `font-weight="700" fill="${ink}"`)}
  ${textBlock(wrap(t('site.tagline'), 32, 1000), 90, 260 + headline.length * 76 + 40, 32, 1.3, `fill="${warm}"`)}
  <text x="90" y="570" font-size="26" fill="${muted}">${escapeXml(t('site.previewFooter', { minutes }))}</text>
</svg>`;
  return pngResponse(renderPng(svg));
};
