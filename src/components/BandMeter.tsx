/**
 * A row of band segments with the chosen band filled: reads at a glance, carries no text of its own
 * (the label and band name beside it are the text), so it is hidden from assistive tech.
 */
import type { Locale } from '../i18n/types.ts';

interface Props {
  /** Number of bands. */
  readonly bands: number;
  /** The filled band (0-based); null fills none (a dimension with too few answers). */
  readonly level: number | null;
  /** Bands a group's levels span (lowest, highest): shaded lighter than the filled one. */
  readonly range?: readonly [number, number] | undefined;
}

const GAP = 1.5;

export function BandMeter({ bands, level, range }: Props) {
  const width = (100 - GAP * (bands - 1)) / bands;
  return (
    <svg class="meter" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {Array.from({ length: bands }, (_, i) => (
        <rect
          x={i * (width + GAP)}
          y={0}
          width={width}
          height={10}
          rx={1.5}
          class={`seg${i === level ? ' on' : range && i >= range[0] && i <= range[1] ? ' span' : ''}`}
        />
      ))}
    </svg>
  );
}

/** The words at the two ends of every band meter. Decorative: each row names its band in text. */
export function MeterAxis({ strings }: { readonly strings: Locale['result'] }) {
  return (
    <p class="chart-axis" aria-hidden="true">
      <span>{strings.axisLow}</span>
      <span>{strings.axisHigh}</span>
    </p>
  );
}
