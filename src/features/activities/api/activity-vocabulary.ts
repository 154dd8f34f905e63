/** The values the database's constraints allow, for forms and filters (translated under activities.*). */
export const activityKinds = ['workshop', 'training', 'exchange_visit', 'citizen_dialogue', 'study_visit', 'conference', 'other'] as const;
export const principles = ['participation', 'transparency', 'accountability', 'non_discrimination'] as const;
