import { useTranslation } from 'react-i18next';

/** The outcome of a submit that is not about one field: announced, and translated. */
export function FormAlert({ messageKey, tone = 'error', values }: { messageKey: string | null; tone?: 'error' | 'success'; values?: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={messageKey ? `form-alert form-alert-${tone}` : undefined}>
      {messageKey ? t(messageKey, values) : null}
    </div>
  );
}
