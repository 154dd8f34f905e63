import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, DropZone, FileTrigger, Text, isFileDropItem } from 'react-aria-components';
import { FormAlert } from '@/components/form/form-alert';
import { useFormat } from '@/lib/format';
import { writeErrorMessage } from '@/lib/write-errors';
import { evidenceFileProblem, evidenceTypes, maxEvidenceBytes } from '../api/evidence-rules';
import { evidenceQueries, type EvidenceOwner } from '../api/get-evidence';
import { uploadErrorMessage, uploadEvidence } from '../api/upload-evidence';
import { EvidenceList } from './evidence-list';

interface Upload {
  id: string;
  name: string;
  progress: number;
  /** A translation key when it failed or was refused. */
  problem: string | null;
  cancel?: () => void;
}

interface EvidencePanelProps {
  partnershipId: string;
  owner: EvidenceOwner;
  /** Members add and remove evidence, unless the year is frozen; staff only read it. */
  canEdit: boolean;
  heading: string;
}

/** The files that prove a piece of work: upload several at once (drop or choose), preview, download, delete. */
export function EvidencePanel({ partnershipId, owner, canEdit, heading }: EvidencePanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const files = useQuery(evidenceQueries.of(owner));
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const update = (id: string, change: Partial<Upload>) => setUploads((current) => current.map((upload) => (upload.id === id ? { ...upload, ...change } : upload)));

  const start = (chosen: File[]) => {
    for (const file of chosen) {
      const id = crypto.randomUUID();
      const problem = evidenceFileProblem(file);
      if (problem) {
        setUploads((current) => [...current, { id, name: file.name, progress: 0, problem }]);
        continue;
      }
      const controller = new AbortController();
      setUploads((current) => [...current, { id, name: file.name, progress: 0, problem: null, cancel: () => controller.abort() }]);
      uploadEvidence({ partnershipId, owner, file, signal: controller.signal, onProgress: (progress) => update(id, { progress }) })
        .then(async () => {
          await queryClient.invalidateQueries({ queryKey: evidenceQueries.of(owner).queryKey });
          setUploads((current) => current.filter((upload) => upload.id !== id));
          setAnnouncement(t('evidence.uploaded', { name: file.name }));
        })
        .catch((error: unknown) => update(id, { problem: uploadErrorMessage(error), cancel: undefined }));
    }
  };

  return (
    <section aria-label={heading} className="evidence">
      <h2>{heading}</h2>
      {files.isError && <FormAlert messageKey={writeErrorMessage(files.error)} />}
      {files.data && files.data.length === 0 && <p>{t('evidence.none')}</p>}
      {files.data && files.data.length > 0 && <EvidenceList files={files.data} owner={owner} canEdit={canEdit} />}
      {canEdit && (
        <DropZone
          className="drop-zone"
          aria-label={t('evidence.dropLabel')}
          onDrop={async (event) => start(await Promise.all(event.items.filter(isFileDropItem).map((item) => item.getFile())))}
        >
          <Text slot="label">{t('evidence.dropHere', { size: format.number(maxEvidenceBytes / 1024 / 1024) })}</Text>
          <FileTrigger allowsMultiple acceptedFileTypes={evidenceTypes} onSelect={(list) => list && start([...list])}>
            <Button className="button">{t('evidence.choose')}</Button>
          </FileTrigger>
        </DropZone>
      )}
      {uploads.length > 0 && (
        <ul className="uploads" aria-label={t('evidence.uploads')}>
          {uploads.map((upload) => (
            <li key={upload.id}>
              <span className="upload-name">{upload.name}</span>
              {upload.problem ? (
                <>
                  <span className="field-error" role="alert">
                    {t(upload.problem, { name: upload.name })}
                  </span>
                  <button type="button" className="button" onClick={() => setUploads((current) => current.filter((other) => other.id !== upload.id))}>
                    {t('evidence.dismiss')}
                    <span className="visually-hidden"> {upload.name}</span>
                  </button>
                </>
              ) : (
                <>
                  <progress value={upload.progress} max={1} aria-label={t('evidence.progressOf', { name: upload.name })} />
                  <span>{format.percent(upload.progress)}</span>
                  <button type="button" className="button" onClick={upload.cancel}>
                    {t('evidence.cancel')}
                    <span className="visually-hidden"> {upload.name}</span>
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
