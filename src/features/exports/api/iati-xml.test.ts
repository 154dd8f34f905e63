// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { codesOutsideLists, hasIatiRefdata, schemaErrors } from '@/testing/iati-schema';
import { iatiXml, type IatiActivity } from './iati-xml';

const settings = { reporting_org_ref: 'SE-ON-555555-5555', reporting_org_name: 'Municipal Partnership Programme', reporting_org_type: '10', iati_activity_prefix: 'SE-ON-555555-5555' };

const base: IatiActivity = {
  id: '00000000-0000-4000-c000-000000000001',
  name: 'Robertsfors – Machakos',
  description: 'Gender equality in local decision-making & "budgets" <2025>.',
  status: 'active',
  starts_year: 2023,
  ends_year: 2026,
  updated_at: '2025-11-02T10:11:12.345+00:00',
  focus_goal_ids: [5, 16],
  organisations: [
    { name: 'Robertsfors kommun', side: 'swedish', kind: 'municipality', country_code: 'SE', iati_ref: 'SE-KOM-2409' },
    { name: 'Machakos County Government', side: 'partner', kind: 'region', country_code: 'KE', iati_ref: null },
  ],
  target_ids: ['5.5', '5.c'],
  results: [
    {
      title: 'More women in county decision-making',
      description: '',
      level: 'outcome',
      indicators: [
        {
          title: 'Women in the county assembly', sdg_indicator_id: '5.5.1', measure: 'percentage', unit: '%', higher_is_better: true, baseline_year: 2022, baseline_value: 21,
          values: [
            { year: 2024, sex: 'total', target: 30, actual: 29, comment: '' },
            { year: 2025, sex: 'total', target: 33, actual: null, comment: 'Election results come in March.' },
          ],
        },
        {
          title: 'People trained', sdg_indicator_id: null, measure: 'number', unit: 'people', higher_is_better: true, baseline_year: null, baseline_value: null,
          values: [
            { year: 2024, sex: 'total', target: 40, actual: 38, comment: '' },
            { year: 2024, sex: 'women', target: 25, actual: 24, comment: '' },
            { year: 2024, sex: 'men', target: 15, actual: 13, comment: '' },
            { year: 2024, sex: 'other', target: null, actual: 1, comment: '' },
          ],
        },
        { title: 'How councillors describe the change', sdg_indicator_id: null, measure: 'qualitative', unit: '', higher_is_better: true, baseline_year: null, baseline_value: null, values: [{ year: 2025, sex: 'total', target: null, actual: null, comment: 'More confident in budget debates.' }] },
      ],
    },
    { title: 'A result without indicators yet', description: 'Not published.', level: 'output', indicators: [] },
  ],
};

/** Every shape the data takes: several countries, no targets, no results, planned and closed, no description. */
const shapes: IatiActivity[] = [
  base,
  { ...base, id: '00000000-0000-4000-c000-000000000002', name: 'Three countries', status: 'closed', organisations: [...base.organisations, { name: 'A', side: 'partner', kind: 'municipality', country_code: 'TZ', iati_ref: null }, { name: 'B', side: 'partner', kind: 'municipality', country_code: 'UG', iati_ref: null }] },
  { ...base, id: '00000000-0000-4000-c000-000000000003', name: 'Planned, no targets, no results', status: 'planned', ends_year: null, description: '', target_ids: [], results: [] },
  { ...base, id: '00000000-0000-4000-c000-000000000004', name: 'No focus goals, indirect only', focus_goal_ids: [], target_ids: ['16.7'] },
];

const generated = new Date('2026-11-30T12:00:00Z');

describe('iatiXml', () => {
  const xml = iatiXml(shapes, settings, generated);

  it('writes one activity per partnership with the programme as reporting organisation', () => {
    expect(xml.match(/<iati-activity /g)).toHaveLength(shapes.length);
    expect(xml).toContain('<iati-identifier>SE-ON-555555-5555-00000000-0000-4000-c000-000000000001</iati-identifier>');
    expect(xml).toContain('<reporting-org ref="SE-ON-555555-5555" type="10"><narrative>Municipal Partnership Programme</narrative></reporting-org>');
    expect(xml).toContain('Gender equality in local decision-making &amp; "budgets" &lt;2025&gt;.');
  });

  it('tags targets (vocabulary 3), and focus goals without a target (vocabulary 2)', () => {
    const first = xml.split('</iati-activity>')[0];
    expect(first).toContain('<tag vocabulary="3" code="5.5"/><tag vocabulary="3" code="5.c"/><tag vocabulary="2" code="16"/>');
    expect(first).not.toContain('<tag vocabulary="2" code="5"/>');
  });

  it('writes results with official indicator references, baselines, periods and values by sex', () => {
    expect(xml).toContain('<reference vocabulary="9" code="5.5.1"/><baseline year="2022" value="21"/>');
    expect(xml).toContain('<target value="25"><dimension name="sex" value="female"/></target>');
    expect(xml).toContain('<actual><comment><narrative>More confident in budget debates.</narrative></comment></actual>');
    expect(xml).not.toContain('A result without indicators yet');
  });

  it('shares a partnership among its countries to 100 %', () => {
    const second = xml.split('</iati-activity>')[1];
    const shares = [...second.matchAll(/<recipient-country code="[A-Z]{2}" percentage="([\d.]+)"\/>/g)].map((match) => Number(match[1]));
    expect(shares).toHaveLength(3);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(100, 5);
  });

  describe.skipIf(!hasIatiRefdata)('against the IATI 2.03 schema and code lists (../shared/refdata/iati)', () => {
    it('is valid against iati-activities-schema.xsd', () => expect(schemaErrors(xml)).toBe(''));
    it('uses only codes of the code lists', () => expect(codesOutsideLists(xml)).toEqual({}));
  });
});
