import { zodResolver } from '@hookform/resolvers/zod';
import type { ReactNode } from 'react';
import { useForm, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';

type AnySchema = z.ZodType<FieldValues, FieldValues>;

/** react-hook-form with the zod schema that the mutation also uses, so both check the same rules. */
export function useSchemaForm<Schema extends AnySchema>(schema: Schema, defaultValues?: Partial<z.input<Schema>>) {
  return useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: defaultValues as never,
    shouldFocusError: true,
  });
}

interface SchemaFormProps<Input extends FieldValues, Output> {
  form: UseFormReturn<Input, unknown, Output>;
  onSubmit: (values: Output) => void;
  label: string;
  children: ReactNode;
}

/** The form element of a form made with useSchemaForm: checked by the schema before onSubmit. */
export function SchemaForm<Input extends FieldValues, Output>({ form, onSubmit, label, children }: SchemaFormProps<Input, Output>) {
  return (
    <form aria-label={label} noValidate onSubmit={form.handleSubmit(onSubmit)} className="form">
      {children}
    </form>
  );
}

interface FormProps<Schema extends AnySchema> {
  schema: Schema;
  onSubmit: (values: z.output<Schema>) => void;
  defaultValues?: Partial<z.input<Schema>>;
  label: string;
  children: (form: UseFormReturn<z.input<Schema>, unknown, z.output<Schema>>) => ReactNode;
}

/** A whole form in one element, for forms that need nothing of theirs outside it. */
export function Form<Schema extends AnySchema>({ schema, onSubmit, defaultValues, label, children }: FormProps<Schema>) {
  const form = useSchemaForm(schema, defaultValues);
  return (
    <SchemaForm form={form} onSubmit={onSubmit} label={label}>
      {children(form)}
    </SchemaForm>
  );
}
