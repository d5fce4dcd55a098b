// @ts-check
import { existsSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import securityHeaders from './src/integrations/security-headers.mjs';
import { normaliseBase } from './src/lib/base-path.ts';

// Where the site is served. Override for a deploy under another host or a sub-path, e.g.
// SITE_URL=https://example.github.io BASE_PATH=/mini-me/ npm run build
const site = process.env.SITE_URL ?? 'https://mini-me-check.example';
const base = normaliseBase(process.env.BASE_PATH);

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
    // Fewer, larger chunks for the island pages. Each chunk is gzipped on its own, so every split
    // costs about 200 bytes of a page's 16 KB budget (scripts/build-check.mjs). Left to itself,
    // Rolldown splits Preact from its hooks and the stores (the Preact renderer's unused client
    // entries share them), and makes a chunk per small shared module. 'islands' is what all four
    // island pages load (with the history's stored text: one line, a chunk of its own otherwise);
    // 'share' is the link and meter pieces of the quiz, rater and compare pages. The string formatter
    // and the result codes are a chunk of their own, chosen first: every island uses them, and so does
    // the 404 page's script, which must not load 'islands' with them (a group takes its modules'
    // imports along by default); apart, they were two chunks that the same five pages load.
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'format', test: /src[\\/](i18n[\\/]format|lib[\\/]result-code)\./, priority: 1 },
              {
                name: 'islands',
                test: /node_modules[\\/](preact|nanostores|@nanostores)[\\/]|src[\\/](stores[\\/](setup|storage|history-log)|islands[\\/](mount|StorageNotice)|lib[\\/](scoring|json|tone|history-append))\./,
              },
              {
                name: 'share',
                test: /src[\\/](islands[\\/]CopyLink|components[\\/]BandMeter|lib[\\/]comparison-link)\./,
              },
            ],
          },
        },
      },
    },
    resolve: {
      alias: [{ find: /^(.*)\/locales\/active\.ts$/, replacement: `$1/locales/${locale}.ts` }],
    },
  },
});
