import { numberOrNull } from '@/lib/number-input';
import type { Indicator } from './get-results';
import type { YearFigures } from './indicator-progress';

type Cell = unknown;
type Column = 'target_value' | 'actual_value';
const columns = ['target_value', 'actual_value'] as const;

interface GridRow {
  year: number;
  sex: string;
  target_value: Cell;
  actual_value: Cell;
}

const partsOf = (rows: GridRow[], year: number) => rows.filter((row) => row.year === year && row.sex !== 'total');
const sumOf = (cells: Cell[]) => {
  const amounts = cells.map(numberOrNull).filter((amount) => amount !== null);
  return amounts.length === 0 ? null : amounts.reduce((sum, amount) => sum + amount, 0);
};

/**
 * The years whose values by sex add up to more than their total: people counted twice, or a total
 * left behind after a correction. A breakdown may add up to less (not everyone states their sex).
 */
export function yearsExceedingTotal(rows: GridRow[]) {
  const years = [...new Set(rows.map((row) => row.year))];
  return years.filter((year) =>
    columns.some((column) => {
      const total = numberOrNull(rows.find((row) => row.year === year && row.sex === 'total')?.[column]);
      const parts = sumOf(partsOf(rows, year).map((row) => row[column]));
      return total !== null && parts !== null && parts > total;
    }),
  );
}

/** A year's total as it counts where the total is left empty: the sum of the parts, per column. */
export function totalFromParts(rows: GridRow[], year: number): Record<Column, number | null> {
  const total = rows.find((row) => row.year === year && row.sex === 'total');
  const parts = partsOf(rows, year);
  const derived = (column: Column) => (numberOrNull(total?.[column]) === null ? sumOf(parts.map((row) => row[column])) : null);
  return { target_value: derived('target_value'), actual_value: derived('actual_value') };
}

/**
 * Each year's total target and actual value as progress counts them (as the database's
 * private.indicator_year_totals does): the stored total, else for a number counted by sex the sum
 * of its parts. Percentages by sex do not add up, so they always have a total of their own.
 */
export function yearTotals(indicator: Pick<Indicator, 'measure' | 'disaggregated_by_sex' | 'indicator_values'>): YearFigures[] {
  const years = [...new Set(indicator.indicator_values.map((value) => value.year))].sort((a, b) => a - b);
  const summed = indicator.measure === 'number' && indicator.disaggregated_by_sex;
  return years.map((year) => {
    const values = indicator.indicator_values.filter((value) => value.year === year);
    const figure = (column: Column) => {
      const total = values.find((value) => value.sex === 'total')?.[column] ?? null;
      return total !== null || !summed ? total : sumOf(values.filter((value) => value.sex !== 'total').map((value) => value[column]));
    };
    return { year, target: figure('target_value'), actual: figure('actual_value') };
  });
}
