import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import {
  MARKUP_MAX_DEPTH,
  markupProblems,
  parseRichText,
  type RichNode,
  renderRichText,
  richTextToPlain,
} from '../../src/core/rich-text.js';
import { RichTextSchema } from '../../src/core/rich-text.schema.js';
import { isExternal } from '../../src/core/url.js';
import { validate } from '../../src/core/validation.js';

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
      // A script that never ends is a mistake: its text stays (as text), so nothing after it is lost.
      expect(parseRichText('Før<SCRIPT type="x">never closed')).to.deep.equal([p(text('Førnever closed'))]);
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

  describe('bounded and forgiving', () => {
    const depthOf = (nodes: readonly RichNode[]): number =>
      nodes.reduce((deepest, node) => Math.max(deepest, 'children' in node ? 1 + depthOf(node.children) : 0), 0);
    const WORDS = ['pas', 'hej', 'kort', 'ærø', 'året'];
    const wordsIn = (plain: string) => (plain.match(/\p{L}+/gu) ?? []).filter((w) => WORDS.includes(w));

    it('keeps the text of 5,000 nested <b> (15 KB) and nests no deeper than the cap', () => {
      const source = `${'<b>'.repeat(5000)}dybt${'</b>'.repeat(5000)} efter`;
      const tree = parseRichText(source);
      expect(depthOf(tree)).to.be.at.most(MARKUP_MAX_DEPTH + 1); // + the paragraph around inline text
      expect(richTextToPlain(tree)).to.equal('dybt efter');
      expect(markupProblems(source).map((x) => x.code)).to.deep.equal(['too-deep']);
    });

    it('accepts markup nested exactly to the cap and refuses one level more (schema, with the language path)', () => {
      const nested = (n: number) => `${'<em>'.repeat(n)}x${'</em>'.repeat(n)}`;
      expect(markupProblems(nested(MARKUP_MAX_DEPTH))).to.deep.equal([]);
      expect(validate(RichTextSchema, nested(MARKUP_MAX_DEPTH)).ok).to.equal(true);
      const refused = validate(RichTextSchema, { da: 'fint', en: nested(MARKUP_MAX_DEPTH + 1) });
      expect(refused.ok).to.equal(false);
      if (!refused.ok) {
        expect(refused.problems.map((x) => x.path)).to.deep.equal(['$.en']);
        expect(refused.problems[0]!.message).to.contain(`more than ${MARKUP_MAX_DEPTH} levels`);
      }
    });

    it('ends a quoted value at ">" when its quote is missing, so the text after it stays ("<a href="/x>link")', () => {
      expect(parseRichText('Se <a href="/x>linket</a> og resten.')).to.deep.equal([
        p(text('Se '), { type: 'a', href: '/x', children: [text('linket')] }, text(' og resten.')),
      ]);
      expect(markupProblems('Se <a href="/x>linket</a>')).to.deep.equal([{ code: 'unclosed-quote', offset: 3, tag: 'a' }]);
    });

    it('keeps as text what follows a tag, comment or quote that never ends, and names each', () => {
      expect(richTextToPlain('Tekst <b')).to.equal('Tekst <b');
      expect(richTextToPlain('Tekst <a href="/x og mere')).to.equal('Tekst <a href="/x og mere');
      expect(richTextToPlain('Før <!-- glemt slut og efter')).to.equal('Før <!-- glemt slut og efter');
      expect(richTextToPlain('Før </b og efter')).to.equal('Før </b og efter');
      expect(markupProblems('Tekst <b').map((x) => x.code)).to.deep.equal(['unclosed-tag']);
      expect(markupProblems('a <style>b').map((x) => [x.code, x.tag])).to.deep.equal([['unclosed-raw', 'style']]);
      expect(markupProblems('<p>Helt <strong>fint</strong> &amp; <a href="/x">godt</a></p>')).to.deep.equal([]);
      expect(markupProblems('3 < 4, uden markup')).to.deep.equal([]);
    });

    it('never loses a word, whatever the mix of tags, malformed tags and unclosed endings (generated)', () => {
      const whole = fc.constantFrom(
        '<b>',
        '</b>',
        '</i>',
        '<em>',
        '</em>',
        '<p>',
        '</p>',
        '<ul>',
        '<li>',
        '</ul>',
        '<br>',
        '<span class="x">',
        '</div>',
        '<a href="/x">',
        '<a href="/x>',
        '</a>',
        '<a href="javascript:x">',
        "<a href='https://kk.dk'>",
        '<!-- c -->',
        ' ',
        '\n\n',
      );
      const ending = fc.constantFrom('', '<b', '<a href="', '<!--', '<script>', '</', '<');
      fc.assert(
        fc.property(fc.array(fc.oneof(fc.constantFrom(...WORDS), whole), { maxLength: 60 }), ending, (pieces, end) => {
          const source = pieces.join(' ') + end + (end ? ' pas' : '');
          const expected = pieces.filter((x) => WORDS.includes(x));
          if (end) expected.push('pas');
          expect(wordsIn(richTextToPlain(source))).to.deep.equal(expected);
        }),
        { numRuns: 400 },
      );
    });

    it('never throws and never nests past the cap, for any depth and mix of tags (generated)', () => {
      const tag = fc.constantFrom('b', 'i', 'em', 'strong', 'p', 'ul', 'li', 'a href="/x"', 'span');
      fc.assert(
        fc.property(fc.array(tag, { minLength: 1, maxLength: 3000 }), fc.boolean(), (tags, close) => {
          const open = tags.map((t) => `<${t}>`).join('');
          const closing = close
            ? [...tags]
                .reverse()
                .map((t) => `</${t.split(' ')[0]}>`)
                .join('')
            : '';
          const tree = parseRichText(`${open}inderst${closing}`);
          expect(depthOf(tree)).to.be.at.most(MARKUP_MAX_DEPTH + 1);
          expect(richTextToPlain(tree)).to.equal('inderst');
          const inline = tags.every((t) => ['b', 'i', 'em', 'strong'].includes(t));
          if (inline) expect(markupProblems(open).some((x) => x.code === 'too-deep')).to.equal(tags.length > MARKUP_MAX_DEPTH);
        }),
        { numRuns: 60 },
      );
    });

    it('renders 5,000 nested tags without overflowing the stack', async () => {
      const el = await rendered(`${'<strong>'.repeat(5000)}dybt`);
      expect(el.textContent?.trim()).to.equal('dybt');
      expect(el.querySelectorAll('strong').length).to.be.at.most(MARKUP_MAX_DEPTH);
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

    it('marks links to other sites noopener noreferrer and visibly, leaves own links alone, and refuses look-alike relative links', async () => {
      const el = await rendered(
        `<a href="https://www.borger.dk/">ude</a> <a href="//evil.example/">skjult</a> <a href="/\\evil.example/b">skjult</a> <a href="/pas">hjemme</a> <a href="${location.origin}/x">også hjemme</a> <a href="mailto:a@kk.dk">mail</a> <a href="mailto:a@kk.dk?bcc=b@evil.example">bcc</a>`,
      );
      const links = [...el.querySelectorAll('a')];
      expect(links.map((a) => [a.textContent, a.getAttribute('rel')])).to.deep.equal([
        ['ude↗ (andet websted)', 'noopener noreferrer'],
        ['hjemme', null],
        ['også hjemme', null],
        ['mail', null],
      ]);
      // The refused links keep their text, as text.
      expect(el.textContent).to.contain('skjult skjult');
      expect(el.textContent).to.contain('bcc');
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
    const ALLOWED = new Set(['DIV', 'P', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'BR', 'A', 'SPAN']);
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
            expect(['href', 'rel', 'class', 'aria-hidden'], `attribute ${attribute.name}`).to.include(attribute.name);
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
        '<p>Tag <a href="https://www.borger.dk/" rel="noopener noreferrer">borger.dk<span class="external-mark" aria-hidden="true">↗</span><span class="visually-hidden"> (andet websted)</span></a> &amp; <em>pas</em> med.</p>',
      );
    });
  });
});
