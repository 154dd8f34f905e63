import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeFilterArgs } from '@/lib/programme-filters';
import { saveBlob } from '@/lib/save-file';
import { buildIatiFile, isReadyForIati } from '../api/build-iati-file';
import type { IatiSettings } from '../api/iati-xml';

type IatiState = { status: 'idle' | 'running' | 'failed' } | { status: 'done'; activities: number };

/** The IATI 2.03 XML file of the partnerships, once an admin has named the reporting organisation. */
export function IatiCard({ args, suffix, settings }: { args: ProgrammeFilterArgs; suffix: string; settings: IatiSettings | undefined }) {
  const { t } = useTranslation();
  const [state, setState] = useState<IatiState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const ready = settings !== undefined && isReadyForIati(settings);

  async function download() {
    if (!settings) return;
    controller.current?.abort();
    controller.current = new AbortController();
    setState({ status: 'running' });
    try {
      const { blob, activities } = await buildIatiFile(args, settings, controller.current.signal);
      saveBlob(blob, `iati-activities-${suffix}.xml`);
      setState({ status: 'done', activities });
    } catch {
      setState({ status: 'failed' });
    }
  }

  return (
    <section className="card export-card" aria-labelledby="export-iati">
      <h2 id="export-iati">{t('exports.iati.title')}</h2>
      <p>{t('exports.iati.intro')}</p>
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
      </p>
      {state.status === 'failed' && <p role="alert">{t('exports.failed')}</p>}
    </section>
  );
}
