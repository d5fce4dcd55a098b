/**
 * Components for rendered MDX: `<Content components={mdxComponents} />`. `a` replaces plain links;
 * Count and Bands are tags authors write to name the instrument's counts and bands in prose.
 */
import ProseLink from './ProseLink.astro';
import Count from './Count.astro';
import Bands from './Bands.astro';

export const mdxComponents = { a: ProseLink, Count, Bands };
