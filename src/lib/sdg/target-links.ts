import { z } from 'zod';
import { vocabularies } from '@/lib/vocabularies';

/** The SDG targets something contributes to (activities, results): at least one, each direct or indirect. */
export const targetLinksSchema = z
  .array(z.object({ target_id: z.string(), contribution: z.enum(vocabularies.contribution) }))
  .min(1, 'validation.targetRequired');
