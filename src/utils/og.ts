/**
 * Link-preview images (1200×630 PNG), drawn at build from an SVG with resvg and the bundled
 * Liberation Sans (src/assets/fonts, SIL OFL), so the output does not depend on the build machine's
 * fonts and no image is fetched from anywhere.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { create, type Font } from 'fontkitten';
import { markShapes } from './brand.ts';

// Resolved from the project root: the build runs there, and bundling moves this module elsewhere.
const FONT_DIR = resolve('src/assets/fonts') + '/';
const fontFiles = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'].map((f) => `${FONT_DIR}${f}`);

/** The same font files, read for their metrics (a missing font fails here, at build). */
const [regular, bold] = fontFiles.map((f) => {
  const font = create(readFileSync(f));
  if (font.isCollection) throw new Error(`${f} is a font collection; one font expected`);
  return font;
}) as [Font, Font];

export const OG = { width: 1200, height: 630 } as const;

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

/**
 * Width of a line of text in pixels, from the glyphs' advance widths in the font resvg draws with
 * (kerning left out: it moves a line by a few pixels at most).
 */
export function textWidth(text: string, fontSize: number, isBold = false): number {
  const font = isBold ? bold : regular;
  let units = 0;
  for (const ch of text) units += font.glyphForCodePoint(ch.codePointAt(0) ?? 0).advanceWidth;
  return (units * fontSize) / font.unitsPerEm;
}

/** Greedy word wrap by measured width; a single word wider than the line keeps a line of its own. */
export function wrap(text: string, fontSize: number, maxWidth: number, isBold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, isBold) > maxWidth) {
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

/** The brand mark (src/utils/brand.ts), placed and scaled. */
export function mark(x: number, y: number, scale: number, color: string): string {
  return `<g transform="translate(${x} ${y}) scale(${scale})">${markShapes(color)}</g>`;
}
