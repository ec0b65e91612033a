// What "read this step aloud" says: the step as plain text, one thought per line, in the language the
// content is actually written in (content without an English text is read in Danish, with a Danish voice).
// Pure: no DOM, no speech.

import type { LocalizedText } from '../core/localized.js';
import { localize, localizeWithLang } from '../core/localized.js';
import { richTextToPlain } from '../core/rich-text.js';
import { questionOptions } from './guide.graph.js';
import type { GuideNode } from './guide.schema.js';

export interface ReadAloudLabels {
  /** Labels for a yes/no question without its own option labels. */
  yes: string;
  no: string;
  /** Heading of the checklist on an outcome. */
  bringTitle: string;
}

export interface ReadAloudText {
  text: string;
  /** The language of the step's title as the content gives it (after fallback). */
  lang: string;
}

/** The words of one step, for speech: title, hint, options (and their hints) or body, and the things to bring. */
export function readAloudText(node: GuideNode, lang: string, labels: ReadAloudLabels, bring: readonly LocalizedText[] = []): ReadAloudText {
  const title = localizeWithLang(node.title, lang);
  const lines = [title.text];
  const say = (text: LocalizedText | undefined) => {
    if (text !== undefined) lines.push(localize(text, lang));
  };
  if (node.type === 'question') {
    say(node.hint);
    const own = node.options !== undefined && node.options.length > 0;
    for (const option of questionOptions(node)) {
      lines.push(own ? localize(option.label, lang) : option.value === 'yes' ? labels.yes : labels.no);
      say(option.hint);
    }
  } else {
    lines.push(richTextToPlain(localize(node.body, lang)));
    if (node.type === 'outcome' && bring.length > 0) {
      lines.push(labels.bringTitle);
      for (const item of bring) say(item);
    }
  }
  return { text: lines.filter((line) => line.trim() !== '').join('\n'), lang: title.lang };
}
