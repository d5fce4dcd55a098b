// @ts-check
/**
 * Writes dist/_headers (read by Netlify and Cloudflare Pages; scripts/serve.mjs applies it too) after
 * the build. Its Content-Security-Policy is the one Astro put in every page's <meta> (the union of
 * the script and style hashes across pages, since a header policy applies to all of them and both
 * policies are enforced), plus what only a header can carry: frame-ancestors. With it go the other
 * security headers, and long-lived caching for content-hashed assets only.
 */
import { normalizeBase } from '../lib/base-path.ts';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(p);
    else if (entry.name.endsWith('.html')) yield p;
  }
}

/**
 * Merges CSP strings: directives in first-seen order, sources de-duplicated.
 * @param {string[]} policies
 */
export function mergePolicies(policies) {
  /** @type {Map<string, Set<string>>} */
  const merged = new Map();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = merged.get(name) ?? new Set();
      for (const s of sources) set.add(s);
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  // Result links are personal: never tell another site which page a visitor came from.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** @returns {import('astro').AstroIntegration} */
export default function securityHeaders() {
  /** @type {string} */
  let base = '/';
  return {
    name: 'mini-me:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        /** @type {string[]} */
        const policies = [];
        let pages = 0;
        for await (const file of htmlFiles(out)) {
          pages++;
          const html = await readFile(file, 'utf8');
          const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
          if (!meta?.[1]) throw new Error(`${file} has no Content-Security-Policy meta tag`);
          policies.push(meta[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
        }
        const csp = mergePolicies([...policies, "frame-ancestors 'none'"]);
        const lines = [
          '# Written at build by src/integrations/security-headers.mjs; do not edit by hand.',
          `${base}*`,
          `  Content-Security-Policy: ${csp}`,
          ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`),
          '',
          '# File names under _astro/ carry a content hash: they never change, so cache them for a year.',
          `${base}_astro/*`,
          '  Cache-Control: public, max-age=31536000, immutable',
          '',
        ];
        await writeFile(join(out, '_headers'), lines.join('\n'));
        logger.info(`_headers written (CSP from ${pages} pages)`);
      },
    },
  };
}
