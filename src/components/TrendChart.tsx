/**
 * The Mini-Me Index over time, oldest left, on the instrument's bands. Each point is labelled in the
 * table beside it, so the chart is hidden from assistive tech.
 */
import type { Band } from '../lib/instrument.ts';
import { toneClass } from '../lib/tone.ts';

interface Props {
  /** Index values (0–100), oldest first; fewer than two draw nothing. */
  readonly points: readonly number[];
  readonly bands: readonly Band[];
  /** The words under the two ends of the time axis. */
  readonly oldest: string;
  readonly newest: string;
}

const W = 600;
const H = 180;
const PAD = 28;

export function TrendChart({ points, bands, oldest, newest }: Props) {
  if (points.length < 2) return null;
  const x = (i: number) => PAD + (i * (W - 2 * PAD)) / (points.length - 1);
  const y = (v: number) => H - PAD - (v / 100) * (H - 2 * PAD);
  // A band's top edge: the next band starts one above its max, except the last band's.
  const top = (b: Band, i: number) => y(b.max + (i === bands.length - 1 ? 0 : 1));
  return (
    <svg class="trend" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      {bands.map((b, i) => (
        <rect
          class={`trend-band ${toneClass(i, bands.length)}`}
          x={PAD}
          y={top(b, i)}
          width={W - 2 * PAD}
          height={Math.max(0, y(b.min) - top(b, i))}
        />
      ))}
      <polyline class="trend-line" points={points.map((v, i) => `${x(i)},${y(v)}`).join(' ')} />
      {points.map((v, i) => (
        <g>
          <circle class="trend-dot" cx={x(i)} cy={y(v)} r={5} />
          <text class="trend-label" x={x(i)} y={y(v) - 10} text-anchor="middle">
            {v}
          </text>
        </g>
      ))}
      <text class="trend-axis" x={PAD} y={H - 6}>
        {oldest}
      </text>
      <text class="trend-axis" x={W - PAD} y={H - 6} text-anchor="end">
        {newest}
      </text>
    </svg>
  );
}
