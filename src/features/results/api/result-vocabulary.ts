/** The values the database's constraints allow (translated under results.*). */
export const resultLevels = ['output', 'outcome', 'impact'] as const;
export const measures = ['number', 'percentage', 'qualitative'] as const;
export type Measure = (typeof measures)[number];
export const sexes = ['total', 'women', 'men', 'other'] as const;
export type Sex = (typeof sexes)[number];
