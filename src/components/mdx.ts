/** Components that replace plain HTML elements in rendered MDX: `<Content components={mdxComponents} />`. */
import ProseLink from './ProseLink.astro';

export const mdxComponents = { a: ProseLink };
