/** The database's vocabularies of results (translated under results.*). */
import { vocabularies, type Vocabulary } from '@/lib/vocabularies';

export const resultLevels = vocabularies.result_level;
export const changeLevels = vocabularies.change_level;
export const changeSides = vocabularies.change_side;
export const measures = vocabularies.measure;
export type Measure = Vocabulary<'measure'>;
export const sexes = vocabularies.sex;
export type Sex = Vocabulary<'sex'>;
