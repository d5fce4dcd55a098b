/**
 * One result, everywhere: the quiz's result view (hydrated inside the quiz island) and every
 * prerendered /result/<code>/ page (rendered to HTML at build, no JavaScript) use this component,
 * fed by describeResult() — so the two cannot drift.
 */
import type { ComponentChildren } from 'preact';
import type { Instrument } from '../lib/instrument.ts';
import type { ResultView as View } from '../lib/scoring.ts';
import { BandMeter, MeterAxis } from './BandMeter.tsx';

interface Props {
  readonly inst: Instrument;
  readonly view: View;
  /** The site's base path, ending in '/'. */
  readonly base: string;
  /** Chapter slug → title, for the advice links. */
  readonly chapters: Readonly<Record<string, string>>;
  /** Heading id, so a container can label itself by it. */
  readonly titleId?: string;
  /** Where the result is addressed ("Your" after the quiz, "This" on a shared link). */
  readonly owner?: 'your' | 'this';
  /** Shown between the summary and the details (e.g. sharing controls). */
  readonly children?: ComponentChildren;
}

export function ResultView({ inst, view, base, chapters, titleId = 'result-title', owner = 'your', children }: Props) {
  const bands = inst.bands.length;
  const chapterLink = (slug: string) => <a href={`${base}guide/${slug}/`}>{chapters[slug] ?? slug}</a>;
  return (
    <div class="result">
      <header class={`summary lvl-${view.indexLevel}`}>
        <p class="eyebrow">{owner === 'your' ? 'Your result' : 'A Mini-Me Check result'}</p>
        <h2 id={titleId} class="index" tabIndex={-1} data-focus-target>
          <span class="index-label">Mini-Me Index</span> <span class="index-value">{view.index}</span>
          <span class="index-of"> out of 100</span>
        </h2>
        <p class="index-band">
          <span class="band-chip">{view.indexBand.name}</span>
        </p>
        <p class="index-meaning">{view.indexBand.meaning}</p>
        <p class="scale-note">0 means coaching that builds on each rep; 100 means coaching everyone to sell the way you did.</p>
      </header>

      <figure class="chart" aria-labelledby="chart-caption">
        <figcaption id="chart-caption">Where each dimension falls</figcaption>
        <ul class="chart-rows">
          {view.dimensions.map((d) => (
            <li class={`chart-row lvl-${d.level}`}>
              <span class="chart-label">{d.dimension.name}</span>
              <span class="chart-band">
                {d.band.name}{' '}
                <span class="sr-only">
                  (band {d.level + 1} of {bands})
                </span>
              </span>
              <BandMeter bands={bands} level={d.level} />
            </li>
          ))}
        </ul>
        <MeterAxis />
      </figure>

      {children}

      <section class="dimensions" aria-labelledby="dims-title">
        <h3 id="dims-title">What to work on</h3>
        <ol class="dim-list">
          {view.dimensions.map((d) => (
            <li class={`dim lvl-${d.level}`}>
              <h4>
                {d.dimension.name}: <span class="dim-band">{d.band.name}</span>
              </h4>
              <p class="dim-meaning">{d.dimension.meaning}</p>
              {d.advice && <p>{d.advice.text}</p>}
              {d.advice && d.advice.chapters.length > 0 && (
                <p class="dim-read">
                  Read:{' '}
                  {d.advice.chapters.map((slug, i) => (
                    <>
                      {i > 0 && ', '}
                      {chapterLink(slug)}
                    </>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>

      <aside class="self-report" aria-labelledby="self-report-title">
        <h3 id="self-report-title">What a self-check can and cannot tell you</h3>
        <p>{inst.selfReportNote}</p>
        <p class="team-link">
          <a href={`${base}team/`}>Ask your team how they see your coaching</a>
        </p>
      </aside>
    </div>
  );
}
