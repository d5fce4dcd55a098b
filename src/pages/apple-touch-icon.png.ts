import type { APIRoute } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { MARK_VIEWBOX, markShapes } from '../utils/brand.ts';
import { PALETTE } from '../utils/palette.ts';

/** 180×180 home-screen icon: the brand mark, as in the favicon, on the page color. */
export const GET: APIRoute = () => {
  const { bg, accent } = PALETTE.light;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${MARK_VIEWBOX}"><rect width="32" height="32" fill="${bg}"/><g transform="translate(1.5 0)">${markShapes(accent)}</g></svg>`;
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 180 } }).render().asPng();
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
