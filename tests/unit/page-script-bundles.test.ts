/** The Vite plugin that gives each page script its own copy of what it imports (one file per page). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markFor, pageOf } from '../../src/integrations/page-script-bundles.mjs';

test('a script is named after its .astro file, and what it imports carries that name', () => {
  const script = '/site/src/pages/team/rate.astro?astro&type=script&index=0&lang.ts';
  assert.equal(pageOf(script), 'pages-team-rate-0');
  assert.equal(pageOf('/site/src/components/Note.astro?astro&type=script&index=1&lang.ts'), 'components-Note-1');
  const flow = markFor('/site/src/islands/QuizFlow.tsx', 'pages-team-rate-0');
  assert.equal(flow, '/site/src/islands/QuizFlow.tsx?page-script=pages-team-rate-0');
  assert.equal(pageOf(flow), 'pages-team-rate-0');
  // The mark holds no dot: the transform reads a module's language from the end of its id.
  assert.doesNotMatch(flow.slice(flow.indexOf('?')), /\./);
  assert.equal(markFor('/site/node_modules/x/y.js?v=1', '404'), '/site/node_modules/x/y.js?v=1&page-script=404');
});

test('modules outside scripts are left alone', () => {
  assert.equal(pageOf('/site/src/pages/quiz/index.astro'), null);
  assert.equal(pageOf('/site/src/islands/QuizApp.tsx'), null);
});
