/**
 * Simulates answer sets through the check's own reading (src/lib/scoring.ts) and prints how often a
 * verdict is withheld and where the rest land: the figures the About page quotes.
 *
 *   npm run simulate            (the current instrument, 10,000 sets per model, a fixed seed)
 *
 * Models: uniformly random answers over the scale's points; the same with "hasn't come up" as a sixth
 * choice; and consistent respondents, whose every answer is their true position on the dimension plus
 * normal noise (SD 1 scale point), rounded to the scale: not a claim about real managers, a check that
 * the rules do not withhold verdicts from people who answer with ordinary inconsistency.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Instrument } from '../src/lib/instrument.ts';
import { describeResult, itemsFor, NOT_APPLICABLE, type Answers, type NoVerdictReason } from '../src/lib/scoring.ts';
import { readAnswers } from '../src/lib/verdict.ts';

export type Random = () => number;
export type Generator = (random: Random) => Answers;

/** A small seeded generator (mulberry32), so every run prints the same figures. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function values(inst: Instrument): number[] {
  return inst.scale.map((p) => p.value);
}

/** Every item answered at random, each scale point (and "hasn't come up" when asked) equally likely. */
export function uniformAnswers(inst: Instrument, withNotApplicable: boolean): Generator {
  const choices = withNotApplicable ? [...values(inst), NOT_APPLICABLE] : values(inst);
  return (random) =>
    Object.fromEntries(itemsFor(inst, 'self').map((i) => [i.id, choices[Math.floor(random() * choices.length)] as number]));
}

/** A respondent with a true position per dimension (uniform over the scale) answering with normal noise of `sd` points. */
export function consistentAnswers(inst: Instrument, sd: number): Generator {
  const vs = values(inst);
  const min = Math.min(...vs);
  const max = Math.max(...vs);
  return (random) => {
    const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const position = new Map(inst.dimensions.map((d) => [d.id, random() * (max - min)]));
    return Object.fromEntries(
      itemsFor(inst, 'self').map((item) => {
        const steps = Math.max(0, Math.min(max - min, Math.round((position.get(item.dimension) ?? 0) + gauss() * sd)));
        return [item.id, item.keying === 'mini-me' ? min + steps : max - steps];
      }),
    );
  };
}

export interface Simulation {
  readonly runs: number;
  readonly noVerdictShare: number;
  readonly reasons: Readonly<Record<NoVerdictReason, number>>;
  /** Among sets with a verdict: how many dimension readings fell on each level ('none' = not enough answers). */
  readonly levelCounts: Readonly<Record<string, number>>;
  /** Among sets with a verdict: how many had each overall band ('none' = a dimension without a level). */
  readonly overallCounts: Readonly<Record<string, number>>;
}

export function simulate(inst: Instrument, generate: Generator, runs: number, seed: number): Simulation {
  const random = seeded(seed);
  let withheld = 0;
  const reasons: Record<NoVerdictReason, number> = { 'too-few-answers': 0, 'same-answer': 0, 'no-spread': 0, contradictions: 0 };
  const levelCounts: Record<string, number> = {};
  const overallCounts: Record<string, number> = {};
  for (let n = 0; n < runs; n++) {
    const reading = readAnswers(inst, generate(random), 'self');
    if (!reading) throw new Error('a generator left an item unanswered');
    if (reading.kind === 'no-verdict') {
      withheld++;
      for (const r of reading.reasons) reasons[r]++;
      continue;
    }
    const overall = describeResult(inst, reading.result).indexBand?.id ?? 'none';
    overallCounts[overall] = (overallCounts[overall] ?? 0) + 1;
    for (const l of reading.result.levels) {
      const key = l === null ? 'none' : (inst.bands[l]?.id ?? String(l));
      levelCounts[key] = (levelCounts[key] ?? 0) + 1;
    }
  }
  return { runs, noVerdictShare: withheld / runs, reasons, levelCounts, overallCounts };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // The version named on the command line, or the current one: the highest that is not a draft.
  const quizDir = new URL('../content/quiz/', import.meta.url);
  const load = (file: string) => JSON.parse(readFileSync(new URL(file, quizDir), 'utf8')) as Instrument;
  const inst = process.argv[2]
    ? load(`v${Number(process.argv[2])}.json`)
    : readdirSync(quizDir)
        .filter((f) => /^v\d+\.json$/.test(f))
        .map(load)
        .filter((i) => !i.draft)
        .reduce((a, b) => (b.version > a.version ? b : a));
  const RUNS = 10_000;
  const models: [string, Generator][] = [
    ['uniform over the scale', uniformAnswers(inst, false)],
    ['uniform, with "hasn\'t come up"', uniformAnswers(inst, true)],
    ['consistent, noise SD 0.6', consistentAnswers(inst, 0.6)],
    ['consistent, noise SD 1.0', consistentAnswers(inst, 1.0)],
  ];
  console.log(`Instrument v${inst.version}: ${RUNS.toLocaleString('en-US')} answer sets per model, seed 20261130`);
  for (const [name, generate] of models) {
    const sim = simulate(inst, generate, RUNS, 20261130);
    console.log(`\n${name}: no verdict ${(sim.noVerdictShare * 100).toFixed(1)}%`);
    console.log(`  reasons (a set may have several): ${JSON.stringify(sim.reasons)}`);
    console.log(`  overall bands among the rest: ${JSON.stringify(sim.overallCounts)}`);
    console.log(`  dimension levels among the rest: ${JSON.stringify(sim.levelCounts)}`);
  }
}
