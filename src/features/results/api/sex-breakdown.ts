type Cell = unknown;

interface GridRow {
  year: number;
  sex: string;
  target_value: Cell;
  actual_value: Cell;
}

const amount = (cell: Cell) => (cell === '' || cell === null || cell === undefined || Number.isNaN(Number(cell)) ? null : Number(cell));

/**
 * The years whose values by sex add up to more than their total: people counted twice, or a total
 * left behind after a correction. A breakdown may add up to less (not everyone states their sex).
 */
export function yearsExceedingTotal(rows: GridRow[]) {
  const years = [...new Set(rows.map((row) => row.year))];
  return years.filter((year) =>
    (['target_value', 'actual_value'] as const).some((column) => {
      const total = amount(rows.find((row) => row.year === year && row.sex === 'total')?.[column]);
      const parts = rows.filter((row) => row.year === year && row.sex !== 'total').map((row) => amount(row[column]) ?? 0);
      return total !== null && parts.reduce((sum, part) => sum + part, 0) > total;
    }),
  );
}
