// Languages other than Danish are downloaded when a page asks for one (lazyCatalogs + LangController):
// a Danish page never loads them, an English page shows no Danish word while they load, a language
// switch keeps the old texts until the new ones are there, and a failed download falls back to Danish.
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, LitElement } from 'lit';
import { LangController } from '../../src/core/i18n/lang-controller.js';
import { type Catalog, type Catalogs, languageLoaded, lazyCatalogs, translatorFor } from '../../src/core/i18n/translate.js';

type Key = 'hello';

/** A catalogue set whose English download the test releases (or breaks) by hand. */
function controlled() {
  let release: (catalog: Catalog<Key>) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  let calls = 0;
  const catalogs = lazyCatalogs<Key>(
    { hello: 'Hej' },
    {
      en: () => {
        calls++;
        return new Promise<{ default: Catalog<Key> }>((resolve, reject) => {
          release = (catalog) => resolve({ default: catalog });
          fail = reject;
        });
      },
    },
  );
  return { catalogs, release: (c: Catalog<Key>) => release(c), fail: (e: Error) => fail(e), calls: () => calls };
}

let current: Catalogs<Key>;
let count = 0;

/** A fresh element class over `current`, so every test has its own catalogue set. */
function defineGreeter(): string {
  const sets = [current];
  const tag = `lazy-greeter-${++count}`;
  customElements.define(
    tag,
    class extends LitElement {
      language = new LangController(this, () => sets);
      protected override async getUpdateComplete(): Promise<boolean> {
        await this.language.settled;
        return super.getUpdateComplete();
      }
      override render() {
        if (!this.language.ready) return litHtml`<p part="text"></p>`;
        return litHtml`<p part="text" lang=${this.language.lang}>${translatorFor(sets[0] as Catalogs<Key>, this.language.lang)('hello')}</p>`;
      }
    },
  );
  return tag;
}

const textOf = (element: Element) => element.shadowRoot?.querySelector('[part="text"]')?.textContent ?? '';
const next = () => new Promise((done) => setTimeout(done, 0));

describe('message catalogues on demand', () => {
  it('a Danish page never downloads another language', async () => {
    const { catalogs, calls } = controlled();
    current = catalogs;
    const tag = defineGreeter();
    const element = await fixture(`<div lang="da"><${tag}></${tag}></div>`);
    const greeter = element.firstElementChild as LitElement;
    await greeter.updateComplete;
    expect(textOf(greeter)).to.equal('Hej');
    expect(calls()).to.equal(0);
  });

  it('an English page shows no Danish word while the English texts load, then English', async () => {
    const { catalogs, release, calls } = controlled();
    current = catalogs;
    const tag = defineGreeter();
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    wrapper.innerHTML = `<${tag}></${tag}>`;
    document.body.append(wrapper);
    const greeter = wrapper.firstElementChild as LitElement & { language: LangController };
    await next();
    expect(calls()).to.equal(1);
    expect(greeter.language.ready).to.equal(false);
    expect(textOf(greeter)).to.equal('');
    release({ hello: 'Hello' });
    await greeter.updateComplete;
    expect(textOf(greeter)).to.equal('Hello');
    expect(greeter.shadowRoot?.querySelector('p')?.lang).to.equal('en');
    expect(languageLoaded([catalogs], 'en')).to.equal(true);
    wrapper.remove();
  });

  it('a switch of language keeps the old texts until the new ones are there', async () => {
    const { catalogs, release } = controlled();
    current = catalogs;
    const tag = defineGreeter();
    const wrapper = await fixture<HTMLDivElement>(`<div lang="da"><${tag}></${tag}></div>`);
    const greeter = wrapper.firstElementChild as LitElement & { language: LangController };
    await greeter.updateComplete;
    wrapper.lang = 'en';
    await next();
    expect(textOf(greeter)).to.equal('Hej');
    expect(greeter.language.lang).to.equal('da');
    release({ hello: 'Hello' });
    await greeter.updateComplete;
    expect(textOf(greeter)).to.equal('Hello');
    expect(greeter.language.lang).to.equal('en');
  });

  it('a failed download shows Danish, marked as Danish, and says so in the console', async () => {
    const { catalogs, fail } = controlled();
    current = catalogs;
    const tag = defineGreeter();
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const wrapper = document.createElement('div');
      wrapper.lang = 'en';
      wrapper.innerHTML = `<${tag}></${tag}>`;
      document.body.append(wrapper);
      const greeter = wrapper.firstElementChild as LitElement;
      await next();
      fail(new Error('offline'));
      await greeter.updateComplete;
      expect(textOf(greeter)).to.equal('Hej');
      expect(greeter.shadowRoot?.querySelector('p')?.lang).to.equal('da');
      expect(String(logged[0]?.[0])).to.contain('en texts could not be loaded');
      wrapper.remove();
    } finally {
      console.error = original;
    }
  });

  it('a real widget in English renders English from its first words', async () => {
    await import('../../src/channels/register.js');
    const content = { channels: [{ id: 'tlf', kind: 'phone', label: 'Ring til os', phone: '+45 11 22 33 44' }] };
    const element = await fixture<LitElement>(html`<borger-channels lang="en" .content=${content}></borger-channels>`);
    const text = element.shadowRoot?.textContent ?? '';
    expect(text).to.contain('Call');
    expect(text).not.to.match(/\bRing \+45/);
  });
});
