/**
 * The base path a site is served under, in the one form every part of the project uses: a leading and
 * a trailing slash ('/', '/mini-me/'). Read by astro.config.mjs, the build's integrations and the
 * scripts that serve or check the built site, so `BASE_PATH=mini-me` and `/mini-me/` mean the same.
 */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim();
  const lead = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  return lead.endsWith('/') ? lead : `${lead}/`;
}
