import { lazyCatalogs } from '../core/i18n/translate.js';

export type GuideKey =
  | 'next'
  | 'back'
  | 'or'
  | 'yes'
  | 'no'
  | 'errorSummaryTitle'
  | 'errorPrefix'
  | 'error.empty'
  | 'error.emptyMultiple'
  | 'error.exclusive'
  | 'error.unknown'
  | 'error.noWayOn'
  | 'exclusiveCleared'
  | 'othersCleared'
  | 'bringTitle'
  | 'bringHint'
  | 'bringCount'
  | 'print'
  | 'answersTitle'
  | 'changeWhich'
  | 'restart'
  | 'feedbackQuestion'
  | 'feedbackThanks'
  | 'feedbackThanksNo'
  | 'feedbackMoreHelp'
  | 'helpTitle'
  | 'helpIntro'
  | 'readAloud'
  | 'stopReading'
  | 'readAloudFailed'
  | 'helpChannels'
  | 'helpBooking'
  | 'callUs'
  | 'otherHelpLink'
  | 'missing.booking'
  | 'missing.channels'
  | 'bringTitleOnline';

/**
 * Danish is in the widget's first download; the other languages are loaded when a page asks for one
 * (see core/i18n/translate.ts, lazyCatalogs), each from its own file: guide.messages.en.ts, guide.messages.ar.ts.
 */
export const guideMessages = lazyCatalogs<GuideKey>(
  {
    next: 'Fortsæt',
    back: 'Tilbage',
    or: 'eller',
    yes: 'Ja',
    no: 'Nej',
    errorSummaryTitle: 'Der er et problem',
    errorPrefix: 'Fejl:',
    'error.empty': 'Vælg et svar',
    'error.emptyMultiple': 'Vælg mindst ét svar',
    'error.exclusive': '»{label}« kan ikke vælges sammen med andre svar',
    'error.unknown': 'Vælg et af svarene på listen',
    'error.noWayOn': 'Vi kan ikke vise det næste trin. Det er en fejl hos os, ikke hos dig. Se »Brug for hjælp?« nedenfor.',
    exclusiveCleared: 'De andre svar er fjernet, fordi du valgte »{label}«.',
    othersCleared: 'Svaret »{label}« er fjernet.',
    bringTitle: 'Det skal du have med',
    bringTitleOnline: 'Det skal du bruge',
    bringHint: 'Sæt flueben, når du har tingen klar.',
    bringCount: { one: '{checked} af {count} er klar', other: '{checked} af {count} er klar' },
    print: 'Udskriv',
    answersTitle: 'Dine svar',
    changeWhich: 'svaret på »{question}«',
    restart: 'Start forfra',
    feedbackQuestion: 'Fik du svar på dit spørgsmål?',
    feedbackThanks: 'Tak for dit svar.',
    feedbackThanksNo: 'Tak for dit svar. Vi bruger det til at gøre vejledningen bedre.',
    feedbackMoreHelp: 'Du kan også få hjælp på en anden måde:',
    helpTitle: 'Brug for hjælp?',
    helpIntro: 'Vi hjælper gerne. Vælg den måde, der passer dig:',
    readAloud: 'Læs teksten op',
    stopReading: 'Stop oplæsningen',
    readAloudFailed: 'Oplæsningen virker ikke lige nu.',
    helpChannels: 'Se andre måder at få hjælp',
    helpBooking: 'Book en tid hos Borgerservice',
    callUs: 'Ring til os på {phone}',
    otherHelpLink: 'Find andre måder at få hjælp',
    'missing.booking': 'Du kan ikke booke en tid her på siden.',
    'missing.channels': 'Kontaktmulighederne findes ikke her på siden.',
  },
  { en: () => import('./guide.messages.en.js'), ar: () => import('./guide.messages.ar.js') },
);
