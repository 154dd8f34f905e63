import type { ReactNode } from 'react';

/** A column heading; `hidden` names a column for screen readers only (e.g. one of buttons). */
export type Column = string | { hidden: string };

interface TableFrameProps {
  caption: string;
  columns: Column[];
  /** On a phone, lay each row out as a small card instead of scrolling: for rows whose controls must stay in view. */
  stackOnPhones?: boolean;
  children: ReactNode;
}

/**
 * A data table as the app lays them out: scrolling sideways on narrow screens (or stacked), its
 * caption for screen readers, one row of column headings, and the rows given as children.
 */
export function TableFrame({ caption, columns, stackOnPhones = false, children }: TableFrameProps) {
  return (
    <div className="table-scroll">
      <table className={stackOnPhones ? 'table table-stack' : 'table'}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={typeof column === 'string' ? column : column.hidden} scope="col">
                {typeof column === 'string' ? column : <span className="visually-hidden">{column.hidden}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
