import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller } from 'react-hook-form';
import { fieldChanges } from '@/components/form/field-changes';
import { FormAlert } from '@/components/form/form-alert';
import { SchemaForm, useSchemaForm } from '@/components/form/form';
import { SaveButton } from '@/components/form/save-button';
import { SelectField, TextField } from '@/components/form/text-field';
import { Loading } from '@/components/status/loading';
import { useGuardedSave } from '@/components/form/use-guarded-save';
import { useCountryName } from '@/lib/country-name';
import { writeErrorMessage } from '@/lib/write-errors';
import {
  organisationFieldError,
  organisationKinds,
  organisationQueries,
  organisationSchema,
  suggestedOrganisationName,
  toOrganisationInput,
  useSaveOrganisation,
  type Organisation,
  type OrganisationInput,
} from '../api/organisations';
import { LocalAuthorityPicker } from './local-authority-picker';

const emptyOrganisation: OrganisationInput = { name: '', kind: 'municipality', country_code: 'SE', municipality_code: '' };

/** Creates or edits an organisation; keeps a draft, warns before leaving, and catches stale edits. */
export function OrganisationForm({ organisation, onSaved }: { organisation?: Organisation; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const countryName = useCountryName();
  const countries = useQuery(organisationQueries.countryCodes());
  const form = useSchemaForm(organisationSchema, organisation ? toOrganisationInput(organisation) : emptyOrganisation);
  const save = useSaveOrganisation();
  const guarded = useGuardedSave({
    form,
    draftKey: organisation ? `organisation:${organisation.id}` : 'organisation:new',
    loaded: organisation,
    toInput: toOrganisationInput,
    describeChanges: (saved, yours) =>
      fieldChanges(saved, yours, {
        name: { label: t('organisations.name') },
        kind: { label: t('organisations.kind'), show: (kind) => t(`organisations.kinds.${kind}`) },
        country_code: { label: t('organisations.country'), show: (code) => countryName(String(code)) },
        municipality_code: { label: t('organisations.code') },
      }),
    fetchLatest: () => queryClient.fetchQuery({ ...organisationQueries.detail(organisation?.id ?? ''), staleTime: 0 }),
    persist: (values, version, callbacks) =>
      save.mutate(
        { id: organisation?.id, values, version },
        {
          ...callbacks,
          onError: (error) => {
            const field = organisationFieldError(error);
            if (field) form.setError(field.field, { message: field.message }, { shouldFocus: true });
            callbacks.onError(error);
          },
        },
      ),
    savedVersion: (saved: { id: string; version: number }) => saved.version,
    onSaved: (saved) => onSaved(saved.id),
  });
  // The name filled in from the chosen municipality; a name the admin typed is never replaced.
  const suggestedName = useRef<string | null>(null);
  const errors = form.formState.errors;
  const [kind, country] = form.watch(['kind', 'country_code']);
  if (countries.isPending) return <Loading />;
  if (countries.isError) throw countries.error;
  const sortedCountries = [...countries.data].sort((a, b) => countryName(a).localeCompare(countryName(b)));
  return (
    <>
      {guarded.draftNotice}
      <SchemaForm form={form} label={t(organisation ? 'organisations.edit' : 'organisations.new')} onSubmit={guarded.submit}>
        <FormAlert messageKey={save.isError && !guarded.explained(save.error) && !organisationFieldError(save.error) ? writeErrorMessage(save.error) : null} />
        <TextField label={t('organisations.name')} hint={t('organisations.nameHint')} registration={form.register('name')} error={errors.name} />
        <SelectField label={t('organisations.kind')} registration={form.register('kind')} error={errors.kind}>
          {organisationKinds.map((option) => (
            <option key={option} value={option}>
              {t(`organisations.kinds.${option}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('organisations.country')} registration={form.register('country_code')} error={errors.country_code}>
          {sortedCountries.map((code) => (
            <option key={code} value={code}>
              {countryName(code)}
            </option>
          ))}
        </SelectField>
        {country === 'SE' && kind !== 'district_council' && (
          <Controller
            control={form.control}
            name="municipality_code"
            render={({ field, fieldState }) => (
              <LocalAuthorityPicker
                kind={kind}
                code={field.value}
                onChange={(code, authority) => {
                  field.onChange(code);
                  const name = form.getValues('name').trim();
                  if (!authority || (name && name !== suggestedName.current)) return;
                  suggestedName.current = suggestedOrganisationName(authority);
                  form.setValue('name', suggestedName.current, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
                }}
                error={fieldState.error?.message}
              />
            )}
          />
        )}
        <SaveButton mutation={save} label={t('organisations.save')} />
      </SchemaForm>
      {guarded.dialogs}
    </>
  );
}
