/** Site-wide names and the source we credit. One home for both. */
import { site } from './i18n/locales/active.ts';

export const SITE = {
  /** The site's name: a name, the same in every language. */
  name: 'Mini-Me Check',
  /** Interface copy, so it lives with the strings (src/i18n); here for the link previews. */
  tagline: site.tagline,
} as const;

/** The article the guide is derived from. Credited on every page that draws on it. */
export const SOURCE = {
  author: 'Richard Ruff',
  title: 'Sales managers and the “mini-me” syndrome',
  publication: 'CustomerThink',
  affiliation: 'Sales Momentum and the Sales Training Connection',
} as const;
