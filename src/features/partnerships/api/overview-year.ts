/**
 * The year a partnership's overview opens on: the one asked for in the URL, else the year of its
 * latest report (the one being written or reviewed), else the current year while the partnership
 * runs, else its last year. `years` runs from the last year back to the first.
 */
export function overviewYear({ years, asked, latestReportYear, today = new Date() }: { years: number[]; asked: number; latestReportYear?: number; today?: Date }) {
  if (years.includes(asked)) return asked;
  if (latestReportYear !== undefined) return latestReportYear;
  const current = today.getFullYear();
  return years.includes(current) ? current : years[0];
}
