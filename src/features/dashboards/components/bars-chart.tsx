import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Text, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegend, paleBar } from '@/components/chart/chart-legend';

export interface Series {
  key: string;
  name: string;
  colour: string;
  /** Pale, outlined bars for a second series in the same colours (indirect beside direct). */
  pale?: boolean;
  /** Series with the same stack are drawn on top of each other. */
  stack?: string;
  /** Bars in their category's colour (see categoryColour) rather than the series colour. */
  inCategoryColour?: boolean;
}

export interface BarsChartProps {
  label: string;
  data: Record<string, string | number | null>[];
  categoryKey: string;
  series: Series[];
  /** Categories down the side, for long names (countries, target groups, partnerships). */
  horizontal?: boolean;
  /** A category's own colour (a goal's official colour), for the series drawn in it. */
  categoryColour?: (category: string | number | null) => string | undefined;
  /** A line to measure against, such as 100 % of a target. */
  reference?: number;
  /** Drilling down by pointer; keyboard and screen-reader users follow the table's links. */
  onSelect?: (index: number) => void;
}

// Names down the side get this much room and at most two lines, ending in "…" beyond that (the
// table beside the chart has them whole); each row is tall enough for two lines.
const categoryWidth = 180;
const rowHeight = 36;

interface CategoryTickProps {
  x?: number;
  y?: number;
  fill?: string;
  payload?: { value: string | number };
}

function CategoryTick({ x, y, fill, payload }: CategoryTickProps) {
  return (
    <Text x={x} y={y} width={categoryWidth - 12} maxLines={2} textAnchor="end" verticalAnchor="middle" fill={fill} fontSize={12}>
      {String(payload?.value ?? '')}
    </Text>
  );
}

/**
 * Bars for every dashboard chart. The chart is a picture for sighted readers; the same figures
 * are in the table beside it, so it is one image with a name for screen readers.
 */
export default function BarsChart({ label, data, categoryKey, series, horizontal = false, categoryColour, reference, onSelect }: BarsChartProps) {
  const barsPerCategory = new Set(series.map((entry) => entry.stack ?? entry.key)).size;
  const height = horizontal ? Math.max(160, data.length * Math.max(rowHeight, 24 * barsPerCategory) + 80) : 300;
  const categoryAxis = horizontal ? <YAxis type="category" dataKey={categoryKey} width={categoryWidth} interval={0} tick={<CategoryTick />} /> : <XAxis dataKey={categoryKey} interval={0} />;
  const valueAxis = horizontal ? <XAxis type="number" allowDecimals={false} /> : <YAxis allowDecimals={false} />;
  return (
    <div>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} role="img" aria-label={label} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={horizontal} horizontal={!horizontal} />
          {categoryAxis}
          {valueAxis}
          <Tooltip />
          {reference !== undefined && (horizontal ? <ReferenceLine x={reference} stroke="#1b1f24" strokeDasharray="4 2" /> : <ReferenceLine y={reference} stroke="#1b1f24" strokeDasharray="4 2" />)}
          {series.map((entry) => (
            <Bar key={entry.key} dataKey={entry.key} name={entry.name} fill={entry.colour} {...(entry.pale ? paleBar(entry.colour) : {})} stackId={entry.stack} isAnimationActive={false} cursor={onSelect ? 'pointer' : undefined} onClick={onSelect && ((_, index) => onSelect(index))}>
              {categoryColour &&
                entry.inCategoryColour &&
                data.map((row, index) => {
                  const colour = categoryColour(row[categoryKey]) ?? entry.colour;
                  return <Cell key={index} fill={colour} {...(entry.pale ? paleBar(colour) : {})} />;
                })}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
      <ChartLegend entries={series} />
    </div>
  );
}
