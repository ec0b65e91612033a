// Texts of <borger-help> and <borger-term>. Danish is the source; English and Arabic are complete.
import type { Catalog } from '../core/i18n/translate.js';

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
  | 'explainWords'
  | 'termHint'
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

type Messages = { da: Catalog<HelpKey>; en: Catalog<HelpKey>; ar: Catalog<HelpKey> };

export const helpMessages: Messages = {
  da: {
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
    explainWords: 'Forklar svære ord',
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
  en: {
    toolbar: 'Help with the text',
    listen: 'Listen',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop',
    speed: 'Speed',
    speedValue: '{rate} ×',
    noVoice: 'Reading aloud does not work here: your device has no voice that can read {language}.',
    noSpeech: 'Reading aloud does not work in your browser.',
    readingFailed: 'The reading stopped unexpectedly. Please try again.',
    explainWords: 'Explain difficult words',
    termHint: 'explanation',
    seeTerm: 'see',
    'editor.title': 'Editor view: readability',
    'editor.band.easy': 'easy',
    'editor.band.medium': 'medium',
    'editor.band.hard': 'hard',
    'editor.words': { one: '{count} word', other: '{count} words' },
    'editor.sentences': { one: '{count} sentence', other: '{count} sentences' },
    'editor.longWords': { one: '{count} long word (over 6 letters)', other: '{count} long words (over 6 letters)' },
    'editor.longestSentences': 'The longest sentences',
    'editor.sentenceWords': { one: '{count} word', other: '{count} words' },
    'editor.longestWords': 'The longest words',
    'editor.wordLetters': { one: '{count} letter', other: '{count} letters' },
    'editor.marked': 'The longest sentences and words are marked in the text.',
    'editor.missingTerms': { one: '{count} glossary word is not in the text', other: '{count} glossary words are not in the text' },
    'editor.noMissingTerms': 'Every glossary word is in the text.',
    'editor.noGlossary': 'No glossary is loaded.',
    glossaryFailedTitle: 'Explanations of difficult words cannot be shown right now',
    glossaryFailedBody: 'You can still read all of the text below.',
  },
  ar: {
    toolbar: 'مساعدة في النص',
    listen: 'استمع',
    pause: 'إيقاف مؤقت',
    resume: 'متابعة',
    stop: 'إيقاف',
    speed: 'السرعة',
    speedValue: '{rate}×',
    noVoice: 'القراءة بصوت عالٍ لا تعمل هنا: لا يوجد على جهازك صوت يقرأ {language}.',
    noSpeech: 'القراءة بصوت عالٍ لا تعمل في متصفحك.',
    readingFailed: 'توقفت القراءة بشكل غير متوقع. حاول مرة أخرى.',
    explainWords: 'اشرح الكلمات الصعبة',
    termHint: 'شرح',
    seeTerm: 'انظر',
    'editor.title': 'عرض المحرر: سهولة القراءة',
    'editor.band.easy': 'سهل',
    'editor.band.medium': 'متوسط',
    'editor.band.hard': 'صعب',
    'editor.words': { other: 'عدد الكلمات: {count}' },
    'editor.sentences': { other: 'عدد الجمل: {count}' },
    'editor.longWords': { other: 'كلمات طويلة (أكثر من 6 أحرف): {count}' },
    'editor.longestSentences': 'أطول الجمل',
    'editor.sentenceWords': { other: 'عدد الكلمات: {count}' },
    'editor.longestWords': 'أطول الكلمات',
    'editor.wordLetters': { other: 'عدد الأحرف: {count}' },
    'editor.marked': 'أطول الجمل والكلمات معلَّمة في النص.',
    'editor.missingTerms': { other: 'كلمات من قائمة المصطلحات غير موجودة في النص: {count}' },
    'editor.noMissingTerms': 'كل كلمات قائمة المصطلحات موجودة في النص.',
    'editor.noGlossary': 'لم يتم تحميل قائمة مصطلحات.',
    glossaryFailedTitle: 'لا يمكن عرض شرح الكلمات الصعبة الآن',
    glossaryFailedBody: 'ما زال بإمكانك قراءة النص كاملًا أدناه.',
  },
};
