import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeFilterArgs } from '@/lib/programme-filters';
import { saveBlob } from '@/lib/save-file';
import { buildIatiFile, isReadyForIati } from '../api/build-iati-file';
import type { IatiSettings } from '../api/iati-xml';

type IatiState = { status: 'idle' | 'running' | 'failed' } | { status: 'done'; activities: number; withheld: string[] };

/** The IATI 2.03 XML file of the partnerships that publish, once an admin has named the reporting organisation. */
export function IatiCard({ args, fileName, settings }: { args: ProgrammeFilterArgs; fileName: string; settings: IatiSettings | undefined }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<IatiState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const ready = settings !== undefined && isReadyForIati(settings);

  async function download() {
    if (!settings) return;
    controller.current?.abort();
    controller.current = new AbortController();
    setState({ status: 'running' });
    try {
      const { blob, activities, withheld } = await buildIatiFile(args, settings, controller.current.signal);
      saveBlob(blob, fileName);
      setState({ status: 'done', activities, withheld });
    } catch {
      setState({ status: 'failed' });
    }
  }

  return (
    <section className="card export-card" aria-labelledby="export-iati">
      <h2 id="export-iati">{t('exports.iati.title')}</h2>
      <p>{t('exports.iati.intro')}</p>
      <p>{t('exports.iati.consent')}</p>
      {settings && !ready ? (
        <p role="note">{t('exports.iati.notReady')}</p>
      ) : (
        <div className="export-actions">
          <button type="button" className="button button-primary" onClick={() => void download()} disabled={!ready || state.status === 'running'}>
            {t('exports.iati.download')}
          </button>
        </div>
      )}
      <p role="status" className="muted">
        {state.status === 'running' && t('exports.starting')}
        {state.status === 'done' && t('exports.iati.done', { count: state.activities })}
        {state.status === 'done' &&
          state.withheld.length > 0 &&
          ` ${t('exports.iati.withheld', { count: state.withheld.length, names: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(state.withheld) })}`}
      </p>
      {state.status === 'failed' && <p role="alert">{t('exports.failed')}</p>}
    </section>
  );
}
