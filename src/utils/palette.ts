/**
 * The site's colors as the stylesheets declare them, for what is drawn at build outside the CSS
 * (preview images, favicon, home-screen icon). src/styles is the one home of every color: this
 * module reads its custom properties with css-tree instead of keeping copies that drift apart.
 * Build-time only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate, parse, walk } from 'css-tree';
import { toneOf, TONES } from '../lib/tone.ts';

// Resolved from the project root: the build runs there, and bundling moves this module elsewhere.
const STYLES = resolve('src/styles');

type Scheme = 'light' | 'dark';
/** selector → custom property → value, per color scheme. */
type Declared = Record<Scheme, Map<string, Map<string, string>>>;

/**
 * Custom properties of a stylesheet by selector: those inside `@media (prefers-color-scheme: dark)`
 * are the dark scheme's, those outside any media query the light one's (others, e.g. print, are
 * left out).
 */
export function customProperties(css: string): Declared {
  const out: Declared = { light: new Map(), dark: new Map() };
  walk(parse(css), {
    visit: 'Declaration',
    enter(node) {
      if (!node.property.startsWith('--') || !this.rule) return;
      const media = this.atrule?.name === 'media' ? (this.atrule.prelude ? generate(this.atrule.prelude) : '') : null;
      if (media !== null && !/prefers-color-scheme:\s*dark/.test(media)) return;
      const scheme: Scheme = media === null ? 'light' : 'dark';
      const selector = generate(this.rule.prelude);
      const props = out[scheme].get(selector) ?? new Map<string, string>();
      props.set(node.property, generate(node.value).trim());
      out[scheme].set(selector, props);
    },
  });
  return out;
}

const tokens = customProperties(readFileSync(`${STYLES}/global.css`, 'utf8'));
const results = customProperties(readFileSync(`${STYLES}/result.css`, 'utf8'));

function token(scheme: Scheme, name: string): string {
  const value = tokens[scheme].get(':root')?.get(`--${name}`);
  if (!value) throw new Error(`src/styles/global.css declares no --${name} on :root for the ${scheme} scheme`);
  return value;
}

/** The color scale (`.result .lvl-N { --lvl }`), TONES steps, "builds on each rep" first. */
function levels(scheme: Scheme): string[] {
  const found: string[] = [];
  for (const [selector, props] of results[scheme]) {
    const n = /\.lvl-(\d+)$/.exec(selector)?.[1];
    const value = props.get('--lvl');
    if (n !== undefined && value) found[Number(n)] = value;
  }
  if (found.length !== TONES || found.some((v) => v === undefined))
    throw new Error(`src/styles/result.css: the ${scheme} scheme needs ${TONES} level colors (.lvl-0 … .lvl-${TONES - 1}), without gaps`);
  return found;
}

function scheme(s: Scheme) {
  return {
    bg: token(s, 'bg'),
    surface2: token(s, 'surface-2'),
    ink: token(s, 'ink'),
    muted: token(s, 'muted'),
    accent: token(s, 'accent'),
    warm: token(s, 'warm'),
    levels: levels(s),
  } as const;
}

/** The light and dark palettes. */
export const PALETTE = { light: scheme('light'), dark: scheme('dark') } as const;

/**
 * The color of level `level` of an instrument with `levels` levels, as the result view draws it
 * (src/lib/tone.ts spreads fewer levels over the five-step scale); `fallback` for a level not known.
 */
export function levelColor(s: Scheme, level: number | null | undefined, levels: number, fallback: string): string {
  return level === null || level === undefined ? fallback : (PALETTE[s].levels[toneOf(level, levels)] ?? fallback);
}
