// The editor view of <borger-help> (`editor`): the readability report as a template, and its styles.
// In the editor chunk (editor-view.ts), so citizens never download it.
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../core/i18n/translate.js';
import { adoptLater } from '../core/lazy-chunk-controller.js';
import { editorStyles } from './editor.styles.js';
import type { EditorReport } from './editor-report.js';
import type { HelpKey } from './help.messages.js';
import { highlightsSupported } from './read-aloud-highlights.js';

/** Adds the editor view's styles to the element's shadow root (once). */
export function adoptEditorStyles(root: Node): void {
  adoptLater(root, editorStyles);
}

/** The editor view: LIX, counts, the longest sentences and words, and the glossary's terms missing from the text. `glossaryLoaded`: a glossary is there to compare with. */
export function renderEditorView(report: EditorReport, t: Translate<HelpKey>, glossaryLoaded: boolean): TemplateResult {
  const clean = (text: string) => text.replace(/\s+/gu, ' ');
  return html`<div class="editor" part="editor">
      <p class="editor-title">${t('editor.title')}</p>
      <p class="score">LIX ${report.lix} <span class="band ${report.band}">${t(`editor.band.${report.band}`)}</span></p>
      <ul class="counts">
        <li>${t('editor.words', { count: report.words })}</li>
        <li>${t('editor.sentences', { count: report.sentences })}</li>
        <li>${t('editor.longWords', { count: report.longWords })}</li>
      </ul>
      ${
        report.longestSentences.length
          ? html`<p class="editor-subtitle">${t('editor.longestSentences')}</p>
            <ol class="longest-sentences">
              ${report.longestSentences.map((s) => html`<li>${clean(s.text)} <span class="meta">(${t('editor.sentenceWords', { count: s.words })})</span></li>`)}
            </ol>`
          : nothing
      }
      ${
        report.longestWords.length
          ? html`<p class="editor-subtitle">${t('editor.longestWords')}</p>
            <ol class="longest-words">
              ${report.longestWords.map((w) => html`<li>${w.text} <span class="meta">(${t('editor.wordLetters', { count: w.letters })})</span></li>`)}
            </ol>`
          : nothing
      }
      ${highlightsSupported() && report.words > 0 ? html`<p class="note">${t('editor.marked')}</p>` : nothing}
      ${
        !glossaryLoaded
          ? html`<p>${t('editor.noGlossary')}</p>`
          : report.missingTerms.length === 0
            ? html`<p>${t('editor.noMissingTerms')}</p>`
            : html`<details class="missing-terms">
              <summary>${t('editor.missingTerms', { count: report.missingTerms.length })}</summary>
              <ul>${report.missingTerms.map((entry) => html`<li>${entry.term}</li>`)}</ul>
            </details>`
      }
    </div>`;
}
