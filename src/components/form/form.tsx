import { zodResolver } from '@hookform/resolvers/zod';
import type { ReactNode } from 'react';
import { useForm, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';

interface FormProps<Schema extends z.ZodType<FieldValues, FieldValues>> {
  schema: Schema;
  onSubmit: (values: z.output<Schema>) => void;
  defaultValues?: Partial<z.input<Schema>>;
  label: string;
  children: (form: UseFormReturn<z.input<Schema>, unknown, z.output<Schema>>) => ReactNode;
}

/** react-hook-form with the zod schema that the mutation also uses, so both check the same rules. */
export function Form<Schema extends z.ZodType<FieldValues, FieldValues>>({ schema, onSubmit, defaultValues, label, children }: FormProps<Schema>) {
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: defaultValues as never,
    shouldFocusError: true,
  });
  return (
    <form aria-label={label} noValidate onSubmit={form.handleSubmit(onSubmit)} className="form">
      {children(form)}
    </form>
  );
}
