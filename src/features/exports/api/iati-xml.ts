/**
 * The IATI activity standard 2.03 as XML: one iati-activity per partnership. Elements follow the
 * order of the schema's sequences, which XML Schema enforces; codes come from IATI's code lists.
 */
import { z } from 'zod';
import { vocabularies } from '@/lib/vocabularies';
import type { Database } from '@/types/database';

/** The programme's settings the file is made with. */
export type IatiSettings = Pick<Database['public']['Tables']['programme_settings']['Row'], 'reporting_org_ref' | 'reporting_org_name' | 'reporting_org_type' | 'iati_activity_prefix'>;

const nullableNumber = z.number().nullable();

/** One partnership's record as the database gathers it (private.iati_activities), checked on arrival. */
export const iatiActivitySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  status: z.enum(vocabularies.partnership_status),
  starts_year: z.number(),
  ends_year: nullableNumber,
  updated_at: z.string(),
  focus_goal_ids: z.array(z.number()),
  organisations: z.array(
    z.object({ name: z.string(), side: z.enum(vocabularies.partnership_side), kind: z.string(), country_code: z.string(), iati_ref: z.string().nullable() }),
  ),
  target_ids: z.array(z.string()),
  results: z.array(
    z.object({
      title: z.string(),
      description: z.string(),
      level: z.enum(vocabularies.result_level),
      indicators: z.array(
        z.object({
          title: z.string(),
          sdg_indicator_id: z.string().nullable(),
          measure: z.enum(vocabularies.measure),
          unit: z.string(),
          higher_is_better: z.boolean(),
          baseline_year: nullableNumber,
          baseline_value: nullableNumber,
          values: z.array(z.object({ year: z.number(), sex: z.enum(vocabularies.sex), target: nullableNumber, actual: nullableNumber, comment: z.string() })),
        }),
      ),
    }),
  ),
});
export type IatiActivity = z.infer<typeof iatiActivitySchema>;
type IatiIndicator = IatiActivity['results'][number]['indicators'][number];
type IatiValue = IatiIndicator['values'][number];

// IATI code lists: ActivityStatus, ResultType, IndicatorMeasure, OrganisationRole, OrganisationType.
const activityStatus = { planned: '1', active: '2', closed: '4' } as const;
const resultType = { output: '1', outcome: '2', impact: '3' } as const;
const indicatorMeasure = { number: '1', percentage: '2', qualitative: '5' } as const;
const implementingRole = '4';
const localGovernment = '11';
const sexDimension = { women: 'female', men: 'male', other: 'other or not stated' } as const;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeText = (text: string) => text.replace(/[&<>]/g, (character) => entities[character]);
const escapeAttribute = (text: string) => text.replace(/[&<>"]/g, (character) => entities[character]);

type Attributes = Record<string, string | number | boolean | null | undefined>;

function element(name: string, attributes: Attributes, children: string[] = []) {
  const attributeText = Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeAttribute(String(value))}"`)
    .join('');
  return children.length === 0 ? `<${name}${attributeText}/>` : `<${name}${attributeText}>${children.join('')}</${name}>`;
}

const narrative = (text: string) => `<narrative>${escapeText(text)}</narrative>`;
const narrated = (name: string, text: string, attributes: Attributes = {}) => element(name, attributes, [narrative(text)]);

function period(year: number, values: IatiValue[], qualitative: boolean) {
  const figure = (kind: 'target' | 'actual') =>
    values
      .filter((value) => value[kind] !== null || (qualitative && kind === 'actual' && value.comment))
      .map((value) =>
        element(kind, { value: qualitative ? undefined : value[kind] }, [
          ...(value.sex === 'total' ? [] : [element('dimension', { name: 'sex', value: sexDimension[value.sex] })]),
          ...(kind === 'actual' && value.comment ? [element('comment', {}, [narrative(value.comment)])] : []),
        ]),
      );
  return element('period', {}, [element('period-start', { 'iso-date': `${year}-01-01` }), element('period-end', { 'iso-date': `${year}-12-31` }), ...figure('target'), ...figure('actual')]);
}

function indicator(entry: IatiIndicator) {
  const qualitative = entry.measure === 'qualitative';
  const years = [...new Set(entry.values.map((value) => value.year))].sort();
  const title = entry.unit ? `${entry.title} (${entry.unit})` : entry.title;
  return element('indicator', { measure: indicatorMeasure[entry.measure], ascending: qualitative ? undefined : entry.higher_is_better ? '1' : '0' }, [
    narrated('title', title),
    ...(entry.sdg_indicator_id ? [element('reference', { vocabulary: '9', code: entry.sdg_indicator_id })] : []),
    ...(entry.baseline_year !== null ? [element('baseline', { year: entry.baseline_year, value: qualitative ? undefined : entry.baseline_value })] : []),
    ...years.map((year) => period(year, entry.values.filter((value) => value.year === year), qualitative)),
  ]);
}

function activity(entry: IatiActivity, settings: IatiSettings) {
  const countries = [...new Set(entry.organisations.filter((organisation) => organisation.side === 'partner').map((organisation) => organisation.country_code))];
  // Shares to two decimals that add up to 100, the remainder on the first country.
  const share = Math.floor((100 / countries.length) * 100) / 100;
  const shareOf = (index: number) => (countries.length < 2 ? undefined : index === 0 ? Math.round((100 - share * (countries.length - 1)) * 100) / 100 : share);
  const goalsWithTargets = new Set(entry.target_ids.map((target) => Number(target.split('.')[0])));
  const dates = [
    element('activity-date', { type: '1', 'iso-date': `${entry.starts_year}-01-01` }),
    ...(entry.status !== 'planned' ? [element('activity-date', { type: '2', 'iso-date': `${entry.starts_year}-01-01` })] : []),
    ...(entry.ends_year !== null ? [element('activity-date', { type: '3', 'iso-date': `${entry.ends_year}-12-31` })] : []),
    ...(entry.status === 'closed' && entry.ends_year !== null ? [element('activity-date', { type: '4', 'iso-date': `${entry.ends_year}-12-31` })] : []),
  ];
  const results = entry.results.filter((result) => result.indicators.length > 0);
  return element('iati-activity', { 'last-updated-datetime': new Date(entry.updated_at).toISOString().replace(/\.\d{3}Z$/, 'Z'), 'xml:lang': 'en' }, [
    `<iati-identifier>${escapeText(`${settings.iati_activity_prefix}-${entry.id}`)}</iati-identifier>`,
    narrated('reporting-org', settings.reporting_org_name, { ref: settings.reporting_org_ref, type: settings.reporting_org_type }),
    narrated('title', entry.name),
    // The schema asks for a description; a partnership without one is described by its name.
    narrated('description', entry.description || entry.name, { type: '1' }),
    ...entry.organisations.map((organisation) => narrated('participating-org', organisation.name, { ref: organisation.iati_ref, role: implementingRole, type: localGovernment })),
    element('activity-status', { code: activityStatus[entry.status] }),
    ...dates,
    ...countries.map((code, index) => element('recipient-country', { code, percentage: shareOf(index) })),
    ...entry.target_ids.map((target) => element('tag', { vocabulary: '3', code: target })),
    ...entry.focus_goal_ids.filter((goal) => !goalsWithTargets.has(goal)).map((goal) => element('tag', { vocabulary: '2', code: goal })),
    ...results.map((result) =>
      element('result', { type: resultType[result.level] }, [narrated('title', result.title), ...(result.description ? [narrated('description', result.description)] : []), ...result.indicators.map(indicator)]),
    ),
  ]);
}

/** The whole file: the programme's partnerships as IATI activities, reported by the programme. */
export function iatiXml(activities: IatiActivity[], settings: IatiSettings, generatedAt: Date) {
  const stamp = generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element('iati-activities', { version: '2.03', 'generated-datetime': stamp }, activities.map((entry) => activity(entry, settings)))}\n`;
}
