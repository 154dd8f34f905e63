import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface FieldProps {
  label: string;
  hint?: string;
  error?: { message?: string };
  registration: UseFormRegisterReturn;
}

interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** A label, hint and translated error tied to one control for screen readers. */
function Field({ label, hint, error, control }: Omit<FieldProps, 'registration'> & { control: (props: ControlProps) => ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {control({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error?.message && (
        <p id={errorId} className="field-error">
          {t(error.message)}
        </p>
      )}
    </div>
  );
}

export function TextField({ label, hint, error, registration, ...input }: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  return <Field label={label} hint={hint} error={error} control={(props) => <input {...props} {...input} {...registration} />} />;
}

/**
 * A number typed as text, read by the schema in the reader's language (src/lib/number-input.ts):
 * a browser's number input would drop a decimal comma it does not expect.
 */
export function NumberField({ whole = false, ...field }: FieldProps & { whole?: boolean } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'inputMode'>) {
  return <TextField {...field} type="text" inputMode={whole ? 'numeric' : 'decimal'} autoComplete="off" />;
}

export function TextAreaField({ label, hint, error, registration, ...textarea }: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  return <Field label={label} hint={hint} error={error} control={(props) => <textarea {...props} {...textarea} {...registration} />} />;
}

export function SelectField({ label, hint, error, registration, children, ...select }: FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>) {
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      control={(props) => (
        <select {...props} {...select} {...registration}>
          {children}
        </select>
      )}
    />
  );
}
