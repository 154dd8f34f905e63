/** The invitation and recovery mails, in English and Swedish, with the verify link. */
import type { VerifyType } from './one-time-tokens.ts';

const product = 'Agenda 2030 Partnerships';

const texts: Record<VerifyType, { subject: string; en: string; sv: string; action: string }> = {
  invite: {
    subject: `You are invited to ${product} / Inbjudan till ${product}`,
    en: `You have been invited to report your partnership's contribution to Agenda 2030. Follow the link to accept the invitation and choose your password.`,
    sv: `Du har bjudits in för att rapportera ert partnerskaps bidrag till Agenda 2030. Följ länken för att tacka ja och välja ditt lösenord.`,
    action: 'Accept the invitation / Tacka ja',
  },
  recovery: {
    subject: `Reset your password / Återställ ditt lösenord – ${product}`,
    en: 'Someone asked to reset the password of this account. Follow the link to choose a new one. If it was not you, ignore this mail.',
    sv: 'Någon har bett om att återställa lösenordet för det här kontot. Följ länken för att välja ett nytt. Var det inte du kan du bortse från mejlet.',
    action: 'Choose a new password / Välj nytt lösenord',
  },
  magiclink: {
    subject: `Your sign-in link / Din inloggningslänk – ${product}`,
    en: 'Follow the link to sign in.',
    sv: 'Följ länken för att logga in.',
    action: 'Sign in / Logga in',
  },
  email_change: {
    subject: `Confirm the change of your address / Bekräfta bytet av din adress – ${product}`,
    en: 'Someone asked to change the email address of this account. The change is made once the link in this mail and the one sent to the other address are both followed. If it was not you, ignore this mail and the address stays as it is.',
    sv: 'Någon har bett om att byta e-postadressen för det här kontot. Bytet görs när länken i det här mejlet och den som skickats till den andra adressen båda har följts. Var det inte du kan du bortse från mejlet, så förblir adressen som den är.',
    action: 'Confirm the change / Bekräfta bytet',
  },
  signup: {
    subject: `Confirm your address / Bekräfta din adress – ${product}`,
    en: 'Follow the link to confirm your email address.',
    sv: 'Följ länken för att bekräfta din e-postadress.',
    action: 'Confirm / Bekräfta',
  },
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function linkMail(type: VerifyType, to: string, link: string, otp: string) {
  const text = texts[type];
  return {
    to,
    subject: text.subject,
    text: `${text.en}\n\n${text.sv}\n\n${link}\n\nCode / Kod: ${otp}\n`,
    html: `<p>${escapeHtml(text.en)}</p><p lang="sv">${escapeHtml(text.sv)}</p><p><a href="${escapeHtml(link)}">${escapeHtml(text.action)}</a></p><p>Code / Kod: <strong>${otp}</strong></p>`,
  };
}
