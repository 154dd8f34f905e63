import type { FieldChange } from './stale-edit-dialog';

type FieldDescriptions<Values> = { [Field in keyof Values]?: { label: string; show?: (value: Values[Field]) => string } };

const plain = (value: unknown): string => {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(plain).sort().join(', ');
  return String(value);
};

/** The described fields where the saved version and the viewer's unsaved one differ, as readers see them. */
export function fieldChanges<Values>(saved: Values, yours: Values, fields: FieldDescriptions<Values>): FieldChange[] {
  return (Object.keys(fields) as (keyof Values & string)[]).flatMap((field) => {
    const { label, show } = fields[field]!;
    const describe = (value: Values[typeof field]) => (show && value !== null && value !== undefined && value !== '' ? show(value) || '—' : plain(value));
    const savedText = describe(saved[field]);
    const yourText = describe(yours[field]);
    return savedText === yourText ? [] : [{ field, label, saved: savedText, yours: yourText }];
  });
}
