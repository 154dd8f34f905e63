/**
 * How big a synthetic programme is, and the figures every generation step derives from it. The
 * steps write these numbers into their SQL, so they are checked to be integers first.
 */
export interface ProgrammeSize {
  partnerships: number;
  /** Years of activity, ending with the demo data's last year. */
  years: number;
  /** Activities per partnership and year, on average over the programme. */
  activities: number;
  /** The same seed gives the same programme, row for row. */
  seed: number;
}

export const defaultProgrammeSize: ProgrammeSize = { partnerships: 2000, years: 10, activities: 40, seed: 1 };

// The demo data runs to 2026: generated years end there, so both show in the same views.
const lastYear = 2026;

const limits: Record<keyof ProgrammeSize, [number, number]> = {
  partnerships: [1, 100_000],
  // partnerships start no earlier than 2000
  years: [1, lastYear - 2000 + 1],
  activities: [0, 1000],
  seed: [0, 2_000_000_000],
};

export function checkProgrammeSize(size: ProgrammeSize) {
  for (const [key, [min, max]] of Object.entries(limits) as [keyof ProgrammeSize, [number, number]][]) {
    const value = size[key];
    if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`${key} must be an integer from ${min} to ${max}, not ${value}`);
  }
}

export interface ProgrammePlan extends ProgrammeSize {
  firstYear: number;
  lastYear: number;
  /** Several partnerships share a Swedish municipality or region. */
  swedishOrganisations: number;
  /** A few partner organisations take part in two partnerships. */
  partnerOrganisations: number;
}

export function planProgramme(size: ProgrammeSize): ProgrammePlan {
  checkProgrammeSize(size);
  return {
    ...size,
    firstYear: lastYear - size.years + 1,
    lastYear,
    swedishOrganisations: Math.min(300, Math.ceil(size.partnerships / 2)),
    partnerOrganisations: Math.ceil(size.partnerships * 0.9),
  };
}

/** One statement of the generation, named for the progress log. */
export interface Step {
  label: string;
  sql: string;
}
