/**
 * A reminder digest as a mail, in the person's language (English or Swedish): a subject, plain
 * text and simple HTML, each item one sentence with a link into the app.
 */

export type DigestItemKind =
  | 'returned'
  | 'comments_to_answer'
  | 'overdue'
  | 'due_in_7_days'
  | 'due_in_30_days'
  | 'waiting_for_review'
  | 'overdue_in_queue';

export interface DigestItem {
  kind: DigestItemKind;
  partnership_id: string;
  partnership_name: string;
  year: number;
  due_on: string | null;
  days: number | null;
  comments: number;
}

export interface Digest {
  digest_id: string;
  email: string;
  full_name: string;
  preferred_language: string;
  digest_frequency: 'weekly' | 'daily';
  items: DigestItem[];
}

interface Sentence {
  partnership: string;
  year: number;
  date: string;
  days: number;
  comments: number;
}

const staffKinds: DigestItemKind[] = ['waiting_for_review', 'overdue_in_queue'];

type Sentences = Record<'returned' | 'commentsToAnswer' | 'overdue' | 'dueSoon' | 'waitingForReview', (sentence: Sentence) => string>;

// Members and staff are told of an overdue report in the same words, and so of either deadline ahead.
const sentenceOf: Record<DigestItemKind, keyof Sentences> = {
  returned: 'returned',
  comments_to_answer: 'commentsToAnswer',
  overdue: 'overdue',
  due_in_7_days: 'dueSoon',
  due_in_30_days: 'dueSoon',
  waiting_for_review: 'waitingForReview',
  overdue_in_queue: 'overdue',
};

interface Texts {
  locale: string;
  subject: (count: number) => string;
  greeting: (name: string) => string;
  intro: string;
  memberHeading: string;
  staffHeading: string;
  sentences: Sentences;
  open: string;
  frequency: Record<Digest['digest_frequency'], string>;
  footer: (frequency: string) => string;
}

const texts: Record<'en' | 'sv', Texts> = {
  en: {
    locale: 'en-GB',
    subject: (count: number) => `Agenda 2030 Partnerships: ${count === 1 ? '1 reminder' : `${count} reminders`}`,
    greeting: (name: string) => (name ? `Hello ${name},` : 'Hello,'),
    intro: 'This is what awaits you in Agenda 2030 Partnerships.',
    memberHeading: 'Your partnerships',
    staffHeading: 'The programme’s reports',
    sentences: {
      returned: (s) => `${s.partnership}: the report for ${s.year} has been returned to you for changes. Change it and submit it again.`,
      commentsToAnswer: (s) =>
        `${s.partnership}: ${s.comments === 1 ? '1 comment' : `${s.comments} comments`} from the reviewers of the report for ${s.year} ${s.comments === 1 ? 'awaits' : 'await'} your answer.`,
      overdue: (s) => `${s.partnership}: the report for ${s.year} was due on ${s.date} and is ${s.days === 1 ? '1 day' : `${s.days} days`} overdue.`,
      dueSoon: (s) => `${s.partnership}: the report for ${s.year} is due on ${s.date}, ${s.days === 0 ? 'today' : s.days === 1 ? 'tomorrow' : `in ${s.days} days`}.`,
      waitingForReview: (s) => `${s.partnership}: the report for ${s.year} has waited ${s.days} days for review.`,
    },
    open: 'Open Agenda 2030 Partnerships',
    frequency: { weekly: 'once a week', daily: 'once a day' },
    footer: (frequency: string) => `You receive this digest ${frequency} when something awaits you. Choose how often, or turn it off, on your profile:`,
  },
  sv: {
    locale: 'sv-SE',
    subject: (count: number) => `Agenda 2030-partnerskap: ${count === 1 ? '1 påminnelse' : `${count} påminnelser`}`,
    greeting: (name: string) => (name ? `Hej ${name}!` : 'Hej!'),
    intro: 'Det här väntar på dig i Agenda 2030-partnerskap.',
    memberHeading: 'Dina partnerskap',
    staffHeading: 'Programmets rapporter',
    sentences: {
      returned: (s) => `${s.partnership}: rapporten för ${s.year} har återsänts till er för ändringar. Ändra den och skicka in den igen.`,
      commentsToAnswer: (s) => `${s.partnership}: ${s.comments === 1 ? '1 kommentar' : `${s.comments} kommentarer`} från granskarna av rapporten för ${s.year} väntar på ert svar.`,
      overdue: (s) => `${s.partnership}: rapporten för ${s.year} skulle vara inskickad senast ${s.date} och är ${s.days === 1 ? '1 dag' : `${s.days} dagar`} försenad.`,
      dueSoon: (s) => `${s.partnership}: rapporten för ${s.year} ska skickas in senast ${s.date}, ${s.days === 0 ? 'i dag' : s.days === 1 ? 'i morgon' : `om ${s.days} dagar`}.`,
      waitingForReview: (s) => `${s.partnership}: rapporten för ${s.year} har väntat på granskning i ${s.days} dagar.`,
    },
    open: 'Öppna Agenda 2030-partnerskap',
    frequency: { weekly: 'en gång i veckan', daily: 'en gång om dagen' },
    footer: (frequency: string) => `Du får den här sammanfattningen ${frequency} när något väntar på dig. Välj hur ofta, eller stäng av den, i din profil:`,
  },
};

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Where an item is dealt with: the report for members, the review queue for staff. */
const linkOf = (item: DigestItem, siteUrl: string) =>
  staffKinds.includes(item.kind) ? `${siteUrl}/programme/reviews` : `${siteUrl}/partnerships/${item.partnership_id}/reports/${item.year}`;

export function renderDigest(digest: Digest, siteUrl: string) {
  const language = digest.preferred_language === 'sv' ? texts.sv : texts.en;
  const site = siteUrl.replace(/\/+$/, '');
  // Deadlines are calendar days: formatted as the date they are, whatever the server's zone.
  const formatDate = (date: string | null) => (date ? new Intl.DateTimeFormat(language.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`)) : '');
  const sentence = (item: DigestItem) =>
    language.sentences[sentenceOf[item.kind]]({ partnership: item.partnership_name, year: item.year, date: formatDate(item.due_on), days: item.days ?? 0, comments: item.comments });
  const sections = [
    { heading: language.memberHeading, items: digest.items.filter((item) => !staffKinds.includes(item.kind)) },
    { heading: language.staffHeading, items: digest.items.filter((item) => staffKinds.includes(item.kind)) },
  ].filter((section) => section.items.length > 0);
  const footer = language.footer(language.frequency[digest.digest_frequency]);
  const profileUrl = `${site}/profile`;

  const text = [
    language.greeting(digest.full_name),
    '',
    language.intro,
    ...sections.flatMap((section) => ['', section.heading, ...section.items.map((item) => `- ${sentence(item)}\n  ${linkOf(item, site)}`)]),
    '',
    `${language.open}: ${site}/`,
    '',
    `${footer} ${profileUrl}`,
  ].join('\n');

  const html = [
    `<p>${escapeHtml(language.greeting(digest.full_name))}</p>`,
    `<p>${escapeHtml(language.intro)}</p>`,
    ...sections.map(
      (section) =>
        `<h2>${escapeHtml(section.heading)}</h2>\n<ul>\n${section.items.map((item) => `  <li><a href="${escapeHtml(linkOf(item, site))}">${escapeHtml(sentence(item))}</a></li>`).join('\n')}\n</ul>`,
    ),
    `<p><a href="${escapeHtml(site)}/">${escapeHtml(language.open)}</a></p>`,
    `<p>${escapeHtml(footer)} <a href="${escapeHtml(profileUrl)}">${escapeHtml(profileUrl)}</a></p>`,
  ].join('\n');

  return { subject: language.subject(digest.items.length), text, html: `<!doctype html>\n<html lang="${digest.preferred_language === 'sv' ? 'sv' : 'en'}">\n<body>\n${html}\n</body>\n</html>` };
}
