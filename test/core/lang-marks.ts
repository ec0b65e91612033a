// Test helper for "one resolved locale per element": a widget given a tag it has no texts for must
// render exactly what it renders for the language it falls back to — same words, same dates and
// times, same lang/dir marks — and nothing a prototype key could leak ("function Object()").
import { expect } from '@open-wc/testing';

export interface Rendering {
  text: string;
  lang: string | null;
  dir: string | null;
}

/** What a citizen and a screen reader get: the shadow root's text and the marks on its root. */
export function rendering(element: Element): Rendering {
  const root = element.shadowRoot!.querySelector('.root');
  return {
    text: (element.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim(),
    lang: root?.getAttribute('lang') ?? null,
    dir: root?.getAttribute('dir') ?? null,
  };
}

/** Tags a page or CMS may write, and the language each must render as. */
export const FALLBACK_CASES: readonly [tag: string, like: 'da' | 'en' | 'ar'][] = [
  ['uk', 'en'],
  ['uk-UA', 'en'],
  ['de', 'en'],
  ['pl', 'en'],
  ['pt-BR', 'en'],
  ['pt_br', 'en'],
  ['EN_us', 'en'],
  ['en-US', 'en'],
  ['so', 'en'],
  ['nb', 'da'],
  ['nn', 'da'],
  ['NB_no', 'da'],
  ['sv-SE', 'da'],
  ['DA-dk', 'da'],
  ['constructor', 'da'],
  ['__proto__', 'da'],
  ['toString', 'da'],
  ['', 'da'],
  ['ar-EG', 'ar'],
  ['AR', 'ar'],
];

/**
 * One `it` per tag: the element created with `lang=tag` renders as the one created with its
 * fallback language. `create(lang)` returns the element once it has rendered its content.
 */
export function rendersAsItsFallback(create: (lang: string) => Promise<Element>, cases = FALLBACK_CASES): void {
  const references = new Map<string, Promise<Rendering>>();
  const reference = (lang: string) => {
    let found = references.get(lang);
    if (!found) {
      found = create(lang).then(rendering);
      references.set(lang, found);
    }
    return found;
  };
  for (const [tag, like] of cases) {
    it(`lang=${JSON.stringify(tag)} renders exactly as lang="${like}" (texts, dates, times, lang/dir marks)`, async () => {
      const expected = await reference(like);
      const actual = rendering(await create(tag));
      expect(actual).to.deep.equal(expected);
      expect(actual.lang).to.equal(like);
      expect(actual.dir).to.equal(like === 'ar' ? 'rtl' : 'ltr');
      expect(actual.text).not.to.match(/function |\[object |undefined|\[native code\]/);
    });
  }
}
