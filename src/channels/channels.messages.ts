import { lazyCatalogs } from '../core/i18n/translate.js';

export type ChannelsKey =
  | 'pickTask'
  | 'pickTaskPlaceholder'
  | 'waysForTask'
  | 'recommended'
  | 'fitPossible'
  | 'alwaysOpen'
  | 'openCloses'
  | 'openUntilMidnightPlus'
  | 'closingSoon'
  | 'closedOpens'
  | 'closedTodayReasonOpens'
  | 'closedNoReopen'
  | 'closedTodayReason'
  | 'today'
  | 'tomorrow'
  | 'onDay'
  | 'hoursTitle'
  | 'closedAllDay'
  | 'call'
  | 'write'
  | 'go'
  | 'showOnMap'
  | 'book'
  | 'unknownTask'
  | 'noChannels'
  | 'kind.selfservice'
  | 'kind.phone'
  | 'kind.chat'
  | 'kind.visit'
  | 'kind.library'
  | 'kind.email'
  | 'kind.digital-post'
  | 'kind.video';

/**
 * Danish is in the widget's first download; the other languages are loaded when a page asks for one
 * (see core/i18n/translate.ts, lazyCatalogs), each from its own file: channels.messages.en.ts, channels.messages.ar.ts.
 */
export const channelsMessages = lazyCatalogs<ChannelsKey>(
  {
    pickTask: 'Hvad skal du have hjælp til?',
    pickTaskPlaceholder: 'Vælg et emne',
    waysForTask: { one: '{count} måde at få hjælp til {task}', other: '{count} måder at få hjælp til {task}' },
    recommended: 'Anbefalet',
    fitPossible: 'Kan også bruges',
    alwaysOpen: 'Altid åben',
    openCloses: 'Åben nu · lukker kl. {time}',
    openUntilMidnightPlus: 'Åben nu · lukker {day} kl. {time}',
    closingSoon: 'Lukker snart · kl. {time}',
    closedOpens: 'Lukket · åbner {day} kl. {time}',
    closedTodayReasonOpens: 'Lukket i dag ({reason}) · åbner {day} kl. {time}',
    closedNoReopen: 'Lukket',
    closedTodayReason: 'Lukket i dag ({reason})',
    today: 'i dag',
    tomorrow: 'i morgen',
    onDay: '{day}',
    hoursTitle: 'Åbningstider de næste 7 dage',
    closedAllDay: 'Lukket',
    call: 'Ring',
    write: 'Skriv til {email}',
    go: 'Gå til {label}',
    showOnMap: 'Adresse',
    book: 'Book tid',
    unknownTask: 'Vi kender ikke emnet "{task}". Vælg et emne på listen.',
    noChannels: 'Der er ingen måder at få hjælp til det her emne endnu.',
    'kind.selfservice': 'Selvbetjening',
    'kind.phone': 'Telefon',
    'kind.chat': 'Chat',
    'kind.visit': 'Mød op',
    'kind.library': 'Bibliotek',
    'kind.email': 'E-mail',
    'kind.digital-post': 'Digital Post',
    'kind.video': 'Videomøde',
  },
  { en: () => import('./channels.messages.en.js'), ar: () => import('./channels.messages.ar.js') },
);
