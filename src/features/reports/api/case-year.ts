/**
 * Which year of the partnership's project a report covers: reports are made per case and
 * accounting year (the first, second, third … year of the project), counted from its first year.
 */
export function caseYear(year: number, project: { starts_year: number; ends_year: number | null }) {
  const within = year >= project.starts_year && (project.ends_year === null || year <= project.ends_year);
  return {
    number: within ? year - project.starts_year + 1 : null,
    of: project.ends_year === null ? null : project.ends_year - project.starts_year + 1,
  };
}
