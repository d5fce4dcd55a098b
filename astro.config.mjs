// @ts-check
import { existsSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import securityHeaders from './src/integrations/security-headers.mjs';
import pageScriptBundles from './src/integrations/page-script-bundles.mjs';
import { normalizeBase } from './src/lib/base-path.ts';

// Where the site is served. Override for a deploy under another host or a sub-path, e.g.
// SITE_URL=https://example.github.io BASE_PATH=/mini-me/ npm run build
const site = process.env.SITE_URL ?? 'https://mini-me-check.example';
const base = normalizeBase(process.env.BASE_PATH);

// The language of the interface copy: src/i18n/locales/<SITE_LOCALE>.ts stands in for
// src/i18n/locales/active.ts (English) everywhere, pages and client scripts alike. `pseudo` is the
// generated pseudo-locale that shows any text not taken from the strings table.
const locale = process.env.SITE_LOCALE ?? 'en';
if (!/^[A-Za-z0-9-]+$/.test(locale) || !existsSync(new URL(`./src/i18n/locales/${locale}.ts`, import.meta.url))) {
  throw new Error(`SITE_LOCALE=${locale}: there is no src/i18n/locales/${locale}.ts`);
}

export default defineConfig({
  site,
  base,
  // OUT_DIR lets the tests build a sub-path copy beside the main one.
  outDir: process.env.OUT_DIR ?? './dist',
  // The content cache in the checkout rather than in node_modules (the default), so checkouts that
  // share one node_modules (git worktrees) never build with each other's content.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets as files: a scoped style inline in MDX-rendered output can get the wrong CSP hash.
    // (The island pages write their own styles into their <head>, hash included: PageStyles.astro.)
    inlineStylesheets: 'never',
  },
  // Shiki writes inline styles, which the CSP blocks; Prism uses classes.
  markdown: { syntaxHighlight: 'prism' },
  integrations: [
    mdx(),
    preact(),
    securityHeaders(),
    sitemap({
      // Result pages are personal and numerous: reachable by link, never listed.
      filter: (page) => !new URL(page).pathname.includes('/result/'),
    }),
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "manifest-src 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  vite: {
    // Each page's <script> is one file with everything it imports, no chunks shared between pages
    // (src/integrations/page-script-bundles.mjs): /quiz/ fetches one script, straight from its HTML.
    // The 404 page's script, small and now without imports, is inlined by Astro (hash in the CSP).
    plugins: [pageScriptBundles()],
    resolve: {
      alias: [{ find: /^(.*)\/locales\/active\.ts$/, replacement: `$1/locales/${locale}.ts` }],
    },
  },
});
