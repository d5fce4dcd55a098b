import type { APIRoute } from 'astro';
import { Resvg } from '@resvg/resvg-js';

/** 180×180 home-screen icon, drawn from the same mark as the favicon. */
export const GET: APIRoute = () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#fbfaf7"/><g transform="translate(1.5 0)"><circle cx="11" cy="16" r="8" fill="none" stroke="#0b5c57" stroke-width="3"/><circle cx="23" cy="16" r="5" fill="#0b5c57"/></g></svg>`;
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 180 } }).render().asPng();
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
