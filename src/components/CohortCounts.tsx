/**
 * A cohort's counts drawn, as the screen shows them and the handout prints them: how many managers
 * and the share whose answers did not separate, then tables of counts (each count with a bar of its
 * share, in the level's tone) per dimension, for the overall reading and, with enough team summaries,
 * for the self–team gaps; then how to read it and prompts for the workshop. The tables are the text:
 * the bars beside the numbers are hidden from assistive tech. Props only; src/islands/CohortApp.tsx uses it.
 */
import { MIN_RATERS } from '../lib/aggregate.ts';
import { MIN_COHORT, type CohortCounts as Counts } from '../lib/cohort.ts';
import type { Instrument } from '../lib/instrument.ts';
import { toneClass } from '../lib/tone.ts';
import { dateText, format, parts } from '../i18n/format.ts';
import type { Locale } from '../i18n/types.ts';
import { CountTable, type Column } from './CountTable.tsx';

interface Props {
  readonly counts: Counts;
  readonly inst: Instrument;
  readonly s: Locale['cohort'];
  readonly lang: string;
}

export function CohortCounts({ counts: c, inst, s, lang }: Props) {
  const levels = inst.bands.length;
  const bands = inst.bands.map((b, i): Column => ({ label: b.name, tone: toneClass(i, levels) }));
  const managers = c.results + c.none;
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(managers > 0 ? c.none / managers : 0);
  const now = new Date();
  const date = dateText(now, lang, 'long');
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  // The gaps in the tones of the end the team's view leans to: more mini-me, the middle, less.
  const gapColumns: Column[] = [
    { label: s.gapHigher, tone: toneClass(2, 3) },
    { label: s.gapClose, tone: toneClass(1, 3) },
    { label: s.gapLower, tone: toneClass(0, 3) },
    { label: s.gapNone, tone: toneClass(null, 3) },
  ];
  return (
    <div class="result handout" data-results={c.results} data-none={c.none} data-teams={c.teams}>
      <header class="handout-head">
        {/* The heading of the section around it (view-title): on paper, the handout's title. */}
        <h2 id="view-title">{s.handoutTitle}</h2>
        <p class="handout-date">{parts(s.date, lang, { date: <time dateTime={day}>{date}</time> })}</p>
      </header>
      <div class="handout-facts">
        <p class="cohort-managers">{format(s.managers, lang, { count: managers })}</p>
        <p class="cohort-none">
          {format(s.noneShare, lang, { share: format(s.shareOf, lang, { part: c.none, whole: managers, percent }) })}
        </p>
        <p class="hint-text">{s.noneMeaning}</p>
      </div>
      <section aria-labelledby="dims-title">
        <h3 id="dims-title">{s.dimensionsTitle}</h3>
        <CountTable
          id="cohort-dimensions"
          caption={format(s.dimensionsCaption, lang, { count: c.results })}
          columns={[...bands, { label: s.notEnough, tone: toneClass(null, levels) }]}
          rows={inst.dimensions.map((d, i) => ({ id: d.id, label: d.name, counts: c.dimensions[i] ?? [] }))}
          total={c.results}
          corner={s.dimension}
        />
      </section>
      <section aria-labelledby="overall-title">
        <h3 id="overall-title">{s.overallTitle}</h3>
        <CountTable
          id="cohort-overall"
          caption={s.overallCaption}
          columns={[...bands, { label: s.noOverall, tone: toneClass(null, levels) }]}
          rows={[{ id: 'overall', label: s.overallRow, counts: c.overall }]}
          total={c.results}
          corner={s.reading}
        />
      </section>
      {c.teams > 0 && (
        <section aria-labelledby="gaps-title">
          <h3 id="gaps-title">{s.gapsTitle}</h3>
          {c.gaps ? (
            <>
              <CountTable
                id="cohort-gaps"
                caption={format(s.gapsCaption, lang, { count: c.teams })}
                columns={gapColumns}
                rows={inst.dimensions.map((d, i) => {
                  const g = c.gaps?.[i] ?? { 'team-higher': 0, close: 0, 'team-lower': 0 };
                  const compared = g['team-higher'] + g.close + g['team-lower'];
                  return { id: d.id, label: d.name, counts: [g['team-higher'], g.close, g['team-lower'], c.teams - compared] };
                })}
                total={c.teams}
                corner={s.dimension}
              />
              <p class="hint-text gaps-rule">{format(s.gapsRule, lang, { min: MIN_RATERS })}</p>
            </>
          ) : (
            <p class="gaps-few">{format(s.gapsFew, lang, { count: c.teams, min: MIN_COHORT })}</p>
          )}
        </section>
      )}
      <div class="handout-notes">
        <section aria-labelledby="how-title">
          <h3 id="how-title">{s.howTitle}</h3>
          <ul>
            <li>{s.how1}</li>
            <li>{s.how2}</li>
            <li>{s.how3}</li>
          </ul>
        </section>
        <section aria-labelledby="prompts-title">
          <h3 id="prompts-title">{s.promptsTitle}</h3>
          <ol>
            <li>{s.prompt1}</li>
            <li>{s.prompt2}</li>
            <li>{s.prompt3}</li>
          </ol>
        </section>
      </div>
    </div>
  );
}
