import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/form/form-alert';
import { SchemaForm, useSchemaForm } from '@/components/form/form';
import { SaveButton } from '@/components/form/save-button';
import { TextField } from '@/components/form/text-field';
import { Loading } from '@/components/status/loading';
import { useCountryName } from '@/lib/country-name';
import { writeErrorMessage } from '@/lib/write-errors';
import { organisationIdentifierSchema, organisationIdentifiersQuery, useSaveOrganisationIdentifier, type OrganisationIdentifier } from '../api/programme-settings';

/** One organisation's IATI identifier, saved as of the version it was loaded at. */
function OrganisationIdentifierForm({ organisation }: { organisation: OrganisationIdentifier }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const form = useSchemaForm(organisationIdentifierSchema, { iati_ref: organisation.iati_ref ?? '' });
  const save = useSaveOrganisationIdentifier();
  const label = t('settings.identifierOf', { name: organisation.name });
  return (
    <li className="card">
      <SchemaForm form={form} label={label} onSubmit={(values) => save.mutate({ id: organisation.id, iatiRef: values.iati_ref, version: organisation.version })}>
        <p className="muted">{countryName(organisation.country_code)}</p>
        <FormAlert messageKey={save.isError ? writeErrorMessage(save.error) : save.isSuccess ? 'settings.saved' : null} tone={save.isSuccess ? 'success' : 'error'} />
        <TextField label={label} registration={form.register('iati_ref')} error={form.formState.errors.iati_ref} />
        <SaveButton mutation={save} label={t('settings.saveIdentifier', { name: organisation.name })} />
      </SchemaForm>
    </li>
  );
}

/** The organisations' own IATI identifiers, named as participating organisations in the IATI file. */
export function OrganisationIdentifiers() {
  const { t } = useTranslation();
  const organisations = useQuery(organisationIdentifiersQuery());
  if (organisations.isPending) return <Loading />;
  if (organisations.isError) throw organisations.error;
  return (
    <ul className="card-list" aria-label={t('settings.organisationsTitle')}>
      {organisations.data.map((organisation) => (
        <OrganisationIdentifierForm key={organisation.id} organisation={organisation} />
      ))}
    </ul>
  );
}
