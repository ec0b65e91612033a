// Texts of <borger-help> and <borger-term>. Danish is the source; English and Arabic are complete.
import { lazyCatalogs } from '../core/i18n/translate.js';

export type HelpKey =
  | 'toolbar'
  | 'listen'
  | 'pause'
  | 'resume'
  | 'stop'
  | 'speed'
  | 'speedValue'
  | 'noVoice'
  | 'noSpeech'
  | 'readingFailed'
  | 'readingLoading'
  | 'readingUnavailable'
  | 'explainWords'
  | 'termHint'
  | 'termLoading'
  | 'termFailed'
  | 'seeTerm'
  | 'editor.title'
  | 'editor.band.easy'
  | 'editor.band.medium'
  | 'editor.band.hard'
  | 'editor.words'
  | 'editor.sentences'
  | 'editor.longWords'
  | 'editor.longestSentences'
  | 'editor.sentenceWords'
  | 'editor.longestWords'
  | 'editor.wordLetters'
  | 'editor.marked'
  | 'editor.missingTerms'
  | 'editor.noMissingTerms'
  | 'editor.noGlossary'
  | 'glossaryFailedTitle'
  | 'glossaryFailedBody';

/**
 * Danish is in the widget's first download; the other languages are loaded when a page asks for one
 * (see core/i18n/translate.ts, lazyCatalogs), each from its own file: help.messages.en.ts, help.messages.ar.ts.
 */
export const helpMessages = lazyCatalogs<HelpKey>(
  {
    toolbar: 'Hjælp til teksten',
    listen: 'Lyt',
    pause: 'Pause',
    resume: 'Fortsæt',
    stop: 'Stop',
    speed: 'Hastighed',
    speedValue: '{rate} ×',
    noVoice: 'Oplæsning virker ikke her: din enhed har ingen stemme, der kan læse {language}.',
    noSpeech: 'Oplæsning virker ikke i din browser.',
    readingFailed: 'Oplæsningen stoppede uventet. Prøv igen.',
    readingLoading: 'Henter oplæsningen …',
    readingUnavailable: 'Oplæsningen kunne ikke hentes lige nu. Prøv igen om lidt.',
    explainWords: 'Forklar svære ord',
    termLoading: 'Henter forklaringen …',
    termFailed: 'Forklaringen kunne ikke hentes lige nu. Prøv igen om lidt.',
    termHint: 'forklaring',
    seeTerm: 'se',
    'editor.title': 'Redaktørvisning: læsbarhed',
    'editor.band.easy': 'let',
    'editor.band.medium': 'middel',
    'editor.band.hard': 'svær',
    'editor.words': { one: '{count} ord', other: '{count} ord' },
    'editor.sentences': { one: '{count} sætning', other: '{count} sætninger' },
    'editor.longWords': { one: '{count} langt ord (over 6 bogstaver)', other: '{count} lange ord (over 6 bogstaver)' },
    'editor.longestSentences': 'De længste sætninger',
    'editor.sentenceWords': { one: '{count} ord', other: '{count} ord' },
    'editor.longestWords': 'De længste ord',
    'editor.wordLetters': { one: '{count} bogstav', other: '{count} bogstaver' },
    'editor.marked': 'De længste sætninger og ord er markeret i teksten.',
    'editor.missingTerms': { one: '{count} ord fra ordlisten står ikke i teksten', other: '{count} ord fra ordlisten står ikke i teksten' },
    'editor.noMissingTerms': 'Alle ord fra ordlisten står i teksten.',
    'editor.noGlossary': 'Ingen ordliste er indlæst.',
    glossaryFailedTitle: 'Forklaringer af svære ord kan ikke vises lige nu',
    glossaryFailedBody: 'Du kan stadig læse hele teksten herunder.',
  },
  { en: () => import('./help.messages.en.js'), ar: () => import('./help.messages.ar.js') },
);
