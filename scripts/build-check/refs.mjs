// @ts-check
/**
 * The URLs a JS module or a stylesheet refers to, read with real parsers: es-module-lexer for
 * imports (static, re-exports and import() with a literal specifier), css-tree for url() and the
 * import at-rule.
 */
import { init, parse as parseModule } from 'es-module-lexer';
import { parse as parseCss, walk } from 'css-tree';

await init;

/**
 * Specifiers a JS module imports, split by how: static (import, export … from) and dynamic
 * (import() with a string literal; computed specifiers cannot be followed).
 * @param {string} code
 * @returns {{ static: string[], dynamic: string[] }}
 */
export function jsImports(code) {
  const [imports] = parseModule(code);
  /** @type {Set<string>} */
  const stat = new Set();
  /** @type {Set<string>} */
  const dynamic = new Set();
  for (const i of imports) {
    if (i.n === undefined || i.d === -2) continue; // computed import() or import.meta
    (i.d === -1 ? stat : dynamic).add(i.n);
  }
  return { static: [...stat], dynamic: [...dynamic] };
}

/**
 * References in a stylesheet: the targets of import at-rules, and every url() (imports included).
 * @param {string} css
 * @returns {{ imports: string[], urls: string[] }}
 */
export function cssRefs(css) {
  /** @type {string[]} */
  const imports = [];
  /** @type {string[]} */
  const urls = [];
  walk(parseCss(css, { parseCustomProperty: true }), (node) => {
    if (node.type === 'Url') urls.push(node.value);
    else if (node.type === 'Atrule' && node.name.toLowerCase() === 'import' && node.prelude?.type === 'AtrulePrelude') {
      const target = node.prelude.children.first;
      if (target?.type === 'String') urls.push(target.value);
      if (target?.type === 'String' || target?.type === 'Url') imports.push(target.value);
    }
  });
  return { imports, urls };
}
