import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertDialog } from '@/components/dialog/alert-dialog';
import { FormAlert } from '@/components/form/form-alert';
import { useFormat } from '@/lib/format';
import { saveFile } from '@/lib/save-file';
import { writeErrorMessage } from '@/lib/write-errors';
import { canPreview } from '../api/evidence-rules';
import { evidenceQueries, signedEvidenceUrl, type Evidence, type EvidenceOwner } from '../api/get-evidence';
import { deleteEvidence } from '../api/upload-evidence';

const sizeText = (bytes: number, number: (value: number) => string) =>
  bytes >= 1024 * 1024 ? `${number(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB` : `${number(Math.max(1, Math.round(bytes / 1024)))} kB`;

/** The stored files, each with a preview (images, PDF), a download and, for members, a delete. */
export function EvidenceList({ files, owner, canEdit }: { files: Evidence[]; owner: EvidenceOwner; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [preview, setPreview] = useState<{ file: Evidence; url: string } | null>(null);
  const [deleting, setDeleting] = useState<Evidence | null>(null);
  const [linkError, setLinkError] = useState<unknown>(null);
  const remove = useMutation({
    mutationFn: deleteEvidence,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evidenceQueries.of(owner).queryKey }),
    onSettled: () => setDeleting(null),
  });

  const open = async (file: Evidence, purpose: 'preview' | 'download') => {
    try {
      setLinkError(null);
      const url = await signedEvidenceUrl(file);
      if (purpose === 'preview') setPreview({ file, url });
      else await saveFile(url, file.file_name);
    } catch (error) {
      setLinkError(error);
    }
  };

  return (
    <>
      <FormAlert messageKey={remove.isError ? writeErrorMessage(remove.error) : linkError ? writeErrorMessage(linkError) : null} />
      <ul className="evidence-files">
        {files.map((file) => (
          <li key={file.id}>
            <span className="upload-name">{file.file_name}</span>
            <span className="muted">
              {sizeText(file.size_bytes, format.number)} · {format.date(file.created_at)}
              {file.linked && ` · ${t('evidence.linkedFromEarlier')}`}
            </span>
            <span className="evidence-actions">
              {canPreview(file.mime_type) && (
                <button type="button" className="button" onClick={() => void open(file, 'preview')}>
                  {t('evidence.preview')}
                  <span className="visually-hidden"> {file.file_name}</span>
                </button>
              )}
              <button type="button" className="button" onClick={() => void open(file, 'download')}>
                {t('evidence.download')}
                  <span className="visually-hidden"> {file.file_name}</span>
              </button>
              {canEdit && !file.linked && (
                <button type="button" className="button button-danger" onClick={() => setDeleting(file)}>
                  {t('evidence.delete')}
                  <span className="visually-hidden"> {file.file_name}</span>
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      <AlertDialog
        role="dialog"
        title={preview?.file.file_name ?? ''}
        isOpen={preview !== null}
        onDismiss={() => setPreview(null)}
        actions={
          <button type="button" className="button" onClick={() => setPreview(null)}>
            {t('evidence.close')}
          </button>
        }
      >
        {preview &&
          (preview.file.mime_type === 'application/pdf' ? (
            <iframe className="evidence-preview" title={preview.file.file_name} src={preview.url} />
          ) : (
            <img className="evidence-preview" alt={preview.file.file_name} src={preview.url} />
          ))}
      </AlertDialog>
      <AlertDialog
        title={t('delete.confirmTitle', { title: deleting?.file_name ?? '' })}
        isOpen={deleting !== null}
        onDismiss={() => setDeleting(null)}
        actions={
          <>
            <button type="button" className="button button-danger" disabled={remove.isPending} onClick={() => deleting && remove.mutate(deleting)}>
              {t('delete.confirm')}
            </button>
            <button type="button" className="button" autoFocus onClick={() => setDeleting(null)}>
              {t('delete.keep')}
            </button>
          </>
        }
      >
        <p>{t('evidence.deleteBody')}</p>
      </AlertDialog>
    </>
  );
}
