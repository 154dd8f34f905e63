import { useTranslation } from 'react-i18next';
import { toCsv, type CsvDelimiter } from '@/lib/csv';
import { useFormat } from '@/lib/format';
import type { ProgrammeFilterArgs } from '@/lib/programme-filters';
import { saveBlob } from '@/lib/save-file';
import { codebooks, type ExportKind } from '../api/codebooks';
import { useExportDownload } from '../api/use-export-download';

interface ExportCardProps {
  kind: ExportKind;
  args: ProgrammeFilterArgs;
  delimiter: CsvDelimiter;
  /** What the files' names carry of the filters, such as the years. */
  suffix: string;
}

/** One export: what it holds, its CSV with progress and cancel, and its codebook. */
export function ExportCard({ kind, args, delimiter, suffix }: ExportCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = t(`exports.kinds.${kind}.title`);
  const download = useExportDownload(kind, args, delimiter, `${kind.replace('_', '-')}-${suffix}.csv`);
  const { state } = download;
  const saveCodebook = () => {
    const rows = codebooks[kind].map((column) => [column.name, t([`exports.columns.${kind}.${column.name}`, `exports.columns.${column.name}`]), t(`exports.types.${column.type}`), column.allowed?.join('|') ?? '']);
    const csv = toCsv([t('exports.codebook.column'), t('exports.codebook.meaning'), t('exports.codebook.type'), t('exports.codebook.allowed')], rows, delimiter);
    saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${kind.replace('_', '-')}-codebook.csv`);
  };
  const headingId = `export-${kind}`;
  return (
    <section className="card export-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>{t(`exports.kinds.${kind}.intro`)}</p>
      <div className="export-actions">
        <button type="button" className="button button-primary" onClick={() => void download.start()} disabled={state.status === 'running'}>
          {t('exports.download', { title })}
        </button>
        <button type="button" className="button" onClick={saveCodebook}>
          {t('exports.codebook.download', { title })}
        </button>
      </div>
      {state.status === 'running' && (
        <div className="export-progress">
          <label htmlFor={`${headingId}-progress`}>
            {state.progress.total === null ? t('exports.starting') : t('exports.progress', { rows: format.number(state.progress.rows), total: format.number(state.progress.total) })}
          </label>
          <progress id={`${headingId}-progress`} max={state.progress.total ?? undefined} value={state.progress.total === null ? undefined : state.progress.rows} />
          <button type="button" className="button" onClick={download.cancel}>
            {t('exports.cancel', { title })}
          </button>
        </div>
      )}
      <p role="status" className="muted">
        {state.status === 'done' && t('exports.done', { count: state.rows, rows: format.number(state.rows) })}
        {state.status === 'cancelled' && t('exports.cancelled')}
      </p>
      {state.status === 'failed' && <p role="alert">{t('exports.failed')}</p>}
    </section>
  );
}
