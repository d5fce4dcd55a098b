/**
 * One result, everywhere: the quiz's result view (hydrated inside the quiz island) and every
 * prerendered /result/<code>/ page (rendered to HTML at build, no JavaScript) use this component,
 * fed by describeResult() — so the two cannot drift.
 */
import type { ComponentChildren } from 'preact';
import type { Instrument } from '../lib/instrument.ts';
import type { ResultView as View } from '../lib/scoring.ts';
import { format, parts } from '../i18n/format.ts';
import type { IslandStrings } from '../i18n/types.ts';
import { toneClass } from '../lib/tone.ts';
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
  readonly strings: IslandStrings<'result'>;
}

export function ResultView({ inst, view, base, chapters, titleId = 'result-title', owner = 'your', children, strings }: Props) {
  const { result: s, lang } = strings;
  const bands = inst.bands.length;
  // Version 1 shows the index as a number; the frequency format shows its band alone (see About).
  const bandOnly = !view.numeric;
  // The chapters listed as the language lists units ("a, b, c"), each a link.
  const chapterLinks = (slugs: readonly string[]) =>
    new Intl.ListFormat(lang, { type: 'unit', style: 'short' })
      .formatToParts(slugs)
      .map((p) => (p.type === 'element' ? <a href={`${base}guide/${p.value}/`}>{chapters[p.value] ?? p.value}</a> : p.value));
  return (
    <div class="result">
      <header class={`summary ${toneClass(view.indexLevel, bands)}`}>
        <p class="eyebrow">{owner === 'your' ? s.yourResult : s.sharedResult}</p>
        {bandOnly ? (
          <h2 id={titleId} class="index" tabIndex={-1} data-focus-target>
            {view.indexBand ? (
              <>
                <span class="index-label">{s.overallLabel}</span> <span class="index-overall">{view.indexBand.name}</span>
              </>
            ) : (
              <span class="index-overall">{s.noOverallHeading}</span>
            )}
          </h2>
        ) : (
          <>
            <h2 id={titleId} class="index" tabIndex={-1} data-focus-target>
              <span class="index-label">{s.indexLabel}</span>{' '}
              {parts(s.outOf, lang, { value: <span class="index-value">{view.index}</span> }).map((piece) =>
                typeof piece === 'string' ? piece && <span class="index-of">{piece}</span> : piece,
              )}
            </h2>
            <p class="index-band">
              <span class="band-chip">{view.indexBand?.name}</span>
            </p>
          </>
        )}
        <p class="index-meaning">{view.indexBand?.meaning ?? s.noOverallMeaning}</p>
        {!bandOnly && <p class="scale-note">{s.scaleNote}</p>}
      </header>

      <figure class="chart" aria-labelledby="chart-caption">
        <figcaption id="chart-caption">{s.chartCaption}</figcaption>
        <ul class="chart-rows">
          {view.dimensions.map((d) => (
            <li class={`chart-row ${toneClass(d.level, bands)}`}>
              <span class="chart-label">{d.dimension.name}</span>
              <span class="chart-band">
                {d.band ? d.band.name : s.notEnough}{' '}
                {d.level !== null && <span class="sr-only">{format(s.bandOf, lang, { number: d.level + 1, count: bands })}</span>}
              </span>
              <BandMeter bands={bands} level={d.level} />
            </li>
          ))}
        </ul>
        <MeterAxis strings={s} />
      </figure>

      {children}

      <section class="dimensions" aria-labelledby="dims-title">
        <h3 id="dims-title">{s.workOn}</h3>
        <ol class="dim-list">
          {view.dimensions.map((d) => (
            <li class={`dim ${toneClass(d.level, bands)}`}>
              <h4>
                {parts(s.dimensionBand, lang, {
                  dimension: d.dimension.name,
                  band: <span class="dim-band">{d.band ? d.band.name : s.notEnough}</span>,
                })}
              </h4>
              <p class="dim-meaning">{d.dimension.meaning}</p>
              {d.level === null && <p>{s.notEnoughMeaning}</p>}
              {d.advice && <p>{d.advice.text}</p>}
              {d.advice && d.advice.chapters.length > 0 && (
                <p class="dim-read">{parts(s.read, lang, { chapters: chapterLinks(d.advice.chapters) })}</p>
              )}
            </li>
          ))}
        </ol>
      </section>

      <aside class="self-report" aria-labelledby="self-report-title">
        <h3 id="self-report-title">{s.selfReportTitle}</h3>
        <p>{inst.selfReportNote}</p>
        <p class="team-link">
          <a href={`${base}team/`}>{s.askTeam}</a>
        </p>
      </aside>
    </div>
  );
}
