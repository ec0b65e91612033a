// The texts of the booking server's e-mails. Danish is the source language; English is complete.
// Other languages get Danish (Nordic readers) or English, as the widgets do (core/i18n/locale.ts).
import type { Catalog } from '../../src/core/i18n/translate.js';

export type MailKey =
  | 'subject.confirmation'
  | 'subject.reminder'
  | 'subject.rescheduled'
  | 'subject.cancelled'
  | 'intro.confirmation'
  | 'intro.reminder'
  | 'intro.rescheduled'
  | 'intro.cancelled'
  | 'whenValue'
  | 'subjectDate'
  | 'what'
  | 'when'
  | 'where'
  | 'accessibility'
  | 'code'
  | 'bring'
  | 'manageLink'
  | 'manageElsewhere'
  | 'bookAgain'
  | 'calendarAttached'
  | 'calendarCancelled'
  | 'noReply'
  | 'ics.code'
  | 'ics.bring'
  | 'ics.manage';

export const MAIL_LANGUAGES = ['da', 'en'] as const;

export const mailMessages: { da: Catalog<MailKey>; en: Catalog<MailKey> } = {
  da: {
    'subject.confirmation': 'Din tid er booket: {service} {date}',
    'subject.reminder': 'Husk din tid: {service} {date}',
    'subject.rescheduled': 'Din tid er flyttet: {service} {date}',
    'subject.cancelled': 'Din tid er aflyst: {service} {date}',
    'intro.confirmation': 'Tak for din booking. Her er din tid.',
    'intro.reminder': 'Vi minder dig om din tid.',
    'intro.rescheduled': 'Din tid er flyttet. Her er den nye tid.',
    'intro.cancelled': 'Din tid er aflyst. Du skal ikke komme.',
    // Always "dansk tid": the reader's own clock is unknown to the server.
    whenValue: '{date} kl. {start}–{end} (dansk tid)',
    subjectDate: '{date} kl. {start}',
    what: 'Hvad',
    when: 'Hvornår',
    where: 'Hvor',
    accessibility: 'Adgang',
    code: 'Bookingkode',
    bring: 'Husk at tage med',
    manageLink: 'Se, flyt eller aflys din tid',
    manageElsewhere: 'Vil du flytte eller aflyse tiden, så brug linket i din bekræftelse.',
    bookAgain: 'Vil du have en ny tid, så book igen',
    calendarAttached: 'Tiden er vedhæftet som kalenderfil (.ics), så du kan lægge den i din kalender.',
    calendarCancelled: 'Den vedhæftede kalenderfil (.ics) fjerner tiden fra din kalender.',
    noReply: 'Denne e-mail er sendt automatisk. Du kan ikke svare på den.',
    'ics.code': 'Bookingkode: {code}',
    'ics.bring': 'Husk at tage med:',
    'ics.manage': 'Brug linket i din bekræftelse, hvis du vil flytte eller aflyse tiden.',
  },
  en: {
    'subject.confirmation': 'Your appointment is booked: {service} {date}',
    'subject.reminder': 'Reminder of your appointment: {service} {date}',
    'subject.rescheduled': 'Your appointment has moved: {service} {date}',
    'subject.cancelled': 'Your appointment is cancelled: {service} {date}',
    'intro.confirmation': 'Thank you for your booking. Here is your appointment.',
    'intro.reminder': 'This is a reminder of your appointment.',
    'intro.rescheduled': 'Your appointment has moved. Here is the new time.',
    'intro.cancelled': 'Your appointment is cancelled. You do not need to come.',
    whenValue: '{date}, {start}–{end} (Danish time)',
    subjectDate: '{date} at {start}',
    what: 'What',
    when: 'When',
    where: 'Where',
    accessibility: 'Access',
    code: 'Booking code',
    bring: 'Remember to bring',
    manageLink: 'See, move or cancel your appointment',
    manageElsewhere: 'To move or cancel the appointment, use the link in your confirmation.',
    bookAgain: 'To get a new appointment, book again',
    calendarAttached: 'The appointment is attached as a calendar file (.ics), so you can add it to your calendar.',
    calendarCancelled: 'The attached calendar file (.ics) removes the appointment from your calendar.',
    noReply: 'This email was sent automatically. You cannot reply to it.',
    'ics.code': 'Booking code: {code}',
    'ics.bring': 'Remember to bring:',
    'ics.manage': 'Use the link in your confirmation to move or cancel the appointment.',
  },
};
