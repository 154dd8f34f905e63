import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { refdata } from '../../supabase/tests/support/refdata';

/** The IATI 2.03 schema and code lists, where ../shared/refdata/iati is present (CI must provide it). */
const schema = refdata('iati/iati-activities-schema.xsd');
export const iatiRefdata = path.dirname(schema.path);
export const hasIatiRefdata = schema.present;

/** xmllint's complaints about the file, or nothing when the schema accepts it. */
export function schemaErrors(xml: string) {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'iati-')), 'activities.xml');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', path.join(iatiRefdata, 'iati-activities-schema.xsd'), file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

const codes = (list: string) => new Set([...readFileSync(path.join(iatiRefdata, 'codelists', `${list}.xml`), 'utf8').matchAll(/<code>([^<]+)<\/code>/g)].map((match) => match[1]));
const attributeValues = (xml: string, elementName: string, attribute: string) => [...xml.matchAll(new RegExp(`<${elementName}\\b[^>]*\\b${attribute}="([^"]*)"`, 'g'))].map((match) => match[1]);

/** The codes of the file that are not in their IATI code list, by list. */
export function codesOutsideLists(xml: string) {
  const tags = [...xml.matchAll(/<tag vocabulary="(\d)" code="([^"]+)"/g)];
  const checks: [string, string[]][] = [
    ['ActivityStatus', attributeValues(xml, 'activity-status', 'code')],
    ['ActivityDateType', attributeValues(xml, 'activity-date', 'type')],
    ['DescriptionType', attributeValues(xml, 'description', 'type')],
    ['OrganisationRole', attributeValues(xml, 'participating-org', 'role')],
    ['OrganisationType', [...attributeValues(xml, 'participating-org', 'type'), ...attributeValues(xml, 'reporting-org', 'type')]],
    ['ResultType', attributeValues(xml, 'result', 'type')],
    ['IndicatorMeasure', attributeValues(xml, 'indicator', 'measure')],
    ['TagVocabulary', attributeValues(xml, 'tag', 'vocabulary')],
    ['IndicatorVocabulary', attributeValues(xml, 'reference', 'vocabulary')],
    ['UNSDG-Targets', tags.filter((tag) => tag[1] === '3').map((tag) => tag[2])],
    ['UNSDG-Goals', tags.filter((tag) => tag[1] === '2').map((tag) => tag[2])],
  ];
  return Object.fromEntries(checks.map(([list, values]) => [list, [...new Set(values.filter((value) => !codes(list).has(value)))]]).filter(([, outside]) => outside.length > 0));
}
