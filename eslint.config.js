// @ts-check
/**
 * ESLint as Astro projects set it up: the JavaScript and typescript-eslint recommended rules,
 * eslint-plugin-astro for .astro files with its jsx-a11y rules, and eslint-plugin-jsx-a11y for the
 * Preact islands (.tsx). Formatting is Prettier's job (.prettierrc), not ESLint's.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-subpath/', 'dist-pseudo/', '.astro/', 'test-results/', 'playwright-report/', 'reports/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-recommended'],
  // The same jsx-a11y rules for the islands. Only the rules: astro's a11y config above registers the
  // plugin already (for every file), and ESLint refuses a second registration of another object.
  {
    files: ['**/*.tsx'],
    rules: jsxA11y.flatConfigs.recommended.rules ?? {},
    languageOptions: jsxA11y.flatConfigs.recommended.languageOptions ?? {},
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // Preact writes a label's target as `for`, not React's `htmlFor`.
    settings: { 'jsx-a11y': { attributes: { for: ['htmlFor', 'for'] } } },
  },
  {
    // A table that scrolls sideways sits in a named <section> (a region) that takes focus, so
    // keyboard users can scroll it (axe's scrollable-region-focusable). jsx-a11y does not derive the
    // region role from the name, so sections are allowed beside its default, tabpanel.
    files: ['**/*.tsx'],
    rules: { 'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'], roles: ['tabpanel'] }] },
  },
  {
    files: ['**/*.astro'],
    rules: { 'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'], roles: ['tabpanel'] }] },
  },
);
