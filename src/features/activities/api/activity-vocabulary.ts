/** The database's vocabularies of activities, for forms and filters (translated under activities.*). */
import { vocabularies } from '@/lib/vocabularies';

export const activityKinds = vocabularies.activity_kind;
export const principles = vocabularies.principle;
export const targetGroups = vocabularies.target_group;
export const localisationStages = vocabularies.localisation_stage;
