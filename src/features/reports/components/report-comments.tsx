import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '@/components/form/form';
import { FormAlert } from '@/components/form/form-alert';
import { SelectField, TextAreaField } from '@/components/form/text-field';
import { useFormat } from '@/lib/format';
import { writeErrorMessage } from '@/lib/write-errors';
import type { Report } from '../api/get-reports';
import { commentSchema, reviewQueries, useAddReportComment, type CommentValues, type ReportComment } from '../api/review-report';

export interface CommentPlace {
  /** 'report', a section, or 'value:<indicator value id>'. */
  about: string;
  label: string;
}

const placeOf = (comment: ReportComment) => comment.section ?? (comment.indicator_value_id ? `value:${comment.indicator_value_id}` : 'report');

interface CommentThreadProps {
  report: Report;
  about: string;
  /** What the place is called, as the answer buttons say it ("… comment on Challenges"). */
  aboutLabel: string;
  canComment: boolean;
}

/** The comments about one place of a report (the whole report, a section, an indicator value), with answers. */
export function CommentThread({ report, about, aboutLabel, canComment }: CommentThreadProps) {
  const { t } = useTranslation();
  const comments = useQuery(reviewQueries.comments(report.id));
  // A sent answer takes the focus, where the closed answer form had it.
  const [answered, setAnswered] = useState<string | null>(null);
  const all = comments.data ?? [];
  const here = all.filter((comment) => !comment.reply_to_id && placeOf(comment) === about);
  if (here.length === 0) return null;
  return (
    <ul className="comments" aria-label={t('comments.listLabel')}>
      {here.map((comment) => (
        <li key={comment.id} id={`comment-${comment.id}`}>
          <CommentBody comment={comment} />
          <ul className="comments comment-replies">
            {all
              .filter((reply) => reply.reply_to_id === comment.id)
              .map((reply) => (
                <li key={reply.id}>
                  <CommentBody comment={reply} focus={reply.id === answered} />
                </li>
              ))}
          </ul>
          {canComment && <AnswerForm report={report} comment={comment} about={about} aboutLabel={aboutLabel} onAnswered={setAnswered} />}
        </li>
      ))}
    </ul>
  );
}

const authorOf = (comment: ReportComment, someone: string) => comment.author?.full_name || someone;

function CommentBody({ comment, focus = false }: { comment: ReportComment; focus?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) element.current?.focus();
  }, [focus]);
  return (
    <div className="comment" ref={element} tabIndex={focus ? -1 : undefined}>
      <p className="comment-meta">
        <strong>{authorOf(comment, t('comments.unknownAuthor'))}</strong> · <time dateTime={comment.created_at}>{format.dateTime(comment.created_at)}</time>
      </p>
      <p className="comment-body">{comment.body}</p>
    </div>
  );
}

interface AnswerFormProps {
  report: Report;
  comment: ReportComment;
  about: string;
  aboutLabel: string;
  onAnswered: (answerId: string) => void;
}

function AnswerForm({ report, comment, about, aboutLabel, onAnswered }: AnswerFormProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const add = useAddReportComment();
  const name = authorOf(comment, t('comments.unknownAuthor'));
  if (!open)
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('comments.answer')} <span className="visually-hidden">{t('comments.answerWhat', { name, about: aboutLabel })}</span>
      </button>
    );
  const send = (values: CommentValues) =>
    add.mutate(
      { report, values, replyTo: comment.id },
      {
        onSuccess: (answerId) => {
          setOpen(false);
          onAnswered(answerId);
        },
      },
    );
  return (
    <Form schema={commentSchema} label={t('comments.answerTo', { name })} defaultValues={{ body: '', about }} onSubmit={send}>
      {(form) => (
        <>
          <FormAlert messageKey={add.isError ? writeErrorMessage(add.error) : null} />
          {/* The answer button gave way to this form: the writer continues here. */}
          <TextAreaField label={t('comments.yourAnswer')} rows={3} autoFocus registration={form.register('body')} error={form.formState.errors.body} />
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
