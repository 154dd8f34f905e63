import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { targetsQuery } from '@/lib/sdg/get-targets';
import type { targetLinksSchema } from '@/lib/sdg/target-links';
import { GoalBrowser } from './goal-browser';
import { TargetPicker } from './target-picker';

export type TargetLink = z.infer<typeof targetLinksSchema>[number];

interface TargetLinksFieldProps {
  legend: string;
  value: TargetLink[];
  onChange: (links: TargetLink[]) => void;
  /** A translation key. */
  error?: string;
}

/** The SDG targets something contributes to, each marked direct or indirect. */
export function TargetLinksField({ legend, value, onChange, error }: TargetLinksFieldProps) {
  const { t, i18n } = useTranslation();
  const targets = useQuery(targetsQuery());
  const textOf = (targetId: string) => {
    const target = targets.data?.find((candidate) => candidate.id === targetId);
    return target ? (i18n.language === 'sv' ? target.text_sv : target.text_en) : '';
  };
  const errorId = 'target-links-error';
  const chosen = value.map((link) => link.target_id);
  const add = (targetId: string) => onChange([...value, { target_id: targetId, contribution: 'direct' }]);
  return (
    <fieldset className="fieldset" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <TargetPicker chosen={chosen} onPick={add} />
      <GoalBrowser chosen={chosen} onPick={add} />
      {error && (
        <p id={errorId} className="field-error">
          {t(error)}
        </p>
      )}
      <ul className="chosen-targets">
        {value.map((link, index) => (
          <li key={link.target_id}>
            <span className="chosen-target-text">
              <strong>{link.target_id}</strong> {textOf(link.target_id)}
            </span>
            <select
              aria-label={t('targetLinks.contributionOf', { target: link.target_id })}
              value={link.contribution}
              onChange={(event) => onChange(value.map((other, at) => (at === index ? { ...other, contribution: event.target.value as TargetLink['contribution'] } : other)))}
            >
              <option value="direct">{t('targetLinks.direct')}</option>
              <option value="indirect">{t('targetLinks.indirect')}</option>
            </select>
            <button type="button" className="button" onClick={() => onChange(value.filter((_, at) => at !== index))}>
              {t('targetLinks.remove', { target: link.target_id })}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
