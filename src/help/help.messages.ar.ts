// Arabic texts of <borger-help> and <borger-term>, loaded only when a page asks for Arabic (see help.messages.ts).
import type { Catalog } from '../core/i18n/translate.js';
import type { HelpKey } from './help.messages.js';

const ar: Catalog<HelpKey> = {
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
  readingLoading: 'جارٍ تحميل القراءة بصوت عالٍ …',
  readingUnavailable: 'تعذّر تحميل القراءة بصوت عالٍ الآن. حاول مرة أخرى بعد قليل.',
  explainWords: 'اشرح الكلمات الصعبة',
  termLoading: 'جارٍ تحميل الشرح …',
  termFailed: 'تعذّر تحميل الشرح الآن. حاول مرة أخرى بعد قليل.',
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
};

export default ar;
