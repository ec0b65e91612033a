// The CDN build's css`…` minifier (scripts/minify-css-literals.mjs) changes no rule: every stylesheet
// of the widgets parses to the same CSSOM, rule for rule, before and after.
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { minifyCss } from '../../scripts/minify-css-literals.mjs';
import { bookingStyles } from '../../src/booking/booking.styles.js';
import { channelsStyles } from '../../src/channels/channels.styles.js';
import { formStyles } from '../../src/core/form-styles.js';
import { stepNavStyles } from '../../src/core/step-nav.js';
import { baseStyles, tokens } from '../../src/core/theme.js';
import { guideStyles } from '../../src/guide/guide.styles.js';
import { editorStyles } from '../../src/help/editor.styles.js';
import { helpStyles } from '../../src/help/help.styles.js';
import { termStyles } from '../../src/help/term.bubble.styles.js';

const SHEETS: Record<string, CSSResult> = {
  tokens,
  baseStyles,
  formStyles,
  stepNavStyles,
  channelsStyles,
  guideStyles,
  bookingStyles,
  helpStyles,
  editorStyles,
  termStyles,
};

/** The rules as the browser reads them (whitespace and comments as the CSSOM writes them). */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText);
}

describe('minifyCss (CDN build)', () => {
  for (const [name, sheet] of Object.entries(SHEETS)) {
    it(`${name}: the same rules, in fewer bytes`, () => {
      const minified = minifyCss(sheet.cssText);
      expect(rules(minified)).to.deep.equal(rules(sheet.cssText));
      expect(minified.length).to.be.lessThan(sheet.cssText.length);
    });
  }

  it('keeps CSS strings as written and drops comments', () => {
    expect(minifyCss(`a::after { /* note */ content: ' ( , ; ) ';  }\n b , c { color: red }`)).to.equal(
      "a::after{content: ' ( , ; ) ';}b , c{color: red}",
    );
  });
});
