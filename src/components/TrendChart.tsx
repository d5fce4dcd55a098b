/**
 * The overall reading over time, oldest left: one row per level of the current instrument (the
 * lowest at the bottom, each named), one point per result on the row of its overall level. Levels,
 * not numbers: later versions of the check show the overall reading as a band, never as a score.
 * Every point is in the table beside it, so the chart is hidden from assistive tech.
 */
import type { Band } from '../lib/instrument.ts';
import { toneClass } from '../lib/tone.ts';

interface Props {
  /** Overall levels (0 … bands−1), oldest first; fewer than two draw nothing. */
  readonly levels: readonly number[];
  readonly bands: readonly Band[];
  /** The words under the two ends of the time axis. */
  readonly oldest: string;
  readonly newest: string;
}

const W = 400;
const ROW = 40;
const PAD = 12;
const AXIS = 20;

export function TrendChart({ levels, bands, oldest, newest }: Props) {
  if (levels.length < 2) return null;
  const H = bands.length * ROW + AXIS;
  const x = (i: number) => PAD + 6 + (i * (W - 2 * PAD - 12)) / (levels.length - 1);
  // Level 0 is the bottom row.
  const top = (level: number) => (bands.length - 1 - level) * ROW;
  const y = (level: number) => top(level) + ROW * 0.62;
  return (
    <svg class="trend" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      {bands.map((b, i) => (
        <g class={toneClass(i, bands.length)}>
          <rect class="trend-band" x={PAD} y={top(i) + 1} width={W - 2 * PAD} height={ROW - 2} rx={4} />
          <text class="trend-level" x={PAD + 6} y={top(i) + 14}>
            {b.name}
          </text>
        </g>
      ))}
      <polyline class="trend-line" points={levels.map((l, i) => `${x(i)},${y(l)}`).join(' ')} />
      {levels.map((l, i) => (
        <circle class={`trend-dot ${toneClass(l, bands.length)}`} cx={x(i)} cy={y(l)} r={5} />
      ))}
      <text class="trend-axis" x={PAD} y={H - 5}>
        {oldest}
      </text>
      <text class="trend-axis" x={W - PAD} y={H - 5} text-anchor="end">
        {newest}
      </text>
    </svg>
  );
}
