import type { APIRoute } from 'astro';
import { MARK_VIEWBOX, markShapes } from '../utils/brand.ts';
import { PALETTE } from '../utils/palette.ts';

/** The favicon: the brand mark in the accent color, the dark theme's where the browser is dark. */
export const GET: APIRoute = () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${MARK_VIEWBOX}"><style>svg{color:${PALETTE.light.accent}}@media (prefers-color-scheme:dark){svg{color:${PALETTE.dark.accent}}}</style>${markShapes('currentColor')}</svg>`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
