/**
 * Components for rendered MDX: `<Content components={mdxComponents} />`. `a` replaces plain links;
 * Count, Bands and Wording are tags authors write to name the instrument's counts, bands and words in prose.
 */
import ProseLink from './ProseLink.astro';
import Count from './Count.astro';
import Bands from './Bands.astro';
import Wording from './Wording.astro';

export const mdxComponents = { a: ProseLink, Count, Bands, Wording };
