/** Site-wide names and the source we credit. One home for both. */
export const SITE = {
  name: 'Mini-Me Check',
  tagline: 'Coach the rep you have, not the rep you were.',
  description:
    'A short guide and a five-minute self-check for sales managers who were star reps: are you coaching your team to sell the way you did?',
} as const;

/** The article the guide is derived from. Credited on every page that draws on it. */
export const SOURCE = {
  author: 'Richard Ruff',
  title: 'Sales managers and the “mini-me” syndrome',
  publication: 'CustomerThink',
  affiliation: 'Sales Momentum and the Sales Training Connection',
} as const;
