// Every text of <borger-booking>. Danish is the source; English is complete (tsc checks the keys).
import { lazyCatalogs } from '../core/i18n/translate.js';

export type BookingKey =
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
  | 'missing.day'
  | 'missing.time'
  | 'noServices'
  | 'noPlaces'
  | 'kind.borgerservice'
  | 'kind.library'
  | 'kind.other'
  | 'accessibility'
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
  | 'row.code'
  | 'row.status'
  | 'changeWhat.service'
  | 'changeWhat.place'
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
  | 'notice.slot-taken'
  | 'notice.slot-invalid'
  | 'notice.rejected'
  | 'notice.rescheduled'
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
  | 'error.kept'
  | 'error.notConfigured'
  | 'retry'
  | 'call'
  | 'ics.code'
  | 'ics.bring'
  | 'ics.manage'
  | 'handoff.title'
  | 'handoff.service'
  | 'handoff.place'
  | 'handoff.back.guide'
  | 'handoff.back.channels'
  | 'fromGuide.title'
  | 'fromGuide.what'
  | 'manageLinkText'
  | 'copyLink'
  | 'copied'
  | 'copyFailed'
  | 'manageKeepEmailed'
  | 'hint.contactEmailed';

/**
 * Danish is in the widget's first download; the other languages are loaded when a page asks for one
 * (see core/i18n/translate.ts, lazyCatalogs), each from its own file: booking.messages.en.ts, booking.messages.ar.ts.
 */
export const bookingMessages = lazyCatalogs<BookingKey>(
  {
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
    'missing.day': 'Vælg en dag med ledige tider',
    'missing.time': 'Vælg et tidspunkt',
    noServices: 'Der er ingen tider at booke lige nu.',
    noPlaces: 'Der er ingen steder, hvor du kan booke tid til {service} lige nu.',
    'kind.borgerservice': 'Borgerservice',
    'kind.library': 'Bibliotek med borgerservice',
    'kind.other': 'Andet sted',
    accessibility: 'Tilgængelighed: {text}',
    'calendar.previous': 'Forrige måned',
    'calendar.next': 'Næste måned',
    'calendar.help':
      'Brug piletasterne til at gå mellem dagene, Home og End til ugens start og slutning, og Page Up og Page Down til at skifte måned. Tryk Enter for at vælge dagen.',
    'calendar.free': { one: '{date}, 1 ledig tid', other: '{date}, {count} ledige tider' },
    'calendar.none': '{date}, ingen ledige tider',
    'calendar.past': '{date}, dagen er forbi',
    'calendar.selected': { one: '{date}, valgt, 1 ledig tid', other: '{date}, valgt, {count} ledige tider' },
    'calendar.week': 'Uge {week}',
    'calendar.whyFull': '{date} har ingen ledige tider. Vælg en dag med en prik.',
    'calendar.whyPast': '{date} er forbi. Vælg en dag med en prik.',
    'calendar.loading': 'Henter ledige tider …',
    'calendar.legendFree': 'Ledige tider',
    'calendar.legendToday': 'I dag',
    'calendar.chosen': { one: 'Valgt: {date}, 1 ledig tid', other: 'Valgt: {date}, {count} ledige tider' },
    'calendar.noneAhead': 'Der er ingen ledige tider her de næste måneder. Gå tilbage og vælg et andet sted, eller kontakt os.',
    'announce.dayChosen': '{date} er valgt.',
    'part.morning': 'Formiddag',
    'part.afternoon': 'Eftermiddag',
    'part.evening': 'Aften',
    'time.range': '{start}–{end}',
    'time.label': 'Ledige tider {date}',
    'time.noneLeft': 'Der er ikke flere ledige tider denne dag. Gå tilbage og vælg en anden dag.',
    'time.current': 'Din tid nu: {when}',
    when: '{date} kl. {start}–{end}',
    'field.name': 'Navn',
    'field.contact': 'Hvordan kan vi kontakte dig?',
    'field.email': 'E-mail',
    'field.phone': 'Mobilnummer',
    'hint.name': 'Navnet på den, der kommer.',
    'hint.contact':
      'Skriv din e-mail eller dit mobilnummer, eller begge. Vi bruger det kun, hvis vi skal give dig besked om tiden, fx hvis den bliver aflyst.',
    'hint.phone': 'Fx 12 34 56 78',
    privacyTitle: 'Dine oplysninger',
    privacyDefault:
      'Vi bruger kun dit navn og din e-mail eller dit mobilnummer til denne tid, og vi sletter dem kort efter. Skriv ikke dit CPR-nummer: du viser legitimation, når du kommer.',
    'problem.name-missing': 'Skriv dit navn',
    'problem.name-too-long': 'Navnet er for langt. Skriv højst 100 tegn',
    'problem.cpr': 'Skriv ikke dit CPR-nummer her. Vi har kun brug for dit navn og din e-mail eller dit mobilnummer',
    'problem.email-invalid': 'Skriv en e-mailadresse som navn@eksempel.dk',
    'problem.phone-invalid': 'Skriv et mobilnummer med 8 cifre, fx 12 34 56 78, eller med landekode, fx +46 70 123 45 67',
    'problem.contact-missing': 'Skriv din e-mail eller dit mobilnummer, så vi kan give dig besked om tiden',
    'problem.server-invalid.name': 'Bookingsystemet kunne ikke bruge navnet. Tjek det, og prøv igen',
    'problem.server-invalid.email': 'Bookingsystemet kunne ikke bruge e-mailadressen. Tjek den, og prøv igen',
    'problem.server-invalid.phone': 'Bookingsystemet kunne ikke bruge mobilnummeret. Tjek det, og prøv igen',
    'row.service': 'Hvad',
    'row.place': 'Sted',
    'row.when': 'Tid',
    'row.name': 'Navn',
    'row.contact': 'Kontakt',
    'row.code': 'Bookingkode',
    'row.status': 'Status',
    'changeWhat.service': 'hvad du booker',
    'changeWhat.place': 'sted',
    'changeWhat.when': 'dag og tid',
    'changeWhat.name': 'navn',
    'changeWhat.contact': 'kontaktoplysninger',
    confirm: 'Book tiden',
    sending: 'Booker tiden …',
    'confirmation.lead': 'Vi glæder os til at se dig.',
    'confirmation.code': 'Din bookingkode er',
    bring: 'Husk at tage med',
    addToCalendar: 'Tilføj til kalender',
    manageTitle: 'Flyt eller aflys tiden',
    manageKeep:
      'Linket herunder er din eneste kopi: vi sender det ikke til dig. Gem det, fx som bogmærke. Du skal bruge det, hvis du vil flytte eller aflyse tiden.',
    moveTime: 'Flyt tiden',
    cancelTime: 'Aflys tiden',
    newBooking: 'Book en ny tid',
    'status.confirmed': 'Bekræftet',
    'status.cancelled': 'Aflyst',
    notFound:
      'Linket virker ikke. Måske mangler en del af det. Tjek, at du har brugt hele linket fra din booking. Har du aflyst tiden, kan du booke en ny.',
    'cancel.body': 'Tiden bliver ledig til andre. Du kan altid booke en ny tid.',
    'cancel.yes': 'Ja, aflys tiden',
    'cancel.no': 'Nej, behold tiden',
    cancelling: 'Aflyser …',
    'cancelled.body': 'Du behøver ikke gøre mere.',
    'move.from': 'Fra',
    'move.to': 'Til',
    'move.confirm': 'Flyt tiden',
    moving: 'Flytter tiden …',
    'notice.slot-taken': 'En anden nåede lige at booke den tid, du valgte. Vælg en anden tid. Det, du har skrevet, er gemt.',
    'notice.slot-invalid': 'Den tid, du valgte, kan ikke bookes længere. Vælg en anden tid.',
    'notice.rejected': 'Bookingsystemet kunne ikke tage imod bookingen. Tjek oplysningerne, og prøv igen.',
    'notice.rescheduled': 'Tiden er flyttet.',
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
    'error.kept': 'Det, du har valgt og skrevet, er gemt.',
    'error.notConfigured': 'Booking virker ikke på denne side lige nu.',
    retry: 'Prøv igen',
    call: 'Ring til os på {phone}',
    'ics.code': 'Bookingkode: {code}',
    'ics.bring': 'Husk at tage med:',
    'ics.manage': 'Brug linket fra din booking, hvis du vil flytte eller aflyse tiden.',
    'handoff.title': 'Det booker du',
    'handoff.service': 'Hvad',
    'handoff.place': 'Sted',
    'handoff.back.guide': 'Tilbage til vejledningen',
    'handoff.back.channels': 'Tilbage til kontaktmulighederne',
    'fromGuide.title': 'Fra vejledningen',
    'fromGuide.what': 'dine svar i vejledningen',
    manageLinkText: 'Se, flyt eller aflys din tid',
    copyLink: 'Kopiér linket',
    copied: 'Linket er kopieret. Sæt det ind et sted, hvor du kan finde det igen.',
    copyFailed: 'Linket kunne ikke kopieres. Gem det som bogmærke i stedet: højreklik på det, eller hold fingeren på det.',
    manageKeepEmailed:
      'Vi sender en bekræftelse med linket til din e-mail. Gem også linket herunder, fx som bogmærke. Du skal bruge det, hvis du vil flytte eller aflyse tiden.',
    'hint.contactEmailed':
      'Skriv din e-mail eller dit mobilnummer, eller begge. Skriver du din e-mail, sender vi en bekræftelse med et link til din booking.',
  },
  { en: () => import('./booking.messages.en.js'), ar: () => import('./booking.messages.ar.js') },
);
