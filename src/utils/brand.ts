/**
 * The brand mark, drawn once: a ring and a smaller disc side by side on a 32×32 grid. The site
 * header, the favicon, the home-screen icon and the preview images all draw it from here.
 */
export const MARK_VIEWBOX = '0 0 32 32';

/** The mark's shapes in one color (any SVG paint, e.g. `currentColor`), for inside an <svg>. */
export function markShapes(color: string): string {
  return `<circle cx="11" cy="16" r="8" fill="none" stroke="${color}" stroke-width="3"/><circle cx="23" cy="16" r="5" fill="${color}"/>`;
}
