import type { UseQueryResult } from '@tanstack/react-query';
import { lazy, Suspense, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/status/loading';
import { delimiterFor, toCsv, type CsvCell } from '@/lib/csv';
import { useFormat } from '@/lib/format';
import { saveBlob } from '@/lib/save-file';
import type { BarsChartProps } from './bars-chart';

const BarsChart = lazy(() => import('./bars-chart'));

/** Charts load with recharts, on demand; the table and summary do not wait for them. */
export function LazyBarsChart(props: BarsChartProps) {
  return (
    <Suspense fallback={<Loading />}>
      <BarsChart {...props} />
    </Suspense>
  );
}

export interface Column<Row> {
  label: string;
  /** The cell as the table shows it and the CSV file holds it (numbers unformatted there). */
  value: (row: Row) => CsvCell;
  /** Where the cell leads, for drilling down. */
  href?: (row: Row) => string | undefined;
  /** Names the row for screen readers (a row header). */
  header?: boolean;
}

interface ChartPanelProps<Row> {
  title: string;
  /** What the chart says, in words. */
  summary: (rows: Row[]) => string;
  query: UseQueryResult<Row[]>;
  columns: Column<Row>[];
  chart?: (rows: Row[]) => ReactNode;
  /** The CSV file's name, without extension. */
  fileName: string;
  /** Which filters this chart does not apply, or how it counts. */
  note?: string;
  children?: ReactNode;
}

/** A chart with its title, a summary in words, the table of its figures beside it and their CSV download. */
export function ChartPanel<Row>({ title, summary, query, columns, chart, fileName, note, children }: ChartPanelProps<Row>) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const rows = query.data ?? [];
  const show = (cell: CsvCell) => (cell === null ? '—' : typeof cell === 'number' ? format.number(cell) : cell);
  const download = () => {
    const csv = toCsv(columns.map((column) => column.label), rows.map((row) => columns.map((column) => column.value(row))), delimiterFor(i18n.language));
    saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`);
  };
  return (
    <section className="chart-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {note && <p className="muted">{note}</p>}
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <p role="alert">{t('dashboards.error')}</p>
      ) : rows.length === 0 ? (
        <p>{t('dashboards.empty')}</p>
      ) : (
        <>
          <p className="chart-summary">{summary(rows)}</p>
          <div className="chart-body">
            {chart?.(rows)}
            {/* Focusable, so that a table wider than its column can be scrolled by keyboard. */}
            <div className="table-scroll" tabIndex={0} role="group" aria-label={t('dashboards.tableOf', { title })}>
              <table className="table">
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    {columns.map((column) => (
                      <th key={column.label} scope="col">
                        {column.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, index) => (
                    <tr key={index}>
                      {columns.map((column) => {
                        const cell = show(column.value(row));
                        const href = column.href?.(row);
                        const content = href ? <Link to={href}>{cell}</Link> : cell;
                        return column.header ? (
                          <th key={column.label} scope="row">
                            {content}
                          </th>
                        ) : (
                          <td key={column.label}>{content}</td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          <button type="button" className="button" onClick={download}>
            {t('dashboards.downloadCsv', { title })}
          </button>
        </>
      )}
      {children}
    </section>
  );
}
