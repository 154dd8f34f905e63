import { describe, expect, it } from 'vitest';
import { organisationSchema, suggestedOrganisationName } from './organisations';
import { InvitationRefused, invitationSchema, peopleErrorMessage } from './people';

describe('invitationSchema', () => {
  it('reads an address as Auth does, trimmed and in lower case', () => {
    expect(invitationSchema.parse({ email: ' Otieno@Kisumu.Example ', role: 'contributor', partnership_id: 'p', side: 'partner' })).toEqual({
      email: 'otieno@kisumu.example',
      role: 'contributor',
      partnership_id: 'p',
      side: 'partner',
    });
  });

  it('gives a staff role to the programme, never to a partnership or a side of one', () => {
    expect(invitationSchema.parse({ email: 'a@b.se', role: 'analyst', partnership_id: 'p', side: 'partner' })).toMatchObject({ partnership_id: null, side: null });
  });

  it('asks for the partnership of a member role, and for a real address', () => {
    const result = invitationSchema.safeParse({ email: 'not an address', role: 'coordinator', partnership_id: 'p', side: 'swedish' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['email', 'validation.email']]);
    const withoutPartnership = invitationSchema.safeParse({ email: 'a@b.se', role: 'coordinator', partnership_id: '', side: 'swedish' });
    expect(withoutPartnership.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['partnership_id', 'validation.partnershipRequired']]);
  });
});

describe('organisationSchema', () => {
  const swedish = { name: 'Skellefteå kommun', kind: 'municipality', country_code: 'SE', municipality_code: '' } as const;

  it('asks a Swedish municipality or region for its code from the list', () => {
    const result = organisationSchema.safeParse(swedish);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['municipality_code', 'validation.municipalityCode']]);
    expect(organisationSchema.parse({ ...swedish, municipality_code: '2482' }).municipality_code).toBe('2482');
  });

  it('keeps no code for an organisation abroad or a district council', () => {
    expect(organisationSchema.parse({ ...swedish, country_code: 'KE', municipality_code: '2482' }).municipality_code).toBeNull();
    expect(organisationSchema.parse({ ...swedish, kind: 'district_council', municipality_code: '24' }).municipality_code).toBeNull();
  });
});

describe('why a change to people was refused', () => {
  it('names the rule the database gave, or the invitation refusal, else leaves it to the usual messages', () => {
    expect(peopleErrorMessage({ code: 'P0001', message: 'last_coordinator' })).toBe('people.refused.last_coordinator');
    expect(peopleErrorMessage({ code: 'P0001', message: 'own_admin_role' })).toBe('people.refused.own_admin_role');
    expect(peopleErrorMessage(new InvitationRefused('invitations.refused.already_invited'))).toBe('invitations.refused.already_invited');
    expect(peopleErrorMessage({ code: '42501', message: 'not_allowed' })).toBeNull();
  });
});

describe('suggestedOrganisationName', () => {
  it('names a municipality as a kommun and a county as its region', () => {
    expect(suggestedOrganisationName({ kind: 'municipality', name: 'Skellefteå' })).toBe('Skellefteå kommun');
    expect(suggestedOrganisationName({ kind: 'region', name: 'Västerbottens län' })).toBe('Region Västerbotten');
    expect(suggestedOrganisationName({ kind: 'region', name: 'Uppsala län' })).toBe('Region Uppsala');
  });
});
