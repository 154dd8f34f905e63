import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { matchesTarget, targetsQuery, type Target } from '@/lib/sdg/get-targets';

/**
 * Finds an SDG target by number ("5.5") or by words in the reader's language ("gender",
 * "jämställdhet") and shows its full text before it is chosen; keyboard and screen-reader
 * behaviour come from react-aria's combobox.
 */
export function TargetPicker({ onPick, chosen }: { onPick: (targetId: string) => void; chosen: string[] }) {
  const { t, i18n } = useTranslation();
  const targets = useQuery(targetsQuery());
  const [search, setSearch] = useState('');
  const items = (targets.data ?? []).filter((target) => !chosen.includes(target.id) && matchesTarget(target, search, i18n.language)).slice(0, 40);
  return (
    <ComboBox
      className="combobox"
      items={items}
      inputValue={search}
      onInputChange={setSearch}
      menuTrigger="focus"
      onSelectionChange={(key) => {
        if (key === null) return;
        onPick(String(key));
        setSearch('');
      }}
    >
      <Label>{t('targetLinks.add')}</Label>
      <Text slot="description" className="field-hint">
        {t('targetLinks.hint')}
      </Text>
      <Input />
      <Popover className="popover combobox-popover">
        <ListBox<Target> className="listbox">
          {(target) => (
            <ListBoxItem id={target.id} textValue={`${target.id} ${i18n.language === 'sv' ? target.text_sv : target.text_en}`} className="listbox-item">
              <strong>{target.id}</strong> {i18n.language === 'sv' ? target.text_sv : target.text_en}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
