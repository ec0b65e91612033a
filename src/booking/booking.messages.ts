// The texts of <borger-booking>. Danish is the source; English and Arabic are complete (tsc checks the keys).
// Danish comes in three parts: the first steps' texts here, in the first download; the later steps' in
// booking.later-messages.ts and the manage steps' in booking.manage-messages.ts, each in the chunk of the
// steps that show them (addTexts puts them into \`bookingMessages\` when the chunk arrives).
import { type Catalog, lazyCatalogs } from '../core/i18n/translate.js';

/** The texts of the frame and the first steps (service, place), of every step heading and every error. */
export type FirstKey =
  | 'next'
  | 'loading'
  | 'step.service'
  | 'step.place'
  | 'step.day'
  | 'step.time'
  | 'step.details'
  | 'step.check'
  | 'step.confirmation'
  | 'step.view'
  | 'step.cancel-confirm'
  | 'step.cancelled'
  | 'step.reschedule-day'
  | 'step.reschedule-time'
  | 'step.reschedule-check'
  | 'step.not-found'
  | 'summaryTitle'
  | 'missing.service'
  | 'missing.place'
  | 'noServices'
  | 'noPlaces'
  | 'kind.borgerservice'
  | 'kind.library'
  | 'kind.other'
  | 'accessibility'
  | 'changeWhat.service'
  | 'changeWhat.place'
  | 'notice.unknown-service'
  | 'notice.unknown-location'
  | 'error.network'
  | 'error.timeout'
  | 'error.internal'
  | 'error.rate_limited'
  | 'error.bad_response'
  | 'error.not_found'
  | 'error.invalid'
  | 'error.slot_taken'
  | 'error.aborted'
  | 'error.notConfigured'
  | 'retry'
  | 'call'
  | 'handoff.title'
  | 'handoff.service'
  | 'handoff.place'
  | 'handoff.back.guide'
  | 'handoff.back.channels';

/** The texts of the later steps (day, time, details, check, confirmation) and of the calendar file. */
export type LaterKey =
  | 'missing.day'
  | 'missing.time'
  | 'calendar.previous'
  | 'calendar.next'
  | 'calendar.help'
  | 'calendar.free'
  | 'calendar.none'
  | 'calendar.past'
  | 'calendar.selected'
  | 'calendar.week'
  | 'calendar.whyFull'
  | 'calendar.whyPast'
  | 'calendar.loading'
  | 'calendar.legendFree'
  | 'calendar.legendToday'
  | 'calendar.chosen'
  | 'calendar.noneAhead'
  | 'announce.dayChosen'
  | 'part.morning'
  | 'part.afternoon'
  | 'part.evening'
  | 'time.range'
  | 'time.label'
  | 'time.noneLeft'
  | 'time.current'
  | 'when'
  | 'field.name'
  | 'field.contact'
  | 'field.email'
  | 'field.phone'
  | 'hint.name'
  | 'hint.contact'
  | 'hint.phone'
  | 'privacyTitle'
  | 'privacyDefault'
  | 'problem.name-missing'
  | 'problem.name-too-long'
  | 'problem.cpr'
  | 'problem.email-invalid'
  | 'problem.phone-invalid'
  | 'problem.contact-missing'
  | 'problem.server-invalid.name'
  | 'problem.server-invalid.email'
  | 'problem.server-invalid.phone'
  | 'row.service'
  | 'row.place'
  | 'row.when'
  | 'row.name'
  | 'row.contact'
  | 'changeWhat.when'
  | 'changeWhat.name'
  | 'changeWhat.contact'
  | 'confirm'
  | 'sending'
  | 'confirmation.lead'
  | 'confirmation.code'
  | 'bring'
  | 'addToCalendar'
  | 'manageTitle'
  | 'manageKeep'
  | 'moveTime'
  | 'cancelTime'
  | 'newBooking'
  | 'notice.slot-taken'
  | 'notice.slot-invalid'
  | 'notice.rejected'
  | 'error.kept'
  | 'ics.code'
  | 'ics.bring'
  | 'ics.manage'
  | 'fromGuide.title'
  | 'fromGuide.what'
  | 'manageLinkText'
  | 'copyLink'
  | 'copied'
  | 'copyFailed'
  | 'manageKeepEmailed'
  | 'hint.contactEmailed';

/** The texts only the manage steps show (view, cancel, move). */
export type ManageKey =
  | 'row.code'
  | 'row.status'
  | 'status.confirmed'
  | 'status.cancelled'
  | 'notFound'
  | 'cancel.body'
  | 'cancel.yes'
  | 'cancel.no'
  | 'cancelling'
  | 'cancelled.body'
  | 'move.from'
  | 'move.to'
  | 'move.confirm'
  | 'moving'
  | 'notice.rescheduled';

export type BookingKey = FirstKey | LaterKey | ManageKey;

const FIRST_DA: Catalog<FirstKey> = {
  next: 'Fortsæt',
  loading: 'Henter …',
  'step.service': 'Hvad vil du booke tid til?',
  'step.place': 'Hvor vil du møde op?',
  'step.day': 'Hvilken dag passer dig?',
  'step.time': 'Hvilket tidspunkt passer dig?',
  'step.details': 'Hvem kommer, og hvordan kontakter vi dig?',
  'step.check': 'Tjek din booking',
  'step.confirmation': 'Din tid er booket',
  'step.view': 'Din booking',
  'step.cancel-confirm': 'Vil du aflyse tiden?',
  'step.cancelled': 'Tiden er aflyst',
  'step.reschedule-day': 'Vælg en ny dag',
  'step.reschedule-time': 'Vælg et nyt tidspunkt',
  'step.reschedule-check': 'Vil du flytte tiden?',
  'step.not-found': 'Vi kan ikke finde bookingen',
  summaryTitle: 'Der er et problem',
  'missing.service': 'Vælg, hvad du vil booke tid til',
  'missing.place': 'Vælg, hvor du vil møde op',
  noServices: 'Der er ingen tider at booke lige nu.',
  noPlaces: 'Der er ingen steder, hvor du kan booke tid til {service} lige nu.',
  'kind.borgerservice': 'Borgerservice',
  'kind.library': 'Bibliotek med borgerservice',
  'kind.other': 'Andet sted',
  accessibility: 'Tilgængelighed: {text}',
  'changeWhat.service': 'hvad du booker',
  'changeWhat.place': 'sted',
  'notice.unknown-service': 'Vi kunne ikke finde det, siden ville booke tid til. Vælg selv herunder.',
  'notice.unknown-location': 'Vi kunne ikke finde det sted, siden pegede på. Vælg selv herunder.',
  'error.network': 'Vi kan ikke få forbindelse til bookingsystemet. Tjek din internetforbindelse, og prøv igen.',
  'error.timeout': 'Bookingsystemet svarer ikke lige nu. Prøv igen om lidt.',
  'error.internal': 'Der gik noget galt i bookingsystemet. Det er ikke din skyld. Prøv igen om lidt.',
  'error.rate_limited': 'Mange booker lige nu. Vent et øjeblik, og prøv igen.',
  'error.bad_response': 'Bookingsystemet svarede noget, vi ikke kan bruge. Det er ikke din skyld. Prøv igen om lidt.',
  'error.not_found': 'Vi kunne ikke finde det, du bad om. Prøv igen, eller start forfra.',
  'error.invalid': 'Bookingsystemet kunne ikke tage imod oplysningerne. Tjek dem, og prøv igen.',
  'error.slot_taken': 'En anden nåede lige at booke tiden. Vælg en anden tid.',
  'error.aborted': 'Handlingen blev afbrudt. Prøv igen.',
  'error.notConfigured': 'Booking virker ikke på denne side lige nu.',
  retry: 'Prøv igen',
  call: 'Ring til os på {phone}',
  'handoff.title': 'Det booker du',
  'handoff.service': 'Hvad',
  'handoff.place': 'Sted',
  'handoff.back.guide': 'Tilbage til vejledningen',
  'handoff.back.channels': 'Tilbage til kontaktmulighederne',
};

/**
 * Danish: the first steps' texts are in the widget's first download, the others arrive with the chunks
 * of their steps (see the file comment); every other language is loaded whole when a page asks for it
 * (core/i18n/translate.ts, lazyCatalogs): booking.messages.en.ts, booking.messages.ar.ts.
 */
export const bookingMessages = lazyCatalogs<BookingKey>(
  // Complete once the chunks' texts are in; a step is shown only once its chunk (and texts) are there.
  FIRST_DA as Catalog<BookingKey>,
  { en: () => import('./booking.messages.en.js'), ar: () => import('./booking.messages.ar.js') },
);
