import type { ReactNode } from 'react';

/** A column heading; `hidden` names a column for screen readers only (e.g. one of buttons). */
export type Column = string | { hidden: string };

/**
 * A data table as the app lays them out: scrolling sideways on narrow screens, its caption for
 * screen readers, one row of column headings, and the rows given as children.
 */
export function TableFrame({ caption, columns, children }: { caption: string; columns: Column[]; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <table className="table">
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
