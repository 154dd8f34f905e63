import type { TFunction } from 'i18next';
import type { FieldChange } from '@/components/form/stale-edit-dialog';
import type { ActivityFormInput } from '../api/save-activity';

const fieldLabels: Record<keyof ActivityFormInput, string> = {
  title: 'activities.fieldTitle',
  description: 'activities.description',
  kind: 'activities.kind',
  starts_on: 'activities.startsOn',
  ends_on: 'activities.endsOn',
  place: 'activities.place',
  participants_women: 'activities.women',
  participants_men: 'activities.men',
  participants_other: 'activities.other',
  principles: 'activities.principle',
  target_groups: 'activities.targetGroups',
  localisation_stage: 'activities.stage',
  targets: 'activities.columnTargets',
};

/** A field's value as a reader sees it, so that two versions can be compared side by side. */
function describe(field: keyof ActivityFormInput, value: unknown, t: TFunction): string {
  if (value === undefined || value === null || value === '') return '—';
  switch (field) {
    case 'kind':
      return t(`activities.kinds.${String(value)}`);
    case 'localisation_stage':
      return t(`activities.stages.${String(value)}`);
    case 'principles':
      return (value as string[]).map((principle) => t(`activities.principles.${principle}`)).sort().join(', ') || '—';
    case 'target_groups':
      return (value as string[]).map((group) => t(`activities.groups.${group}`)).sort().join(', ') || '—';
    case 'targets':
      return (
        (value as ActivityFormInput['targets'])
          .map((link) => `${link.target_id} (${t(`activities.${link.contribution}`)})`)
          .sort()
          .join(', ') || '—'
      );
    default:
      return String(value);
  }
}

/** The fields where the saved activity and the viewer's unsaved version differ. */
export function activityChanges(saved: ActivityFormInput, yours: ActivityFormInput, t: TFunction): FieldChange[] {
  return (Object.keys(fieldLabels) as (keyof ActivityFormInput)[]).flatMap((field) => {
    const savedText = describe(field, saved[field], t);
    const yourText = describe(field, yours[field], t);
    return savedText === yourText ? [] : [{ field, label: t(fieldLabels[field]), saved: savedText, yours: yourText }];
  });
}
