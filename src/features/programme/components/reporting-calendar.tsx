import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/form/form-alert';
import { SchemaForm, useSchemaForm } from '@/components/form/form';
import { SaveButton } from '@/components/form/save-button';
import { TextField } from '@/components/form/text-field';
import { Loading } from '@/components/status/loading';
import { writeErrorMessage } from '@/lib/write-errors';
import { deadlineSchema, reportingDeadlinesQuery, useSaveDeadline, type ReportingDeadline } from '../api/reporting-deadlines';

/** One year's deadline, or (without one) a new year's. */
function DeadlineForm({ deadline }: { deadline?: ReportingDeadline }) {
  const { t } = useTranslation();
  const nextYear = new Date().getFullYear();
  const form = useSchemaForm(deadlineSchema, deadline ? { year: deadline.year, due_on: deadline.due_on } : { year: nextYear, due_on: `${nextYear + 1}-03-31` });
  const save = useSaveDeadline();
  const label = deadline ? t('calendar.deadlineOf', { year: deadline.year }) : t('calendar.addYear');
  const errors = form.formState.errors;
  return (
    <li className="card">
      <SchemaForm
        form={form}
        label={label}
        onSubmit={(values) => save.mutate({ values, version: deadline?.version }, { onSuccess: () => !deadline && form.reset({ year: values.year + 1, due_on: `${values.year + 2}-03-31` }) })}
      >
        {deadline ? <h3>{deadline.year}</h3> : <TextField label={t('calendar.year')} type="number" inputMode="numeric" registration={form.register('year')} error={errors.year} />}
        <FormAlert messageKey={save.isError ? (save.error.message.includes('reporting_deadlines_pkey') ? 'calendar.yearTaken' : writeErrorMessage(save.error)) : save.isSuccess ? 'settings.saved' : null} tone={save.isSuccess ? 'success' : 'error'} />
        <TextField label={label} type="date" registration={form.register('due_on')} error={errors.due_on} />
        <SaveButton mutation={save} label={deadline ? t('calendar.save', { year: deadline.year }) : t('calendar.add')} />
      </SchemaForm>
    </li>
  );
}

/** When each year's reports are due; the coordinators see the next deadline on their start page. */
export function ReportingCalendar() {
  const { t } = useTranslation();
  const deadlines = useQuery(reportingDeadlinesQuery());
  if (deadlines.isPending) return <Loading />;
  if (deadlines.isError) throw deadlines.error;
  return (
    <ul className="card-list" aria-label={t('calendar.title')}>
      <DeadlineForm />
      {deadlines.data.map((deadline) => (
        <DeadlineForm key={`${deadline.year}:${deadline.version}`} deadline={deadline} />
      ))}
    </ul>
  );
}
