import { expect, fixture, html } from '@open-wc/testing';
import { parseRichText, type RichNode, renderRichText, richTextToPlain } from '../../src/core/rich-text.js';
import { isExternal } from '../../src/core/url.js';

const text = (t: string): RichNode => ({ type: 'text', text: t });
const p = (...children: RichNode[]): RichNode => ({ type: 'p', children });

async function rendered(source: string): Promise<HTMLElement> {
  return fixture(html`<div>${renderRichText(source)}</div>`);
}

/** The markup as it ended up in the DOM, without Lit's comment markers. */
function markup(element: Element): string {
  return element.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
}

describe('rich text', () => {
  describe('parse', () => {
    it('turns plain text into one paragraph', () => {
      expect(parseRichText('Husk dit pas.')).to.deep.equal([p(text('Husk dit pas.'))]);
    });

    it('splits plain text at blank lines into paragraphs, and keeps single line breaks as spaces', () => {
      expect(parseRichText('Første afsnit.\nSamme afsnit.\n\n  \nAndet afsnit.')).to.deep.equal([
        p(text('Første afsnit.\nSamme afsnit.')),
        p(text('Andet afsnit.')),
      ]);
    });

    it('keeps the allowed tags', () => {
      expect(parseRichText('<p>Tag <strong>pas</strong> og <em>foto</em> med.<br>Tak.</p><ol><li>Et</li><li>To</li></ol>')).to.deep.equal([
        p(
          text('Tag '),
          { type: 'strong', children: [text('pas')] },
          text(' og '),
          { type: 'em', children: [text('foto')] },
          text(' med.'),
          { type: 'br' },
          text('Tak.'),
        ),
        {
          type: 'ol',
          children: [
            { type: 'li', children: [text('Et')] },
            { type: 'li', children: [text('To')] },
          ],
        },
      ]);
    });

    it('reads <b> and <i> as <strong> and <em>, and tag names in any case', () => {
      expect(parseRichText('<B>fed</B> <I>kursiv</I>')).to.deep.equal([
        p({ type: 'strong', children: [text('fed')] }, text(' '), { type: 'em', children: [text('kursiv')] }),
      ]);
    });

    it('keeps safe links and turns unsafe ones into plain text', () => {
      expect(
        parseRichText(
          '<a href="https://www.borger.dk/">borger.dk</a> <a href="/pas" title="x">pas</a> <a href="mailto:a@kk.dk">mail</a> <a href="tel:+4533663366">ring</a> <a href="javascript:alert(1)">farlig</a> <a>uden</a>',
        ),
      ).to.deep.equal([
        p(
          { type: 'a', href: 'https://www.borger.dk/', children: [text('borger.dk')] },
          text(' '),
          { type: 'a', href: '/pas', children: [text('pas')] },
          text(' '),
          { type: 'a', href: 'mailto:a@kk.dk', children: [text('mail')] },
          text(' '),
          { type: 'a', href: 'tel:+4533663366', children: [text('ring')] },
          text(' farlig uden'),
        ),
      ]);
    });

    it('drops unknown tags and keeps their text', () => {
      expect(parseRichText('<div><span class="x">Hej</span> <u>du</u></div>')).to.deep.equal([p(text('Hej du'))]);
    });

    it('drops the content of script and style entirely', () => {
      expect(parseRichText('Før<script>alert("x")</script><style>p{color:red}</style>efter')).to.deep.equal([p(text('Førefter'))]);
      expect(parseRichText('Før<SCRIPT type="x">never closed')).to.deep.equal([p(text('Før'))]);
    });

    it('decodes the entities', () => {
      expect(parseRichText('&amp; &lt;b&gt; &quot;x&quot; &#39;y&#39; a&nbsp;b &#x41;&#66; &ukendt; &')).to.deep.equal([
        p(text('& <b> "x" \'y\' a\u00a0b AB &ukendt; &')),
      ]);
    });

    it('keeps a "<" that starts no tag', () => {
      expect(parseRichText('3 < 4 og 5 <= 6')).to.deep.equal([p(text('3 < 4 og 5 <= 6'))]);
    });

    it('closes unclosed tags at the end', () => {
      expect(parseRichText('<ul><li>En<li>To <strong>fed')).to.deep.equal([
        {
          type: 'ul',
          children: [
            { type: 'li', children: [text('En')] },
            { type: 'li', children: [text('To '), { type: 'strong', children: [text('fed')] }] },
          ],
        },
      ]);
    });

    it('gives a lone <li> its list, and a new block closes an open paragraph', () => {
      expect(parseRichText('<p>Tekst<ul><li>punkt</ul>')).to.deep.equal([
        p(text('Tekst')),
        { type: 'ul', children: [{ type: 'li', children: [text('punkt')] }] },
      ]);
      expect(parseRichText('<li>alene')).to.deep.equal([{ type: 'ul', children: [{ type: 'li', children: [text('alene')] }] }]);
    });

    it('drops empty elements and comments', () => {
      expect(parseRichText('<p></p><!-- note --><strong></strong><a href="/x"></a>Tekst')).to.deep.equal([p(text('Tekst'))]);
    });

    it('turns rich text into plain text for LIX and search', () => {
      expect(richTextToPlain('<p>Et <strong>afsnit</strong>.</p><ul><li>Et</li><li>To</li></ul>Sidst.')).to.equal(
        'Et afsnit.\nEt\nTo\nSidst.',
      );
    });
  });

  describe('render', () => {
    it('renders the tree as elements', async () => {
      const el = await rendered('<p>Tag <strong>pas</strong> med.</p><ul><li>Foto</li></ul>');
      expect(markup(el)).to.equal('<p>Tag <strong>pas</strong> med.</p><ul><li>Foto</li></ul>');
    });

    it('renders text as text: decoded entities never become markup', async () => {
      const el = await rendered('&lt;strong&gt;ikke fed&lt;/strong&gt;');
      expect(el.querySelector('strong')).to.equal(null);
      expect(el.textContent).to.equal('<strong>ikke fed</strong>');
    });

    it('marks links to other sites noopener noreferrer, and leaves own links alone', async () => {
      const el = await rendered(
        `<a href="https://www.borger.dk/">ude</a> <a href="//evil.example/">skjult</a> <a href="/pas">hjemme</a> <a href="${location.origin}/x">også hjemme</a> <a href="mailto:a@kk.dk">mail</a>`,
      );
      const rel = [...el.querySelectorAll('a')].map((a) => a.getAttribute('rel'));
      expect(rel).to.deep.equal(['noopener noreferrer', 'noopener noreferrer', null, null, null]);
    });

    it('accepts a parsed tree as well as a string', async () => {
      const el = await fixture(html`<div>${renderRichText([p(text('Fra træ'))])}</div>`);
      expect(markup(el)).to.equal('<p>Fra træ</p>');
    });

    it('knows which links leave the site', () => {
      expect(isExternal('https://www.borger.dk/')).to.equal(true);
      expect(isExternal('/\\evil.example/')).to.equal(true);
      expect(isExternal('pas.html')).to.equal(false);
      expect(isExternal('tel:+4533663366')).to.equal(false);
    });
  });

  describe('XSS payloads', () => {
    const ALLOWED = new Set(['DIV', 'P', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'BR', 'A']);
    const payloads = [
      '<img src=x onerror="window.__xss=1">',
      '<svg onload="window.__xss=1"><circle r="1"/></svg>',
      '<script>window.__xss=1</script>',
      '<a href="javascript:window.__xss=1">klik</a>',
      '<a href="JaVaScRiPt:window.__xss=1">klik</a>',
      '<a href="&#106;avascript:window.__xss=1">klik</a>',
      '<a href="&#x6A;&#x61;vascript&#x3A;window.__xss=1">klik</a>',
      '<a href="java\tscript:window.__xss=1">klik</a>',
      '<a href=" \u0001javascript:window.__xss=1">klik</a>',
      '<a href="javascript&colon;window.__xss=1">klik</a>',
      '<a href=javascript:window.__xss=1>klik</a>',
      '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">klik</a>',
      '<a href="vbscript:msgbox(1)">klik</a>',
      '<p onclick="window.__xss=1" style="x">tekst</p>',
      '<a href="https://www.borger.dk/" onmouseover="window.__xss=1">borger.dk</a>',
      '&lt;script&gt;window.__xss=1&lt;/script&gt;',
      '<iframe src="javascript:window.__xss=1"></iframe>',
      '<scr<script>ipt>window.__xss=1</script>',
      '<<script>script>window.__xss=1<</script>/script>',
      '"><img src=x onerror=window.__xss=1>',
      "<a href='javascript:window.__xss=1'",
      '<!--<img src=x onerror=window.__xss=1>-->',
      '<svg><a xlink:href="javascript:window.__xss=1"><text>klik</text></a></svg>',
      '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
      '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
      '<template><img src=x onerror=window.__xss=1></template>',
      '<object data="javascript:window.__xss=1"></object>',
      '<form action="javascript:window.__xss=1"><button>send</button></form>',
      '<body onload="window.__xss=1">',
      '<strong onmouseover=window.__xss=1>fed</strong>',
      '<a href="https://ok.dk" href="javascript:window.__xss=1">dobbelt</a>',
      '<a href="javascript:window.__xss=1" href="https://ok.dk">dobbelt</a>',
    ];

    for (const payload of payloads) {
      it(`is harmless: ${JSON.stringify(payload)}`, async () => {
        const el = await rendered(payload);
        for (const node of el.querySelectorAll('*')) {
          expect(ALLOWED.has(node.tagName), `<${node.tagName.toLowerCase()}> is not allowed`).to.equal(true);
          for (const attribute of node.attributes) {
            expect(attribute.name, 'event handler attribute').to.not.match(/^on/i);
            expect(['href', 'rel'], `attribute ${attribute.name}`).to.include(attribute.name);
          }
        }
        expect(el.querySelector('script, iframe, img, svg, object, style')).to.equal(null);
        for (const a of el.querySelectorAll('a')) {
          expect(a.protocol, a.getAttribute('href') ?? '').to.be.oneOf(['https:', 'http:', 'mailto:', 'tel:']);
          expect(a.href.toLowerCase()).to.not.match(/^\s*(javascript|vbscript|data):/);
        }
        expect((window as { __xss?: number }).__xss).to.equal(undefined);
      });
    }

    it(`covers at least 15 payloads (${payloads.length})`, () => {
      expect(payloads.length).to.be.at.least(15);
    });
  });

  // Last: once Trusted Types are enforced on this page they stay enforced.
  describe('under Trusted Types', () => {
    it('renders without any HTML string reaching the DOM', async () => {
      const meta = document.createElement('meta');
      meta.httpEquiv = 'Content-Security-Policy';
      meta.content = "require-trusted-types-for 'script'";
      document.head.append(meta);
      // Proof that enforcement is on: a plain innerHTML string is now refused.
      expect(() => {
        document.createElement('div').innerHTML = '<b>x</b>';
      }).to.throw(TypeError);
      const el = await rendered(
        '<p>Tag <a href="https://www.borger.dk/">borger.dk</a> &amp; <em>pas</em> med.</p><img src=x onerror=alert(1)>',
      );
      expect(markup(el)).to.equal(
        '<p>Tag <a href="https://www.borger.dk/" rel="noopener noreferrer">borger.dk</a> &amp; <em>pas</em> med.</p>',
      );
    });
  });
});
