/**
 * The collector's page: what the collector pasted (kept on this device, so a reload loses nothing),
 * read by src/lib/collect.ts into the codes that go into the team summary, the lines left out, and
 * the summary's link fragment; codes a rep's link brings (`#r=…`) are added to the box once.
 */
import { atom, computed } from 'nanostores';
import { agreementOf, type Agreement, type GroupView } from '../lib/aggregate.ts';
import { collectCodes, type Collected } from '../lib/collect.ts';
import { codeShape } from '../lib/instrument.ts';
import { encodeResult, exampleResult, tagFor } from '../lib/result-code.ts';
import { encodeSummary } from '../lib/summary.ts';
import { comparisonToText } from '../lib/team.ts';
import { $instrument, $shapes } from './setup.ts';
import { storedAtom } from './storage.ts';
import { addNewLines } from './paste-box.ts';

export const $collectText = storedAtom<string>('minime:collect:v1', '');

/** One dimension of the summary as the manager will see it. */
export interface PreviewRow {
  readonly id: string;
  readonly name: string;
  readonly view: GroupView | undefined;
  readonly agreement: Agreement | undefined;
}

export interface CollectView extends Collected {
  /** The summary link's fragment (no '#'), when there is a summary. */
  readonly fragment: string | undefined;
  readonly preview: readonly PreviewRow[];
}

export const $collect = computed([$collectText, $shapes, $instrument], (text, shapes, inst): CollectView | undefined => {
  if (!inst) return undefined;
  const collected = collectCodes(inst, text, shapes);
  const summary = collected.summary.ok ? collected.summary.summary : undefined;
  return {
    ...collected,
    fragment: summary && `t=${encodeSummary(summary)}`,
    preview: summary
      ? inst.dimensions.map((d, i) => {
          const view = summary.dimensions[i];
          return { id: d.id, name: d.name, view, agreement: view && agreementOf(view) };
        })
      : [],
  };
});

/** A tagged rater code of the current version, drawn from its shape: the form a rep's code takes. */
export const $collectExample = computed($instrument, (inst) => {
  if (!inst) return '';
  const example = exampleResult(inst.version, codeShape(inst));
  return encodeResult(example, 'r', codeShape(inst).tagged ? tagFor(example, 'k7q3m') : undefined);
});

/** How many codes the link the page was opened with added to the box. */
export const $collectAdded = atom(0);

export function setCollectText(text: string): void {
  $collectText.set(text);
}

export function clearCollect(): void {
  $collectText.set('');
  $collectAdded.set(0);
}

/** Adds the codes a rep's link holds (`#r=…`) to the box, skipping lines it already holds. */
export function addFromLink(fragment: string = location.hash): void {
  if (fragment.length <= 1) return;
  $collectAdded.set(addNewLines($collectText, comparisonToText(fragment).split('\n')).added.length);
}
