import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldChanges } from '@/components/form/field-changes';
import { FormAlert } from '@/components/form/form-alert';
import { SchemaForm, useSchemaForm } from '@/components/form/form';
import { SaveButton } from '@/components/form/save-button';
import { SelectField, TextAreaField, TextField } from '@/components/form/text-field';
import { useGuardedSave } from '@/components/form/use-guarded-save';
import { goalsQuery } from '@/lib/sdg/get-goals';
import { useCountryName } from '@/lib/country-name';
import { writeErrorMessage } from '@/lib/write-errors';
import { organisationQueries } from '../api/organisations';
import { OrganisationChecklist } from './organisation-checklist';
import {
  adminPartnershipQueries,
  partnershipSchema,
  partnershipStatuses,
  toPartnershipInput,
  useSavePartnership,
  type AdminPartnership,
  type PartnershipInput,
} from '../api/partnerships';

const emptyPartnership: PartnershipInput = {
  name: '',
  status: 'active',
  starts_year: new Date().getFullYear(),
  ends_year: '',
  focus_goal_ids: [],
  description: '',
  is_public: false,
  swedish_organisation_ids: [],
  partner_organisation_ids: [],
};

/** Creates or edits a partnership with its two sides; closing one is choosing the status "closed". */
export function PartnershipForm({ partnership, onSaved }: { partnership?: AdminPartnership; onSaved: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const countryName = useCountryName();
  const organisations = useQuery(organisationQueries.list());
  const goals = useQuery(goalsQuery());
  const form = useSchemaForm(partnershipSchema, partnership ? toPartnershipInput(partnership) : emptyPartnership);
  const save = useSavePartnership();
  const organisationName = (id: string) => organisations.data?.find((organisation) => organisation.id === id)?.name ?? id;
  const guarded = useGuardedSave({
    form,
    draftKey: partnership ? `partnership:${partnership.id}` : 'partnership:new',
    loaded: partnership,
    historyOf: partnership && { table: 'partnerships', rowId: partnership.id },
    toInput: toPartnershipInput,
    describeChanges: (saved, yours) =>
      fieldChanges(saved, yours, {
        name: { label: t('partnerships.name') },
        status: { label: t('partnerships.status'), show: (status) => t(`partnerships.statuses.${status}`) },
        starts_year: { label: t('partnerships.startsYear') },
        ends_year: { label: t('partnerships.endsYear') },
        focus_goal_ids: { label: t('partnerships.focusGoals'), show: (ids) => ids.join(', ') },
        description: { label: t('partnerships.description') },
        is_public: { label: t('partnerships.isPublic'), show: (value) => t(value ? 'partnerships.yes' : 'partnerships.no') },
        swedish_organisation_ids: { label: t('partnerships.swedishSide'), show: (ids) => ids.map(organisationName).join(', ') },
        partner_organisation_ids: { label: t('partnerships.partnerSide'), show: (ids) => ids.map(organisationName).join(', ') },
      }),
    fetchLatest: () => queryClient.fetchQuery({ ...adminPartnershipQueries.detail(partnership?.id ?? ''), staleTime: 0 }),
    persist: (values, version, callbacks) => save.mutate({ values, existing: partnership && { id: partnership.id, version: version ?? partnership.version } }, callbacks),
    savedVersion: (saved: { id: string; version: number }) => saved.version,
    onSaved: (saved) => onSaved(saved.id),
  });
  const errors = form.formState.errors;
  const swedish = (organisations.data ?? []).filter((organisation) => organisation.country_code === 'SE');
  const partners = (organisations.data ?? []).filter((organisation) => organisation.country_code !== 'SE');
  const [chosenSwedish, chosenPartners] = form.watch(['swedish_organisation_ids', 'partner_organisation_ids']);
  return (
    <>
      {guarded.draftNotice}
      <SchemaForm form={form} label={t(partnership ? 'partnerships.edit' : 'partnerships.new')} onSubmit={guarded.submit}>
        <FormAlert messageKey={save.isError && !guarded.explained(save.error) ? writeErrorMessage(save.error) : null} />
        <TextField label={t('partnerships.name')} hint={t('partnerships.nameHint')} registration={form.register('name')} error={errors.name} />
        <OrganisationChecklist
          legend={t('partnerships.swedishSide')}
          filterLabel={t('partnerships.findSwedish')}
          options={swedish.map((organisation) => ({ id: organisation.id, label: organisation.name }))}
          chosen={chosenSwedish}
          registration={form.register('swedish_organisation_ids')}
          error={errors.swedish_organisation_ids}
        />
        <OrganisationChecklist
          legend={t('partnerships.partnerSide')}
          filterLabel={t('partnerships.findPartner')}
          options={partners.map((organisation) => ({ id: organisation.id, label: `${organisation.name} (${countryName(organisation.country_code)})` }))}
          chosen={chosenPartners}
          registration={form.register('partner_organisation_ids')}
          error={errors.partner_organisation_ids}
        />
        <div className="field-row">
          <TextField label={t('partnerships.startsYear')} type="number" inputMode="numeric" registration={form.register('starts_year')} error={errors.starts_year} />
          <TextField label={t('partnerships.endsYear')} hint={t('partnerships.endsYearHint')} type="number" inputMode="numeric" registration={form.register('ends_year')} error={errors.ends_year} />
        </div>
        <SelectField label={t('partnerships.status')} registration={form.register('status')} error={errors.status}>
          {partnershipStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`partnerships.statuses.${status}`)}
            </option>
          ))}
        </SelectField>
        <fieldset className="fieldset">
          <legend>{t('partnerships.focusGoals')}</legend>
          <div className="checkbox-grid">
            {(goals.data ?? []).map((goal) => (
              <label key={goal.id}>
                <input type="checkbox" value={String(goal.id)} {...form.register('focus_goal_ids')} /> {`${goal.id}. ${i18n.language === 'sv' ? goal.short_title_sv : goal.short_title_en}`}
              </label>
            ))}
          </div>
        </fieldset>
        <TextAreaField label={t('partnerships.description')} rows={4} registration={form.register('description')} error={errors.description} />
        <label className="checkbox-field">
          <input type="checkbox" {...form.register('is_public')} /> {t('partnerships.isPublic')}
        </label>
        <SaveButton mutation={save} label={t('partnerships.save')} />
      </SchemaForm>
      {guarded.dialogs}
    </>
  );
}
