import { useTranslation } from 'react-i18next';
import { toCsv } from '@/lib/csv';
import { useFormat } from '@/lib/format';
import type { ProgrammeFilterArgs } from '@/lib/programme-filters';
import { saveBlob } from '@/lib/save-file';
import { codebookTable } from '../api/codebook-rows';
import { codebookFileName } from '../api/export-file-name';
import type { ExportKind } from '../api/codebooks';
import { csvDelimiterOf, type ExportFormat } from '../api/export-formats';
import { useExportDownload } from '../api/use-export-download';

interface ExportCardProps {
  kind: ExportKind;
  args: ProgrammeFilterArgs;
  format: ExportFormat;
  fileName: string;
}

/** One export: what it holds, its file with progress and cancel, and (beside a CSV) its codebook. */
export function ExportCard({ kind, args, format, fileName }: ExportCardProps) {
  const { t, i18n } = useTranslation();
  const numbers = useFormat();
  const title = t(`exports.kinds.${kind}.title`);
  const download = useExportDownload(kind, args, format, fileName);
  const { state } = download;

  const headingId = `export-${kind}`;
  return (
    <section className="card export-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>{t(`exports.kinds.${kind}.intro`)}</p>
      <div className="export-actions">
        <button type="button" className="button button-primary" onClick={() => void download.start()} disabled={state.status === 'running'}>
          {t(format === 'xlsx' ? 'exports.downloadWorkbook' : 'exports.download', { title })}
        </button>
        {format !== 'xlsx' && (
          <button
            type="button"
            className="button"
            onClick={() => {
              const { header, rows } = codebookTable(kind, format, t);
              saveBlob(new Blob([toCsv(header, rows, csvDelimiterOf(format))], { type: 'text/csv;charset=utf-8' }), codebookFileName(kind, i18n.language, format));
            }}
          >
            {t('exports.codebook.download', { title })}
          </button>
        )}
      </div>
      {state.status === 'running' && (
        <div className="export-progress">
          <label htmlFor={`${headingId}-progress`}>
            {state.progress.total === null ? t('exports.starting') : t('exports.progress', { rows: numbers.number(state.progress.rows), total: numbers.number(state.progress.total) })}
          </label>
          <progress id={`${headingId}-progress`} max={state.progress.total ?? undefined} value={state.progress.total === null ? undefined : state.progress.rows} />
          <button type="button" className="button" onClick={download.cancel}>
            {t('exports.cancel', { title })}
          </button>
        </div>
      )}
      <p role="status" className="muted">
        {state.status === 'done' && t('exports.done', { count: state.rows, rows: numbers.number(state.rows) })}
        {state.status === 'cancelled' && t('exports.cancelled')}
      </p>
      {state.status === 'failed' && <p role="alert">{t('exports.failed')}</p>}
    </section>
  );
}
