// English texts of <borger-help> and <borger-term>, loaded only when a page asks for English (see help.messages.ts).
import type { Catalog } from '../core/i18n/translate.js';
import type { HelpKey } from './help.messages.js';

const en: Catalog<HelpKey> = {
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
  readingLoading: 'Loading the reading aloud …',
  readingUnavailable: 'Reading aloud could not be loaded just now. Please try again in a moment.',
  explainWords: 'Explain difficult words',
  termLoading: 'Loading the explanation …',
  termFailed: 'The explanation could not be loaded just now. Please try again shortly.',
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
};

export default en;
