import type { CSSProperties } from 'react';

export interface LegendEntry {
  name: string;
  colour: string;
  /** Indirect beside direct: pale with a dashed outline, in the legend as on the bars. */
  pale?: boolean;
}

/** How a pale series' bars are drawn, so that they differ from the solid ones by more than shade. */
export const paleBar = (colour: string) => ({ fillOpacity: 0.35, stroke: colour, strokeWidth: 1.5, strokeDasharray: '4 2' });

/**
 * A chart's legend as page text, in the page's language; recharts' own names its swatches in
 * English ("… legend icon"). Each swatch shows how its series is drawn and is hidden from screen
 * readers, which read the series' name.
 */
export function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul className="chart-legend">
      {entries.map((entry) => (
        <li key={entry.name}>
          <span className={entry.pale ? 'chart-swatch chart-swatch-pale' : 'chart-swatch'} style={{ '--swatch': entry.colour } as CSSProperties} aria-hidden="true" />
          {entry.name}
        </li>
      ))}
    </ul>
  );
}
