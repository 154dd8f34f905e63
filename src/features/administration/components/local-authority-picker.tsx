import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text, useFilter } from 'react-aria-components';
import { Loading } from '@/components/status/loading';
import { organisationQueries, type SwedishLocalAuthority } from '../api/organisations';

interface LocalAuthorityPickerProps {
  kind: 'municipality' | 'region';
  code: string;
  /** The chosen code, with the authority itself (none when the choice is cleared). */
  onChange: (code: string, authority?: SwedishLocalAuthority) => void;
  error?: string;
}

/**
 * Chooses one of Sweden's 290 municipalities or 21 regions by name or by SCB code ("Umeå",
 * "2480"); keyboard and screen-reader behaviour come from react-aria's combobox.
 */
export function LocalAuthorityPicker({ kind, code, onChange, error }: LocalAuthorityPickerProps) {
  const { t } = useTranslation();
  const authorities = useQuery(organisationQueries.swedishLocalAuthorities());
  const { contains } = useFilter({ sensitivity: 'base' });
  if (authorities.isPending) return <Loading />;
  if (authorities.isError) throw authorities.error;
  const ofKind = authorities.data.filter((authority) => authority.kind === kind);
  return (
    <ComboBox
      className="combobox field"
      defaultItems={ofKind}
      defaultFilter={contains}
      selectedKey={code || null}
      onSelectionChange={(key) => onChange(key === null ? '' : String(key), ofKind.find((authority) => authority.code === key))}
      menuTrigger="focus"
      isInvalid={Boolean(error)}
    >
      <Label>{t(kind === 'municipality' ? 'organisations.municipality' : 'organisations.region')}</Label>
      <Text slot="description" className="field-hint">
        {t('organisations.codeHint')}
      </Text>
      <Input />
      <FieldError className="field-error">{error ? t(error) : null}</FieldError>
      <Popover className="popover combobox-popover">
        <ListBox<SwedishLocalAuthority> className="listbox">
          {(authority) => (
            <ListBoxItem id={authority.code} textValue={`${authority.name} (${authority.code})`} className="listbox-item">
              {`${authority.name} (${authority.code})`}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
