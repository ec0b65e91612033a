// Renders a booking's e-mails: plain text and simple HTML (every value escaped), in the citizen's
// language, times in Copenhagen's clock saying so ("dansk tid"), and the .ics file made by the same
// writer the widget uses (src/booking/ics.ts). Pure: no clock, no I/O.
import { manageFragment } from '../../src/booking/booking.flow.js';
import type { Booking, Location, Service } from '../../src/booking/booking.schema.js';
import { bookingEvent, icsCalendar, icsFileName } from '../../src/booking/ics.js';
import { parseLanguageTag, shownLanguage } from '../../src/core/i18n/locale.js';
import { createTranslator } from '../../src/core/i18n/translate.js';
import type { LocalizedText } from '../../src/core/localized.js';
import { localize } from '../../src/core/localized.js';
import { formatDate, formatTime } from '../../src/core/time.js';
import { MAIL_LANGUAGES, type MailKey, mailMessages } from './mail.messages.js';
import type { MailContent, MailKind } from './outbox.js';

export interface MailFacts {
  kind: MailKind;
  booking: Pick<Booking, 'id' | 'code' | 'start' | 'end'>;
  service: Service | undefined;
  location: Location | undefined;
  /** The citizen's address. */
  to: string;
  /** The booking's `lang` as the citizen's browser sent it (any BCP 47 tag, or none). */
  lang: string | undefined;
  /**
   * The page with the booking widget (`manage-from-url`); the manage link is this page with
   * `#booking=ID&token=T`. With `token`, the mail carries the link (confirmation, move).
   */
  bookingPageUrl?: string;
  token?: string;
  /** What to bring; default: the service's own list. */
  bring?: readonly LocalizedText[];
  /** DTSTAMP of the attached .ics. */
  now: Date;
}

/** The language a mail is written in: "da" (default, also for Nordic readers) or "en" (everyone else). */
export function mailLanguage(lang: string | undefined): string {
  return shownLanguage(parseLanguageTag(lang), MAIL_LANGUAGES);
}

/** The page URL with the manage fragment (`#booking=ID&token=T`), replacing any fragment it had. */
export function manageUrl(bookingPageUrl: string, id: string, token: string): string {
  const url = new URL(bookingPageUrl);
  url.hash = manageFragment(id, token);
  return url.href;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML text and attribute values (all five characters that matter). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] as string);
}

/** The e-mail for `facts`, ready for the outbox. */
export function renderMail(facts: MailFacts): MailContent {
  const lang = mailLanguage(facts.lang);
  const t = createTranslator<MailKey>(mailMessages, lang);
  const { booking, kind } = facts;
  const start = new Date(booking.start);
  const end = new Date(booking.end);
  const date = formatDate(start, lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const when = t('whenValue', { date, start: formatTime(start, lang), end: formatTime(end, lang) });
  const service = localize(facts.service?.name, lang);
  const place = localize(facts.location?.name, lang);
  const address = facts.location?.address;
  const accessibility = facts.location?.accessibility ? localize(facts.location.accessibility, lang) : undefined;
  const bring = kind === 'cancelled' ? [] : (facts.bring ?? facts.service?.bring ?? []).map((item) => localize(item, lang));
  const link = facts.bookingPageUrl && facts.token ? manageUrl(facts.bookingPageUrl, booking.id, facts.token) : undefined;

  const subjectDate = t('subjectDate', {
    date: formatDate(start, lang, { weekday: 'long', day: 'numeric', month: 'long' }),
    start: formatTime(start, lang),
  });
  const subject = t(`subject.${kind}`, { service, date: subjectDate }).replace(/\s+/g, ' ').trim();

  const facts_: Array<[string, string]> = [
    [t('what'), service],
    [t('when'), when],
    [t('where'), [place, address].filter(Boolean).join(', ')],
    ...(accessibility && kind !== 'cancelled' ? [[t('accessibility'), accessibility] as [string, string]] : []),
    [t('code'), booking.code],
  ];
  const manage =
    kind === 'cancelled'
      ? facts.bookingPageUrl
        ? { text: t('bookAgain'), href: new URL(facts.bookingPageUrl).href.replace(/#.*$/, '') }
        : undefined
      : link
        ? { text: t('manageLink'), href: link }
        : { text: t('manageElsewhere'), href: undefined };
  const attachIcs = kind !== 'reminder';
  const calendarNote = attachIcs ? t(kind === 'cancelled' ? 'calendarCancelled' : 'calendarAttached') : undefined;

  const text = [
    t(`intro.${kind}`),
    '',
    ...facts_.map(([label, value]) => `${label}: ${value}`),
    ...(bring.length > 0 ? ['', `${t('bring')}:`, ...bring.map((item) => `- ${item}`)] : []),
    ...(manage ? ['', manage.href ? `${manage.text}: ${manage.href}` : manage.text] : []),
    ...(calendarNote ? ['', calendarNote] : []),
    '',
    t('noReply'),
    '',
  ].join('\n');

  const html = [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>`,
    `<p>${escapeHtml(t(`intro.${kind}`))}</p>`,
    '<table role="presentation">',
    ...facts_.map(([label, value]) => `<tr><th scope="row" align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`),
    '</table>',
    ...(bring.length > 0
      ? [`<p>${escapeHtml(t('bring'))}:</p>`, `<ul>${bring.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`]
      : []),
    ...(manage
      ? [manage.href ? `<p><a href="${escapeHtml(manage.href)}">${escapeHtml(manage.text)}</a></p>` : `<p>${escapeHtml(manage.text)}</p>`]
      : []),
    ...(calendarNote ? [`<p>${escapeHtml(calendarNote)}</p>`] : []),
    `<p>${escapeHtml(t('noReply'))}</p>`,
    '</body></html>',
    '',
  ].join('\n');

  const content: MailContent = { to: facts.to, lang, subject, text, html };
  if (attachIcs) {
    const event = bookingEvent(
      booking,
      {
        service,
        place,
        address,
        code: t('ics.code', { code: booking.code }),
        bring: { title: t('ics.bring'), items: bring },
        manage: kind === 'cancelled' ? '' : t('ics.manage'),
      },
      facts.now,
    );
    content.ics = {
      fileName: icsFileName(`${service}-${booking.code}`),
      text: icsCalendar(kind === 'cancelled' ? { ...event, status: 'CANCELLED' } : event),
    };
  }
  return content;
}
