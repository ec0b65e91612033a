// The dark token set (issue 9, point 14): a page that declares `color-scheme: light dark` (or dark)
// gets light text on its dark background; a page that declares nothing keeps the light set. Every
// text/control colour pair meets WCAG AA (4.5:1 for text, 3:1 for borders and focus) in both sets,
// and axe finds nothing on a guide outcome and a booking calendar on a dark page.
import { expect, fixture } from '@open-wc/testing';
import { bookingElement, firstOfferedDay } from '../booking/helpers.js';
import { answerWith, demoJson, guideEl } from '../guide/helpers.js';

type Rgb = [number, number, number];

function parseRgb(value: string): Rgb {
  const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(value);
  if (!match) throw new Error(`not an rgb() colour: ${value}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Resolves a private token inside a widget's shadow root to the colour it paints. */
function token(widget: HTMLElement, name: string): Rgb {
  const probe = document.createElement('span');
  probe.style.color = `var(--_borger-${name})`;
  widget.shadowRoot!.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return parseRgb(value);
}

/** [foreground, background, minimum ratio]: the pairs the widgets paint. */
const PAIRS: [string, string, number][] = [
  ['color-text', 'color-surface', 4.5],
  ['color-text-muted', 'color-surface', 4.5],
  ['color-text', 'color-surface-alt', 4.5],
  ['color-text-muted', 'color-surface-alt', 4.5],
  ['color-primary', 'color-surface', 4.5],
  ['color-primary', 'color-surface-alt', 4.5],
  ['color-on-primary', 'color-primary', 4.5],
  ['color-on-primary', 'color-primary-hover', 4.5],
  ['color-error', 'color-surface', 4.5],
  ['color-success', 'color-surface', 4.5],
  ['color-warning', 'color-surface', 4.5],
  ['color-text', 'color-highlight', 4.5],
  ['color-primary', 'color-highlight', 4.5],
  ['color-border', 'color-surface', 3],
  ['focus-color', 'color-surface', 3],
];

async function page(scheme: string | undefined, background: string): Promise<HTMLDivElement> {
  const style = `${scheme ? `color-scheme: ${scheme};` : ''} background: ${background}; padding: 1rem;`;
  return fixture<HTMLDivElement>(`<div style="${style}"></div>`);
}

describe('dark host pages', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`every colour pair meets WCAG AA in the ${scheme} set`, async () => {
      const host = await page(scheme, scheme === 'dark' ? '#121212' : '#ffffff');
      const widget = await guideEl(demoJson('guide-pas'), {}, host);
      const failing = PAIRS.flatMap(([fg, bg, min]) => {
        const ratio = contrast(token(widget, fg), token(widget, bg));
        return ratio >= min ? [] : [`${fg} on ${bg}: ${ratio.toFixed(2)} < ${min}`];
      });
      expect(failing).to.deep.equal([]);
    });
  }

  it('follows the page: light text on a page that declares dark, the light set on a page that declares nothing', async () => {
    const dark = await guideEl(demoJson('guide-pas'), {}, await page('dark', '#121212'));
    const plain = await guideEl(demoJson('guide-pas'), {}, await page(undefined, '#ffffff'));
    expect(luminance(parseRgb(getComputedStyle(dark).color))).to.be.above(0.7);
    expect(luminance(parseRgb(getComputedStyle(plain).color))).to.be.below(0.05);
    // A site's own token still wins over the dark set.
    const themed = await guideEl(demoJson('guide-pas'), {}, await page('dark', '#121212'));
    themed.style.setProperty('--borger-color-text', '#ffeeaa');
    expect(getComputedStyle(themed).color).to.equal('rgb(255, 238, 170)');
  });

  it('axe: a guide outcome on a dark page', async () => {
    const element = await guideEl(demoJson('guide-pas'), {}, await page('dark', '#121212'));
    for (const value of ['mig', 'ja', 'medbringer', 'dag']) await answerWith(element, value);
    await expect(element).to.be.accessible();
  });

  it('axe: the booking calendar on a dark page', async () => {
    const element = await bookingElement({
      attributes: { service: 'pas', location: 'borgerservice-raadhuset' },
      parent: await page('dark', '#121212'),
    });
    (await firstOfferedDay(element)).click();
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });
});
