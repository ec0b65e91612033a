// What <borger-help>'s editor view (`editor`) loads the first time it is shown: the report and the
// highlights that mark the longest sentences and words in the text. Citizens never download it.

export { adoptEditorStyles, renderEditorView } from './editor.template.js';
export { editorReport } from './editor-report.js';
export { adoptHighlightStyles, highlightsSupported, LIX_HIGHLIGHT, OwnedHighlight } from './read-aloud-highlights.js';
export { readableText } from './read-aloud-text.js';
