/**
 * The language this build is in. English here; a build with SITE_LOCALE=<name> resolves this module
 * to ./<name>.ts instead (the alias in astro.config.mjs), so pages and client scripts import their
 * words from here and never name a language. Unit tests, which run without the build, read English.
 */
export * from './en.ts';
