import { expect, fixtureSync, html } from '@open-wc/testing';
import type { Glossary } from '../../src/help/glossary.schema.js';
import { markTerms, markTermsInSlices, unmarkTerms } from '../../src/help/mark-terms.js';
import { createMatcher } from '../../src/help/matcher.js';

const glossary: Glossary = {
  terms: [
    { id: 'pas', term: 'pas', forms: ['passet'], inflect: false, explanation: 'Et pas.' },
    { id: 'digital-fuldmagt', term: 'digital fuldmagt', explanation: 'En fuldmagt på nettet.' },
    { id: 'mitid', term: 'MitID', inflect: false, explanation: 'Dit digitale ID.' },
    { id: 'img', term: 'img', inflect: false, explanation: '<img src=x onerror=alert(1)>' },
  ],
};
const matcher = createMatcher(glossary);

/** The marked terms under `root`, as `id:text`. */
function marks(root: Element): string[] {
  return [...root.querySelectorAll('borger-term')].map((el) => `${el.getAttribute('term')}:${el.textContent}`);
}

describe('markTerms', () => {
  it('wraps a term in <borger-term term="id"> and keeps the surrounding text and markup', () => {
    const root = fixtureSync(html`<div><p>Husk dit <strong>gamle</strong> pas og dit MitID.</p></div>`);
    const marked = markTerms(root, matcher);
    expect(marked.map((m) => m.termId)).to.deep.equal(['pas', 'mitid']);
    expect(root.querySelector('p')?.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal(
      'Husk dit <strong>gamle</strong> <borger-term term="pas">pas</borger-term> og dit <borger-term term="mitid">MitID</borger-term>.',
    );
    expect(marked[0]?.element.localName).to.equal('borger-term');
    expect(marked[0]?.section).to.equal(root);
  });

  it('never marks inside links, buttons, form fields, labels, code, headings and opted-out or editable elements', () => {
    const root = fixtureSync(html`<div>
      <a href="#">pas</a><button>pas</button><label>pas <input value="pas"></label><select><option>pas</option></select>
      <textarea>pas</textarea><code>pas</code><pre>pas</pre><h1>pas</h1><h3>MitID</h3>
      <div data-borger-no-terms><p>pas</p></div><div contenteditable="true">pas</div><p hidden>pas</p>
      <span role="button">pas</span><borger-term term="mitid">MitID og pas</borger-term>
    </div>`);
    expect(markTerms(root, matcher, { all: true })).to.deep.equal([]);
    expect(marks(root)).to.deep.equal(['mitid:MitID og pas']);
  });

  it('marks inside headings when asked to', () => {
    const root = fixtureSync(html`<div><h2>Nyt pas</h2><p>Dit pas.</p></div>`);
    markTerms(root, matcher, { headings: true });
    expect(root.querySelector('h2 borger-term')?.textContent).to.equal('pas');
    expect(root.querySelector('p borger-term')).to.equal(null);
  });

  it('marks only the first occurrence per section by default', () => {
    const root = fixtureSync(html`<div>
      <p>Et pas og et pas til.</p><p>Passet og MitID.</p>
      <section><p>Nyt pas. Gammelt pas.</p><article><p>Mit pas.</p></article></section>
    </div>`);
    const marked = markTerms(root, matcher);
    expect(marked.map((m) => `${m.termId}@${m.section.localName}`)).to.deep.equal(['pas@div', 'mitid@div', 'pas@section', 'pas@article']);
  });

  it('marks every occurrence with all: true', () => {
    const root = fixtureSync(html`<div><p>Et pas og et pas til.</p><p>Passet, MitID og en digital fuldmagt.</p></div>`);
    markTerms(root, matcher, { all: true });
    expect(marks(root)).to.deep.equal(['pas:pas', 'pas:pas', 'pas:Passet', 'mitid:MitID', 'digital-fuldmagt:digital fuldmagt']);
  });

  it('is incremental: a second call marks only new content and respects what is marked', () => {
    const root = fixtureSync(html`<div><section id="a"><p>Dit pas.</p></section></div>`);
    expect(markTerms(root, matcher).map((m) => m.termId)).to.deep.equal(['pas']);
    expect(markTerms(root, matcher)).to.deep.equal([]);

    const more = document.createElement('p');
    more.textContent = 'Et nyt pas kræver MitID.';
    root.querySelector('#a')?.append(more);
    const other = document.createElement('section');
    other.textContent = 'Husk dit pas.';
    root.append(other);

    const marked = markTerms(root, matcher);
    expect(marked.map((m) => `${m.termId}@${m.section === other ? 'other' : 'a'}`)).to.deep.equal(['mitid@a', 'pas@other']);
    expect(marks(root)).to.deep.equal(['pas:pas', 'mitid:MitID', 'pas:pas']);
  });

  it('is incremental with all: true too', () => {
    const root = fixtureSync(html`<div><p>pas pas</p></div>`);
    expect(markTerms(root, matcher, { all: true })).to.have.length(2);
    const more = document.createElement('p');
    more.textContent = 'pas';
    root.append(more);
    const marked = markTerms(root, matcher, { all: true });
    expect(marked).to.have.length(1);
    expect(marked[0]?.element.parentElement).to.equal(more);
    expect(marks(root)).to.have.length(3);
  });

  it('looks at a text node again when its text changed', () => {
    const root = fixtureSync(html`<div><p>Ingen ord her.</p></div>`);
    expect(markTerms(root, matcher)).to.deep.equal([]);
    const text = root.querySelector('p')?.firstChild as Text;
    text.data += ' Men et pas.';
    expect(markTerms(root, matcher).map((m) => m.termId)).to.deep.equal(['pas']);
  });

  it('only finds terms within one text node (documented limitation)', () => {
    const root = fixtureSync(html`<div><p>En digital <em>fuldmagt</em>.</p></div>`);
    expect(markTerms(root, matcher, { all: true })).to.deep.equal([]);
  });

  it('never turns glossary or page text into elements', () => {
    const root = fixtureSync(html`<div><p>${'<img src=x onerror=alert(1)> og et img og <b>pas</b>'}</p></div>`);
    const marked = markTerms(root, matcher, { all: true });
    expect(marked.map((m) => m.termId)).to.deep.equal(['img', 'img', 'pas']);
    expect(root.querySelector('img, b')).to.equal(null);
    for (const { element } of marked) {
      expect(element.childNodes.length).to.equal(1);
      expect(element.firstChild?.nodeType).to.equal(Node.TEXT_NODE);
      expect(element.attributes.length).to.equal(1);
    }
    expect(root.textContent).to.contain('<img src=x onerror=alert(1)>');
  });
});

describe('unmarkTerms', () => {
  it('restores the original text nodes exactly', () => {
    const root = fixtureSync(html`<div><p>pas i starten, MitID i midten og pas</p><p>Intet her. <em>MitID</em></p></div>`);
    const before = root.innerHTML;
    const childNodes = () => [...root.querySelectorAll('p, em')].flatMap((el) => [...el.childNodes]);
    const original = childNodes();
    markTerms(root, matcher, { all: true });
    expect(marks(root)).to.have.length(4);

    unmarkTerms(root);
    expect(root.innerHTML).to.equal(before);
    expect(root.querySelector('borger-term')).to.equal(null);
    // The very same Text objects, no extra or empty ones.
    const restored = childNodes();
    expect(restored).to.have.length(original.length);
    restored.forEach((node, i) => {
      expect(node).to.equal(original[i]);
    });
  });

  it('leaves <borger-term> elements written by the page alone', () => {
    const root = fixtureSync(html`<div><p><borger-term term="pas">pas</borger-term> og MitID</p></div>`);
    markTerms(root, matcher);
    expect(marks(root)).to.deep.equal(['pas:pas', 'mitid:MitID']);
    unmarkTerms(root);
    expect(marks(root)).to.deep.equal(['pas:pas']);
  });

  it('can mark again after unmarking', () => {
    const root = fixtureSync(html`<div><p>Dit pas og dit MitID.</p></div>`);
    markTerms(root, matcher);
    unmarkTerms(root);
    expect(markTerms(root, matcher).map((m) => m.termId)).to.deep.equal(['pas', 'mitid']);
  });
});

describe('markTermsInSlices', () => {
  const article = () =>
    fixtureSync(html`<div>
      <section><p>Husk dit pas.</p><p>Passet og MitID.</p></section>
      <section><p>Dit pas igen, og en digital fuldmagt.</p><p>Intet her.</p><p>MitID til sidst.</p></section>
    </div>`);

  it('marks the same terms as markTerms, a slice at a time, with the page drawn in between', async () => {
    const expected = article();
    markTerms(expected, matcher);
    const root = article();
    let slices = 0;
    const marked = await markTermsInSlices(root, matcher, { budgetMs: 0, onSlice: () => slices++ });
    expect(marks(root)).to.deep.equal(marks(expected));
    // First per section: "Passet" in the first section is the same term as "pas" before it.
    expect(marked.map((m) => m.termId)).to.deep.equal(['pas', 'mitid', 'pas', 'digital-fuldmagt', 'mitid']);
    // Budget 0: one text node per slice (the article has more than one text node with terms).
    expect(slices).to.be.greaterThan(3);
  });

  it('marks a short article before it returns (the first slice runs at once)', () => {
    const root = article();
    void markTermsInSlices(root, matcher);
    expect(marks(root)).to.include('pas:pas');
    expect(marks(root)).to.include('mitid:MitID');
  });

  it('stops between slices when aborted, keeping what it marked', async () => {
    const root = article();
    const controller = new AbortController();
    // Abort once the first term is marked.
    const onSlice = () => {
      if (root.querySelector('borger-term')) controller.abort();
    };
    const marked = await markTermsInSlices(root, matcher, { budgetMs: 0, onSlice, signal: controller.signal });
    expect(marked.length).to.equal(1);
    expect(marks(root)).to.deep.equal(['pas:pas']);
  });

  it('reads text changed between slices as it is then', async () => {
    const root = article();
    const last = root.querySelectorAll('p')[4] as HTMLElement;
    let first = true;
    await markTermsInSlices(root, matcher, {
      all: true,
      budgetMs: 0,
      onSlice: () => {
        if (first) (last.firstChild as Text).data = 'Nu står der pas her.';
        first = false;
      },
    });
    expect(marks(last)).to.deep.equal(['pas:pas']);
  });
});
