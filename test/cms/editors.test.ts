// CMS rich-text editors (issue 12, kind 8): the configurations in docs/cms.md, proven with the editors
// themselves, installed from npm (CKEditor 5 and TinyMCE, both used here under their GPL-2.0-or-later
// terms, in tests only; neither is part of what we ship). HTML with our elements goes into the editor
// and comes back out: with the documented configuration every element and attribute survives and URLs
// stay as written; with the editor's defaults they are stripped (which is why the page needs the docs).
// Both editors drop <script>: the script tag belongs in the theme/template.
import { expect, fixture } from '@open-wc/testing';

// The attributes each element documents (custom-elements.json), plus the global ones a CMS may write.
const COMMON = ['src', 'max-bytes', 'fallback-phone', 'fallback-href', 'lang', 'dir', 'id', 'class'];
export const ATTRIBUTES: Record<string, string[]> = {
  'borger-channels': [...COMMON, 'task', 'now', 'closing-soon', 'heading-level'],
  'borger-guide': [...COMMON, 'history', 'persist', 'help-service', 'heading-level'],
  'borger-booking': [...COMMON, 'api', 'service', 'location', 'now', 'booking-id', 'manage-from-url', 'manage-href', 'heading-level'],
  'borger-help': ['glossary', 'src', 'all', 'headings', 'lang', 'dir', 'id', 'class'],
  'borger-term': ['term', 'explanation', 'glossary', 'lang'],
};

// What an editor pastes (the source view) or a migration imports.
const BODY = `<p>Husk dit <borger-term term="sundhedskort">sundhedskort</borger-term> og <a href="/content/x.html">siden</a>.</p>
<borger-channels src="/content/kontakt.json" task="pas" heading-level="3" fallback-phone="+45 33 66 33 66"></borger-channels>
<borger-guide src="/content/guide-pas.json" heading-level="3" lang="da" history="url"></borger-guide>
<borger-booking api="/api/booking" service="pas" manage-href="/booking/administrer"></borger-booking>
<borger-help glossary="/content/ordliste.json"><p>Tekst i hjælpen.</p></borger-help>
<script type="module" src="/borger-widgets/cdn/borger-widgets.js"></script>`;

/** Every borger-* element of `html`, as tag + attributes (sorted), in document order. */
function widgets(html: string): string[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return [...doc.body.querySelectorAll('*')]
    .filter((element) => element.localName.startsWith('borger-'))
    .map(
      (element) =>
        `${element.localName} ${[...element.attributes]
          .map((a) => `${a.name}="${a.value}"`)
          .sort()
          .join(' ')}`,
    );
}

const scripts = (html: string) => new DOMParser().parseFromString(html, 'text/html').querySelectorAll('script').length;

/** The round trip holds: every element and attribute as written, text kept, no script. */
function expectKept(out: string): void {
  expect(widgets(out)).to.deep.equal(widgets(BODY));
  expect(new DOMParser().parseFromString(out, 'text/html').body.textContent).to.include('Tekst i hjælpen.');
  expect(out).to.include('href="/content/x.html"');
  expect(scripts(out), 'both editors drop <script>: it goes in the theme').to.equal(0);
}

async function docs(): Promise<string> {
  return (await fetch('/docs/cms.md')).text();
}

describe('CKEditor 5 (General HTML Support)', function () {
  this.timeout(30000);
  type CK = typeof import('ckeditor5');
  let CK: CK;

  // The configuration docs/cms.md gives (the same object, written out there).
  const htmlSupport = () => ({
    allow: [
      ...Object.entries(ATTRIBUTES).map(([name, attributes]) => ({ name, attributes })),
      { name: '$customElement' },
    ],
  });

  before(async () => {
    // The single-file browser build: one request instead of ~80 packages.
    CK = (await import('/node_modules/ckeditor5/dist/browser/ckeditor5.js' as string)) as CK;
  });

  async function roundTrip(config: Record<string, unknown>): Promise<{ data: string; view: string }> {
    const host = await fixture<HTMLDivElement>(document.createElement('div'));
    const target = document.createElement('div');
    host.append(target);
    const editor = await CK.ClassicEditor.create(target, {
      licenseKey: 'GPL',
      plugins: [CK.Essentials, CK.Paragraph, CK.Link, CK.GeneralHtmlSupport],
      ...config,
    });
    try {
      editor.setData(BODY);
      const view = (editor.ui.view as unknown as { editable: { element: HTMLElement } }).editable.element.innerHTML;
      return { data: editor.getData(), view };
    } finally {
      await editor.destroy();
    }
  }

  it('keeps every element and attribute with borger-* names and $customElement allowed', async () => {
    const { data, view } = await roundTrip({ htmlSupport: htmlSupport() });
    expectKept(data);
    // What docs/cms.md warns about: the editing view shows our elements as empty placeholders, so the
    // text inside <borger-help> (and a hand-written term's word) cannot be seen or edited there.
    expect(view).to.not.include('Tekst i hjælpen.');
    expect(view).to.include('data-ck-unsafe-element="borger-help"');
  });

  it('strips them with the borger-* names alone, and by default; $customElement alone keeps them bare', async () => {
    const namesOnly = await roundTrip({ htmlSupport: { allow: Object.keys(ATTRIBUTES).map((name) => ({ name, attributes: true })) } });
    expect(widgets(namesOnly.data)).to.deep.equal([]);
    const customOnly = await roundTrip({ htmlSupport: { allow: [{ name: '$customElement', attributes: true }] } });
    expect(widgets(customOnly.data)).to.deep.equal(widgets(BODY).map((widget) => `${widget.split(' ')[0]} `));
    const defaults = await roundTrip({});
    expect(widgets(defaults.data)).to.deep.equal([]);
  });

  it('docs/cms.md gives this configuration and the licence key', async () => {
    const text = await docs();
    expect(text).to.include("licenseKey: 'GPL'");
    expect(text).to.include("{ name: '$customElement' }");
    for (const [name, attributes] of Object.entries(ATTRIBUTES))
      expect(text).to.include(`{ name: '${name}', attributes: ${JSON.stringify(attributes).replaceAll('"', "'").replaceAll(',', ', ')} }`);
  });
});

describe('TinyMCE (custom_elements + extended_valid_elements)', function () {
  this.timeout(30000);
  type TinyMCE = {
    init(options: Record<string, unknown>): Promise<{ setContent(html: string): void; getContent(): string; remove(): void }[]>;
  };
  let tinymce: TinyMCE;

  // The configuration docs/cms.md gives.
  const documented = () => ({
    custom_elements: '~borger-term,borger-channels,borger-guide,borger-booking,borger-help',
    extended_valid_elements: Object.entries(ATTRIBUTES)
      .map(([name, attributes]) => `${name}[${attributes.join('|')}]`)
      .join(','),
    convert_urls: false,
  });

  before(async () => {
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/tinymce/tinymce.min.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
    tinymce = (window as unknown as { tinymce: TinyMCE }).tinymce;
  });

  async function roundTrip(config: Record<string, unknown>): Promise<string> {
    const host = await fixture<HTMLDivElement>(document.createElement('div'));
    const target = document.createElement('textarea');
    host.append(target);
    // Self-hosted from node_modules, no skin or content CSS (the data is what is tested).
    const [editor] = await tinymce.init({
      target,
      license_key: 'gpl',
      base_url: '/node_modules/tinymce',
      suffix: '.min',
      skin: false,
      content_css: false,
      menubar: false,
      toolbar: false,
      promotion: false,
      ...config,
    });
    try {
      editor!.setContent(BODY);
      return editor!.getContent();
    } finally {
      editor!.remove();
    }
  }

  it('keeps every element and attribute, and URLs as written, with the documented configuration', async () => {
    const out = await roundTrip(documented());
    expectKept(out);
    expect(out).to.include('src="/content/kontakt.json"');
  });

  it('needs both settings and convert_urls: false (each alone loses something)', async () => {
    const { custom_elements, extended_valid_elements } = documented();
    expect(widgets(await roundTrip({}))).to.deep.equal([]);
    expect(widgets(await roundTrip({ extended_valid_elements }))).to.not.deep.equal(widgets(BODY));
    expect(widgets(await roundTrip({ custom_elements }))).to.not.deep.equal(widgets(BODY));
    // Without convert_urls: false, "/content/kontakt.json" becomes a relative "content/kontakt.json".
    expect(await roundTrip({ custom_elements, extended_valid_elements })).to.include('src="content/kontakt.json"');
  });

  it('docs/cms.md gives this configuration and the licence key', async () => {
    const text = await docs();
    const { custom_elements, extended_valid_elements } = documented();
    expect(text).to.include("license_key: 'gpl'");
    expect(text).to.include(`custom_elements: '${custom_elements}'`);
    for (const rule of extended_valid_elements.split(',')) expect(text).to.include(rule);
    expect(text).to.include('convert_urls: false');
  });
});
