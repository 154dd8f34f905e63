import type { TFunction } from 'i18next';
import { fieldChanges } from '@/components/form/field-changes';
import type { ActivityFormInput } from '../api/save-activity';

const translated = (t: TFunction, prefix: string) => (values: readonly string[]) => values.map((value) => t(`${prefix}.${value}`)).sort().join(', ');

/** The fields where the saved activity and the viewer's unsaved version differ. */
export const activityChanges = (saved: ActivityFormInput, yours: ActivityFormInput, t: TFunction) =>
  fieldChanges(saved, yours, {
    title: { label: t('activities.fieldTitle') },
    description: { label: t('activities.description') },
    kind: { label: t('activities.kind'), show: (kind) => t(`activities.kinds.${kind}`) },
    starts_on: { label: t('activities.startsOn') },
    ends_on: { label: t('activities.endsOn') },
    place: { label: t('activities.place') },
    participants_women: { label: t('activities.women') },
    participants_men: { label: t('activities.men') },
    participants_other: { label: t('activities.other') },
    principles: { label: t('activities.principle'), show: translated(t, 'activities.principles') },
    target_groups: { label: t('activities.targetGroups'), show: translated(t, 'activities.groups') },
    localisation_stage: { label: t('activities.stage'), show: (stage) => (stage ? t(`activities.stages.${stage}`) : '') },
    targets: { label: t('activities.columnTargets'), show: (links) => links.map((link) => `${link.target_id} (${t(`targetLinks.${link.contribution}`)})`).sort().join(', ') },
  });
