// A chunk's styles join an element's shadow root once, after the element's own, however often the
// element asks (every update may); a render root that is no shadow root is left alone.
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { css } from 'lit';
import { adoptLater } from '../../src/core/lazy-chunk-controller.js';

describe('adoptLater', () => {
  it('adds each chunk sheet once per shadow root, after the sheets already there', async () => {
    const host = await fixture<HTMLDivElement>(testHtml`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const own = css`p { color: rgb(1, 2, 3); }`;
    const later = css`p { color: rgb(4, 5, 6); }`;
    const other = css`p { margin: 0; }`;
    root.adoptedStyleSheets = [own.styleSheet as CSSStyleSheet];
    root.innerHTML = '<p>x</p>';
    adoptLater(root, later);
    adoptLater(root, later);
    adoptLater(root, other);
    adoptLater(root, later);
    expect(root.adoptedStyleSheets).to.deep.equal([own.styleSheet, later.styleSheet, other.styleSheet]);
    expect(getComputedStyle(root.querySelector('p') as Element).color).to.equal('rgb(4, 5, 6)');

    const second = (await fixture<HTMLDivElement>(testHtml`<div></div>`)).attachShadow({ mode: 'open' });
    adoptLater(second, later);
    expect(second.adoptedStyleSheets).to.deep.equal([later.styleSheet]);
  });

  it('leaves a render root that is no shadow root alone', async () => {
    const host = await fixture<HTMLDivElement>(testHtml`<div></div>`);
    adoptLater(host, css`div { color: red; }`);
    expect(host.querySelector('style')).to.equal(null);
    expect(document.adoptedStyleSheets).to.deep.equal([]);
  });
});
