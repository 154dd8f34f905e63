import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { sessionQuery } from '@/features/auth/api/session';
import { useUpdateLanguage } from '@/features/viewer/api/update-language';
import { isLanguage, languages } from '@/lib/i18n';

const names = { en: 'English', sv: 'Svenska' } as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const session = useQuery(sessionQuery());
  const updateLanguage = useUpdateLanguage();
  return (
    <ToggleButtonGroup
      aria-label={t('app.language')}
      className="language-switch"
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[i18n.language]}
      onSelectionChange={(keys) => {
        const [language] = [...keys];
        if (isLanguage(language)) updateLanguage.mutate({ language, userId: session.data?.user.id });
      }}
    >
      {languages.map((language) => (
        <ToggleButton key={language} id={language} lang={language} className="toggle">
          {names[language]}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
