// borger-widgets/help: registers <borger-help> and <borger-term> and exports their classes, the glossary
// schema and the pure logic (term matching, LIX, sentence splitting, the editor's report).
// First, before Lit (see core/trusted-types.ts): registering the elements.
import './register.js';

export { type EditorBand, type EditorReport, type EditorReportOptions, editorBand, editorReport } from './editor-report.js';
export * from './glossary.schema.js';
export { BorgerHelp, type HelpSpeechDetail, READING_RATES } from './help.element.js';
export { inflect, normalizeForm } from './inflect.js';
export {
  isLongWord,
  type LixBand,
  type LixResult,
  lix,
  lixBand,
  longestSentences,
  longestWords,
  type SentenceLength,
  splitWords,
  type Word,
  type WordLength,
} from './lix.js';
export { type MarkedTerm, type MarkOptions, markTerms, TERM_TAG, unmarkTerms } from './mark-terms.js';
export { createMatcher, glossaryForms, type Match, type Matcher, type TermForm } from './matcher.js';
export { ReadAloud, type ReadingAction, type ReadingState, readableText, type TextMap, type VoiceState } from './read-aloud.js';
export { type Sentence, splitSentences } from './sentences.js';
export { BorgerTerm, type HelpTermDetail, type TermSource } from './term.element.js';
export { type Box, type Placement, placeToggletip } from './term.place.js';
