// @vitest-environment node
import { createClient } from '@supabase/supabase-js';
import ws from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOutsideLists, hasIatiRefdata, schemaErrors } from '@/testing/iati-schema';
import { generateProgramme } from '../../../../scripts/programme/generator';
import { demoPassword, demoUsers } from '../../../../supabase/demo-users';
import { startStack, type RunningStack } from '../../../../supabase/local/index';
import { iatiXml, type IatiActivity } from './iati-xml';

const settings = { reporting_org_ref: 'SE-ON-555555-5555', reporting_org_name: 'Municipal Partnership Programme', reporting_org_type: '10', iati_activity_prefix: 'SE-ON-555555-5555' };
let stack: RunningStack;

beforeAll(async () => {
  stack = await startStack({ projectDir: new URL('../../../..', import.meta.url).pathname, inMemory: true, reset: true, config: { apiPort: 0, inboxPort: 0, smtpPort: 0 } });
  await generateProgramme(stack.context.db, { partnerships: 24, years: 4, activities: 6, seed: 7 });
  // Every partnership consents to publishing, so that the file has every shape the generator makes.
  await stack.context.db.exec('update public.partnerships set is_public = true');
}, 180_000);
afterAll(() => stack?.stop());

// Generated data has every shape the schema must take: several partner countries, planned and
// closed partnerships, indicators by sex, qualitative ones, results without values.
describe.skipIf(!hasIatiRefdata)('the IATI file of a generated programme', () => {
  it('is valid against the IATI 2.03 schema and uses only codes of the code lists', async () => {
    const analyst = createClient(stack.apiUrl, stack.anonKey, { auth: { persistSession: false }, realtime: { transport: ws as never } });
    await analyst.auth.signInWithPassword({ email: demoUsers.analyst.email, password: demoPassword });
    const { data, error } = await analyst.rpc('iati_activities', { year_from: 2015, year_to: 2030 });
    expect(error).toBeNull();
    const activities = (data as { activity: IatiActivity }[]).map((row) => row.activity);
    expect(activities.length).toBeGreaterThan(24);
    const xml = iatiXml(activities, settings, new Date());
    expect(xml).toContain('<dimension name="sex"');
    expect(xml).toContain('measure="5"');
    expect(schemaErrors(xml)).toBe('');
    expect(codesOutsideLists(xml)).toEqual({});
  });
});
