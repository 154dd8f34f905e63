/** The values the database's constraints allow, for forms and filters (translated under activities.*). */
export const activityKinds = ['workshop', 'training', 'exchange_visit', 'citizen_dialogue', 'study_visit', 'conference', 'other'] as const;
export const principles = ['participation', 'transparency', 'accountability', 'non_discrimination'] as const;
export const targetGroups = [
  'youth', 'children', 'women', 'marginalised_groups', 'persons_with_disabilities', 'older_people',
  'minorities', 'elected_officials', 'municipal_staff', 'civil_society', 'private_sector', 'general_public',
] as const;
export const localisationStages = ['inform_include', 'set_local_agenda', 'implement_follow_up'] as const;
