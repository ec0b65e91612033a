// Every text of <borger-booking>. Danish is the source; English is complete (tsc checks the keys).
import type { Catalog } from '../core/i18n/translate.js';

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

export const bookingMessages: { da: Catalog<BookingKey>; en: Catalog<BookingKey>; ar: Catalog<BookingKey> } = {
  da: {
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
  en: {
    next: 'Continue',
    loading: 'Loading …',
    'step.service': 'What would you like to book?',
    'step.place': 'Where do you want to go?',
    'step.day': 'Which day suits you?',
    'step.time': 'Which time suits you?',
    'step.details': 'Who is coming, and how can we contact you?',
    'step.check': 'Check your booking',
    'step.confirmation': 'Your appointment is booked',
    'step.view': 'Your booking',
    'step.cancel-confirm': 'Do you want to cancel the appointment?',
    'step.cancelled': 'The appointment is cancelled',
    'step.reschedule-day': 'Choose a new day',
    'step.reschedule-time': 'Choose a new time',
    'step.reschedule-check': 'Do you want to move the appointment?',
    'step.not-found': 'We cannot find the booking',
    summaryTitle: 'There is a problem',
    'missing.service': 'Choose what you would like to book',
    'missing.place': 'Choose where you would like to come',
    'missing.day': 'Choose a day with free times',
    'missing.time': 'Choose a time',
    noServices: 'There is nothing to book right now.',
    noPlaces: 'There is nowhere to book {service} right now.',
    'kind.borgerservice': 'Citizen service',
    'kind.library': 'Library with citizen service',
    'kind.other': 'Other place',
    accessibility: 'Accessibility: {text}',
    'calendar.previous': 'Previous month',
    'calendar.next': 'Next month',
    'calendar.help':
      'Use the arrow keys to move between days, Home and End for the start and end of the week, and Page Up and Page Down to change month. Press Enter to choose the day.',
    'calendar.free': { one: '{date}, 1 free time', other: '{date}, {count} free times' },
    'calendar.none': '{date}, no free times',
    'calendar.past': '{date}, in the past',
    'calendar.selected': { one: '{date}, chosen, 1 free time', other: '{date}, chosen, {count} free times' },
    'calendar.week': 'Week {week}',
    'calendar.whyFull': '{date} has no free times. Choose a day with a dot.',
    'calendar.whyPast': '{date} is in the past. Choose a day with a dot.',
    'calendar.loading': 'Loading free times …',
    'calendar.legendFree': 'Free times',
    'calendar.legendToday': 'Today',
    'calendar.chosen': { one: 'Chosen: {date}, 1 free time', other: 'Chosen: {date}, {count} free times' },
    'calendar.noneAhead': 'There are no free times here in the coming months. Go back and choose another place, or contact us.',
    'announce.dayChosen': '{date} is chosen.',
    'part.morning': 'Morning',
    'part.afternoon': 'Afternoon',
    'part.evening': 'Evening',
    'time.range': '{start}–{end}',
    'time.label': 'Free times on {date}',
    'time.noneLeft': 'There are no more free times on this day. Go back and choose another day.',
    'time.current': 'Your time now: {when}',
    when: '{date}, {start}–{end}',
    'field.name': 'Name',
    'field.contact': 'How can we contact you?',
    'field.email': 'Email',
    'field.phone': 'Mobile number',
    'hint.name': 'The name of the person coming.',
    'hint.contact':
      'Enter your email or your mobile number, or both. We only use it if we need to tell you about the appointment, for example if it is cancelled.',
    'hint.phone': 'For example 12 34 56 78',
    privacyTitle: 'Your details',
    privacyDefault:
      'We only use your name and your email or mobile number for this appointment, and we delete them soon after. Do not enter your CPR number: you show ID when you come.',
    'problem.name-missing': 'Enter your name',
    'problem.name-too-long': 'The name is too long. Use at most 100 characters',
    'problem.cpr': 'Do not enter your CPR number here. We only need your name and your email or mobile number',
    'problem.email-invalid': 'Enter an email address like name@example.com',
    'problem.phone-invalid': 'Enter a mobile number with 8 digits, like 12 34 56 78, or with a country code, like +46 70 123 45 67',
    'problem.contact-missing': 'Enter your email or your mobile number, so we can tell you about the appointment',
    'problem.server-invalid.name': 'The booking system could not use the name. Check it and try again',
    'problem.server-invalid.email': 'The booking system could not use the email address. Check it and try again',
    'problem.server-invalid.phone': 'The booking system could not use the mobile number. Check it and try again',
    'row.service': 'What',
    'row.place': 'Place',
    'row.when': 'Time',
    'row.name': 'Name',
    'row.contact': 'Contact',
    'row.code': 'Booking code',
    'row.status': 'Status',
    'changeWhat.service': 'what you book',
    'changeWhat.place': 'place',
    'changeWhat.when': 'day and time',
    'changeWhat.name': 'name',
    'changeWhat.contact': 'contact details',
    confirm: 'Book the appointment',
    sending: 'Booking …',
    'confirmation.lead': 'We look forward to seeing you.',
    'confirmation.code': 'Your booking code is',
    bring: 'Remember to bring',
    addToCalendar: 'Add to calendar',
    manageTitle: 'Move or cancel the appointment',
    manageKeep:
      'The link below is your only copy: we do not send it to you. Keep it, for example as a bookmark. You need it to move or cancel the appointment.',
    moveTime: 'Move the appointment',
    cancelTime: 'Cancel the appointment',
    newBooking: 'Book a new appointment',
    'status.confirmed': 'Confirmed',
    'status.cancelled': 'Cancelled',
    notFound:
      'The link does not work. Part of it may be missing. Check that you used the whole link from your booking. If you cancelled the appointment, you can book a new one.',
    'cancel.body': 'The time becomes free for others. You can always book a new appointment.',
    'cancel.yes': 'Yes, cancel the appointment',
    'cancel.no': 'No, keep the appointment',
    cancelling: 'Cancelling …',
    'cancelled.body': 'You do not need to do anything else.',
    'move.from': 'From',
    'move.to': 'To',
    'move.confirm': 'Move the appointment',
    moving: 'Moving the appointment …',
    'notice.slot-taken': 'Someone else just booked the time you chose. Choose another time. What you entered is kept.',
    'notice.slot-invalid': 'The time you chose can no longer be booked. Choose another time.',
    'notice.rejected': 'The booking system could not accept the booking. Check the details and try again.',
    'notice.rescheduled': 'The appointment has been moved.',
    'notice.unknown-service': 'We could not find what the page wanted to book. Please choose below.',
    'notice.unknown-location': 'We could not find the place the page pointed to. Please choose below.',
    'error.network': 'We cannot reach the booking system. Check your internet connection and try again.',
    'error.timeout': 'The booking system is not answering right now. Try again in a moment.',
    'error.internal': 'Something went wrong in the booking system. It is not your fault. Try again in a moment.',
    'error.rate_limited': 'Many people are booking right now. Wait a moment and try again.',
    'error.bad_response': 'The booking system answered something we cannot use. It is not your fault. Try again in a moment.',
    'error.not_found': 'We could not find what you asked for. Try again, or start over.',
    'error.invalid': 'The booking system could not accept the details. Check them and try again.',
    'error.slot_taken': 'Someone else just booked the time. Choose another time.',
    'error.aborted': 'The action was interrupted. Try again.',
    'error.kept': 'What you chose and entered is kept.',
    'error.notConfigured': 'Booking does not work on this page right now.',
    retry: 'Try again',
    call: 'Call us on {phone}',
    'ics.code': 'Booking code: {code}',
    'ics.bring': 'Remember to bring:',
    'ics.manage': 'Use the link from your booking to move or cancel the appointment.',
    'handoff.title': 'What you are booking',
    'handoff.service': 'What',
    'handoff.place': 'Place',
    'handoff.back.guide': 'Back to the guide',
    'handoff.back.channels': 'Back to the ways to get help',
    'fromGuide.title': 'From the guide',
    'fromGuide.what': 'your answers in the guide',
    manageLinkText: 'See, move or cancel your appointment',
    copyLink: 'Copy the link',
    copied: 'The link is copied. Paste it somewhere you can find it again.',
    copyFailed: 'The link could not be copied. Bookmark it instead: right-click it, or press and hold it.',
    manageKeepEmailed:
      'We send a confirmation with the link to your email. Also keep the link below, for example as a bookmark. You need it to move or cancel the appointment.',
    'hint.contactEmailed':
      'Enter your email or your mobile number, or both. If you enter your email, we send you a confirmation with a link to your booking.',
  },
  ar: {
    next: 'متابعة',
    loading: 'جارٍ التحميل …',
    'step.service': 'ماذا تريد أن تحجز؟',
    'step.place': 'أين تريد أن تحضر؟',
    'step.day': 'أي يوم يناسبك؟',
    'step.time': 'أي وقت يناسبك؟',
    'step.details': 'من سيحضر، وكيف يمكننا التواصل معك؟',
    'step.check': 'راجع حجزك',
    'step.confirmation': 'تم حجز موعدك',
    'step.view': 'حجزك',
    'step.cancel-confirm': 'هل تريد إلغاء الموعد؟',
    'step.cancelled': 'تم إلغاء الموعد',
    'step.reschedule-day': 'اختر يومًا جديدًا',
    'step.reschedule-time': 'اختر وقتًا جديدًا',
    'step.reschedule-check': 'هل تريد نقل الموعد؟',
    'step.not-found': 'لا يمكننا العثور على الحجز',
    summaryTitle: 'هناك مشكلة',
    'missing.service': 'اختر ما تريد حجزه',
    'missing.place': 'اختر المكان الذي تريد الحضور إليه',
    'missing.day': 'اختر يومًا فيه أوقات متاحة',
    'missing.time': 'اختر وقتًا',
    noServices: 'لا يوجد ما يمكن حجزه الآن.',
    noPlaces: 'لا يوجد مكان يمكن فيه حجز {service} الآن.',
    'kind.borgerservice': 'خدمة المواطنين (Borgerservice)',
    'kind.library': 'مكتبة فيها خدمة المواطنين',
    'kind.other': 'مكان آخر',
    accessibility: 'إمكانية الوصول: {text}',
    'calendar.previous': 'الشهر السابق',
    'calendar.next': 'الشهر التالي',
    'calendar.help':
      'الأيام التي فيها أوقات متاحة عليها نقطة. استخدم مفاتيح الأسهم للتنقل بين الأيام، وHome وEnd لبداية الأسبوع ونهايته، وPage Up وPage Down لتغيير الشهر.',
    'calendar.free': {
      one: '{date}، وقت واحد متاح',
      two: '{date}، وقتان متاحان',
      few: '{date}، {count} أوقات متاحة',
      other: '{date}، أوقات متاحة: {count}',
    },
    'calendar.none': '{date}، لا توجد أوقات متاحة',
    'calendar.past': '{date}، هذا اليوم مضى',
    'calendar.selected': {
      one: '{date}، تم اختياره، وقت واحد متاح',
      two: '{date}، تم اختياره، وقتان متاحان',
      few: '{date}، تم اختياره، {count} أوقات متاحة',
      other: '{date}، تم اختياره، أوقات متاحة: {count}',
    },
    'calendar.week': 'الأسبوع {week}',
    'calendar.whyFull': 'لا توجد أوقات متاحة يوم {date}. اختر يومًا عليه نقطة.',
    'calendar.whyPast': 'يوم {date} مضى. اختر يومًا عليه نقطة.',
    'calendar.loading': 'جارٍ تحميل الأوقات المتاحة …',
    'calendar.legendFree': 'أوقات متاحة',
    'calendar.legendToday': 'اليوم',
    'calendar.chosen': {
      one: 'تم اختيار: {date}، وقت واحد متاح',
      two: 'تم اختيار: {date}، وقتان متاحان',
      few: 'تم اختيار: {date}، {count} أوقات متاحة',
      other: 'تم اختيار: {date}، أوقات متاحة: {count}',
    },
    'calendar.noneAhead': 'لا توجد أوقات متاحة هنا في الأشهر القادمة. ارجع واختر مكانًا آخر، أو تواصل معنا.',
    'announce.dayChosen': 'تم اختيار {date}.',
    'part.morning': 'صباحًا',
    'part.afternoon': 'بعد الظهر',
    'part.evening': 'مساءً',
    'time.range': '{start}–{end}',
    'time.label': 'الأوقات المتاحة يوم {date}',
    'time.noneLeft': 'لا توجد أوقات متاحة أخرى في هذا اليوم. ارجع واختر يومًا آخر.',
    'time.current': 'موعدك الحالي: {when}',
    when: '{date}، {start}–{end}',
    'field.name': 'الاسم',
    'field.contact': 'كيف يمكننا التواصل معك؟',
    'field.email': 'البريد الإلكتروني',
    'field.phone': 'رقم الهاتف المحمول',
    'hint.name': 'اسم الشخص الذي سيحضر.',
    'hint.contact': 'اكتب بريدك الإلكتروني أو رقم هاتفك المحمول، أو كليهما. نستخدمه فقط لإخبارك عن الموعد.',
    'hint.phone': 'مثلًا 12 34 56 78',
    privacyTitle: 'بياناتك',
    privacyDefault:
      'نستخدم اسمك وبريدك الإلكتروني أو رقم هاتفك المحمول لهذا الموعد فقط، ونحذفها بعده بوقت قصير. لا تكتب رقمك الشخصي (CPR): ستُظهر هويتك عند حضورك.',
    'problem.name-missing': 'اكتب اسمك',
    'problem.name-too-long': 'الاسم طويل جدًا. استخدم 100 حرف على الأكثر',
    'problem.cpr': 'لا تكتب رقمك الشخصي (CPR) هنا. نحتاج فقط إلى اسمك وبريدك الإلكتروني أو رقم هاتفك المحمول',
    'problem.email-invalid': 'اكتب عنوان بريد إلكتروني مثل name@example.com',
    'problem.phone-invalid': 'اكتب رقم هاتف محمول من 8 أرقام، مثل 12 34 56 78، أو مع رمز الدولة، مثل ‎+46 70 123 45 67',
    'problem.contact-missing': 'اكتب بريدك الإلكتروني أو رقم هاتفك المحمول، لنتمكن من إخبارك عن الموعد',
    'problem.server-invalid.name': 'لم يتمكن نظام الحجز من استخدام الاسم. تحقق منه وحاول مرة أخرى',
    'problem.server-invalid.email': 'لم يتمكن نظام الحجز من استخدام عنوان البريد الإلكتروني. تحقق منه وحاول مرة أخرى',
    'problem.server-invalid.phone': 'لم يتمكن نظام الحجز من استخدام رقم الهاتف المحمول. تحقق منه وحاول مرة أخرى',
    'row.service': 'ماذا',
    'row.place': 'المكان',
    'row.when': 'الموعد',
    'row.name': 'الاسم',
    'row.contact': 'التواصل',
    'row.code': 'رمز الحجز',
    'row.status': 'الحالة',
    'changeWhat.service': 'ما تحجزه',
    'changeWhat.place': 'المكان',
    'changeWhat.when': 'اليوم والوقت',
    'changeWhat.name': 'الاسم',
    'changeWhat.contact': 'بيانات التواصل',
    confirm: 'احجز الموعد',
    sending: 'جارٍ الحجز …',
    'confirmation.lead': 'نتطلع إلى رؤيتك.',
    'confirmation.code': 'رمز حجزك هو',
    bring: 'تذكّر أن تحضر معك',
    addToCalendar: 'أضف إلى التقويم',
    manageTitle: 'نقل الموعد أو إلغاؤه',
    manageKeep: 'احتفظ بالرابط أدناه، مثلًا كإشارة مرجعية. تحتاج إليه لنقل الموعد أو إلغائه، ولا يمكننا إرساله مرة أخرى.',
    moveTime: 'انقل الموعد',
    cancelTime: 'ألغِ الموعد',
    newBooking: 'احجز موعدًا جديدًا',
    'status.confirmed': 'مؤكَّد',
    'status.cancelled': 'ملغى',
    notFound: 'الرابط لا يعمل. ربما ينقصه جزء. تأكد من أنك استخدمت الرابط كاملًا من حجزك. إذا كنت قد ألغيت الموعد، يمكنك حجز موعد جديد.',
    'cancel.body': 'يصبح الوقت متاحًا للآخرين. يمكنك دائمًا حجز موعد جديد.',
    'cancel.yes': 'نعم، ألغِ الموعد',
    'cancel.no': 'لا، احتفظ بالموعد',
    cancelling: 'جارٍ الإلغاء …',
    'cancelled.body': 'لا تحتاج إلى فعل أي شيء آخر.',
    'move.from': 'من',
    'move.to': 'إلى',
    'move.confirm': 'انقل الموعد',
    moving: 'جارٍ نقل الموعد …',
    'notice.slot-taken': 'حجز شخص آخر للتو الوقت الذي اخترته. اختر وقتًا آخر. ما كتبته محفوظ.',
    'notice.slot-invalid': 'لم يعد من الممكن حجز الوقت الذي اخترته. اختر وقتًا آخر.',
    'notice.rejected': 'لم يتمكن نظام الحجز من قبول الحجز. تحقق من البيانات وحاول مرة أخرى.',
    'notice.rescheduled': 'تم نقل الموعد.',
    'notice.unknown-service': 'لم نعثر على ما أرادت الصفحة حجزه. اختر من القائمة أدناه.',
    'notice.unknown-location': 'لم نعثر على المكان الذي أشارت إليه الصفحة. اختر من القائمة أدناه.',
    'error.network': 'لا يمكننا الوصول إلى نظام الحجز. تحقق من اتصالك بالإنترنت وحاول مرة أخرى.',
    'error.timeout': 'نظام الحجز لا يجيب الآن. حاول مرة أخرى بعد قليل.',
    'error.internal': 'حدث خطأ في نظام الحجز. ليس خطأك. حاول مرة أخرى بعد قليل.',
    'error.rate_limited': 'كثير من الناس يحجزون الآن. انتظر قليلًا وحاول مرة أخرى.',
    'error.bad_response': 'أجاب نظام الحجز بشيء لا يمكننا استخدامه. ليس خطأك. حاول مرة أخرى بعد قليل.',
    'error.not_found': 'لم نعثر على ما طلبته. حاول مرة أخرى، أو ابدأ من جديد.',
    'error.invalid': 'لم يتمكن نظام الحجز من قبول البيانات. تحقق منها وحاول مرة أخرى.',
    'error.slot_taken': 'حجز شخص آخر هذا الوقت للتو. اختر وقتًا آخر.',
    'error.aborted': 'توقف الإجراء. حاول مرة أخرى.',
    'error.kept': 'ما اخترته وكتبته محفوظ.',
    'error.notConfigured': 'الحجز لا يعمل في هذه الصفحة الآن.',
    retry: 'حاول مرة أخرى',
    call: 'اتصل بنا على {phone}',
    'ics.code': 'رمز الحجز: {code}',
    'ics.bring': 'تذكّر أن تحضر معك:',
    'ics.manage': 'استخدم الرابط من حجزك لنقل الموعد أو إلغائه.',
    'handoff.title': 'ما تحجزه',
    'handoff.service': 'ماذا',
    'handoff.place': 'المكان',
    'handoff.back.guide': 'العودة إلى الدليل',
    'handoff.back.channels': 'العودة إلى طرق الحصول على المساعدة',
    'fromGuide.title': 'من الدليل',
    'fromGuide.what': 'إجاباتك في الدليل',
    manageLinkText: 'اطّلع على موعدك أو انقله أو ألغِه',
    copyLink: 'انسخ الرابط',
    copied: 'تم نسخ الرابط. الصقه في مكان يمكنك أن تجده فيه مرة أخرى.',
    copyFailed: 'تعذّر نسخ الرابط. احفظه كإشارة مرجعية بدلًا من ذلك: انقر عليه بزر الفأرة الأيمن، أو اضغط عليه مطولًا.',
    manageKeepEmailed:
      'نرسل إلى بريدك الإلكتروني تأكيدًا فيه الرابط. احتفظ أيضًا بالرابط أدناه، مثلًا كإشارة مرجعية. تحتاج إليه لنقل الموعد أو إلغائه.',
    'hint.contactEmailed':
      'اكتب بريدك الإلكتروني أو رقم هاتفك المحمول، أو كليهما. إذا كتبت بريدك الإلكتروني، نرسل إليك تأكيدًا فيه رابط إلى حجزك.',
  },
};
