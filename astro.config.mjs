// @ts-check
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

export default defineConfig({
  site,
  base,
  // OUT_DIR lets the tests build a sub-path copy beside the main one.
  outDir: process.env.OUT_DIR ?? './dist',
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
});
