import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '@/components/form/form';
import { FormAlert } from '@/components/form/form-alert';
import { SelectField, TextAreaField } from '@/components/form/text-field';
import { useFormat } from '@/lib/format';
import { writeErrorMessage } from '@/lib/write-errors';
import type { Report } from '../api/get-reports';
import { commentSchema, reviewQueries, useAddReportComment, type ReportComment } from '../api/review-report';

export interface CommentPlace {
  /** 'report', a section, or 'value:<indicator value id>'. */
  about: string;
  label: string;
}

const placeOf = (comment: ReportComment) => comment.section ?? (comment.indicator_value_id ? `value:${comment.indicator_value_id}` : 'report');

/** The comments about one place of a report (the whole report, a section, an indicator value), with answers. */
export function CommentThread({ report, about, canComment }: { report: Report; about: string; canComment: boolean }) {
  const { t } = useTranslation();
  const comments = useQuery(reviewQueries.comments(report.id));
  const all = comments.data ?? [];
  const here = all.filter((comment) => !comment.reply_to_id && placeOf(comment) === about);
  if (here.length === 0) return null;
  return (
    <ul className="comments" aria-label={t('comments.listLabel')}>
      {here.map((comment) => (
        <li key={comment.id}>
          <CommentBody comment={comment} />
          <ul className="comments comment-replies">
            {all
              .filter((reply) => reply.reply_to_id === comment.id)
              .map((reply) => (
                <li key={reply.id}>
                  <CommentBody comment={reply} />
                </li>
              ))}
          </ul>
          {canComment && <AnswerForm report={report} comment={comment} about={about} />}
        </li>
      ))}
    </ul>
  );
}

function CommentBody({ comment }: { comment: ReportComment }) {
  const format = useFormat();
  return (
    <div className="comment">
      <p className="comment-meta">
        <strong>{comment.author?.full_name}</strong> · <time dateTime={comment.created_at}>{format.dateTime(comment.created_at)}</time>
      </p>
      <p className="comment-body">{comment.body}</p>
    </div>
  );
}

function AnswerForm({ report, comment, about }: { report: Report; comment: ReportComment; about: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const add = useAddReportComment();
  if (!open)
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('comments.answer')}
        <span className="visually-hidden"> {t('comments.answerTo', { name: comment.author?.full_name })}</span>
      </button>
    );
  return (
    <Form schema={commentSchema} label={t('comments.answerTo', { name: comment.author?.full_name })} defaultValues={{ body: '', about }} onSubmit={(values) => add.mutate({ report, values, replyTo: comment.id }, { onSuccess: () => setOpen(false) })}>
      {(form) => (
        <>
          <FormAlert messageKey={add.isError ? writeErrorMessage(add.error) : null} />
          <TextAreaField label={t('comments.yourAnswer')} rows={3} registration={form.register('body')} error={form.formState.errors.body} />
          <button type="submit" className="button button-primary" disabled={add.isPending}>
            {t('comments.send')}
          </button>
        </>
      )}
    </Form>
  );
}

/** A new comment, about the whole report or one of its places. */
export function NewCommentForm({ report, places }: { report: Report; places: CommentPlace[] }) {
  const { t } = useTranslation();
  const add = useAddReportComment();
  // A sent comment starts a fresh form.
  const [round, setRound] = useState(0);
  return (
    <Form key={round} schema={commentSchema} label={t('comments.new')} defaultValues={{ body: '', about: 'report' }} onSubmit={(values) => add.mutate({ report, values }, { onSuccess: () => setRound((value) => value + 1) })}>
      {(form) => (
        <>
          <FormAlert messageKey={add.isError ? writeErrorMessage(add.error) : add.isSuccess ? 'comments.sent' : null} tone={add.isError ? 'error' : 'success'} />
          <SelectField label={t('comments.about')} registration={form.register('about')}>
            {places.map((place) => (
              <option key={place.about} value={place.about}>
                {place.label}
              </option>
            ))}
          </SelectField>
          <TextAreaField label={t('comments.comment')} rows={4} registration={form.register('body')} error={form.formState.errors.body} />
          <button type="submit" className="button button-primary" disabled={add.isPending}>
            {t('comments.send')}
          </button>
        </>
      )}
    </Form>
  );
}
