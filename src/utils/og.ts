/**
 * Link-preview images (1200×630 PNG), drawn at build from an SVG with resvg and the bundled
 * Liberation Sans (src/assets/fonts, SIL OFL), so the output does not depend on the build machine's
 * fonts and no image is fetched from anywhere.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

// Resolved from the project root: the build runs there, and bundling moves this module elsewhere.
const FONT_DIR = resolve('src/assets/fonts') + '/';
const fontFiles = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'].map((f) => `${FONT_DIR}${f}`);
// Read once so a missing font fails loudly at build rather than drawing boxes.
for (const f of fontFiles) readFileSync(f);

export const OG = { width: 1200, height: 630 } as const;

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

/** Greedy word wrap by an average glyph width (Liberation Sans ≈ 0.53 em; bold a little wider). */
export function wrap(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
  const perChar = fontSize * (bold ? 0.56 : 0.52);
  const max = Math.max(1, Math.floor(maxWidth / perChar));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > max && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Text lines as <text> elements, first baseline at y. */
export function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, attrs: string): string {
  return lines
    .map((l, i) => `<text x="${x}" y="${y + i * size * lineHeight}" font-size="${size}" ${attrs}>${escapeXml(l)}</text>`)
    .join('');
}

export function renderPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Liberation Sans' },
    fitTo: { mode: 'width', value: OG.width },
  });
  return resvg.render().asPng();
}

export function pngResponse(png: Uint8Array): Response {
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
}

/** The brand mark (two circles), as in the favicon. */
export function mark(x: number, y: number, scale: number, color: string): string {
  return `<g transform="translate(${x} ${y}) scale(${scale})"><circle cx="11" cy="16" r="8" fill="none" stroke="${color}" stroke-width="3"/><circle cx="23" cy="16" r="5" fill="${color}"/></g>`;
}
