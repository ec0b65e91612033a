// core/url.ts, the one place that decides which links content may hold (issue 13, kind 5).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { HREF_REFUSALS, hrefRefusal, webHrefRefusal } from '../../src/core/href-refusal.js';
import { checkHref, isContentHref, isExternal, isPlainEmail, isWebHref, mailtoHref, safeHref } from '../../src/core/url.js';

describe('checkHref', () => {
  it('lets web links, links on this site, and plain mailto:/tel: links through', () => {
    for (const href of [
      'https://www.borger.dk/',
      'HTTP://kk.dk/x?y=1#z',
      '/pas',
      '../flyt',
      'pas.html',
      '#frister',
      '?side=2',
      'mailto:borgerservice@kk.dk',
      'tel:+4533663366',
    ]) {
      expect(checkHref(href), href).to.deep.equal({ ok: true, href });
    }
  });

  it('refuses links that look relative but lead to another site, and says why', () => {
    const cases: Array<[string, string]> = [
      ['//evil.example/a', 'protocol-relative'],
      ['/\\evil.example/b', 'backslash'],
      ['\\\\evil.example', 'backslash'],
      ['/\t/evil.example', 'whitespace'],
      [' //evil.example', 'protocol-relative'],
      ['https:evil.example', 'web-form'],
      ['https:/evil.example', 'web-form'],
    ];
    for (const [href, reason] of cases) {
      const result = checkHref(href);
      expect(result.ok, href).to.equal(false);
      if (!result.ok) expect(result.reason, href).to.equal(reason);
      expect(safeHref(href), href).to.equal(undefined);
    }
  });

  it('lets mailto: carry only one address and tel: only a number', () => {
    for (const href of [
      'mailto:borgerservice@kk.dk?bcc=spion@evil.example&body=Send%20dit%20CPR-nummer',
      'mailto:a@kk.dk,b@kk.dk',
      'mailto:a@kk.dk%3Fbcc%3Dx@evil.example',
      'mailto:?to=a@kk.dk',
      'tel:+4533663366;ext=1',
      'tel:+45?x',
      'tel:javascript',
    ]) {
      expect(checkHref(href).ok, href).to.equal(false);
    }
    expect(isPlainEmail('borgerservice@kk.dk')).to.equal(true);
    expect(isPlainEmail('borgerservice@kk.dk?bcc=x@y.dk')).to.equal(false);
    expect(mailtoHref('borgerservice@kk.dk?bcc=x@y.dk&body=CPR')).to.equal(undefined);
    expect(mailtoHref('borgerservice@kk.dk')).to.equal('mailto:borgerservice@kk.dk');
  });

  it('refuses a web address whose host the URL parser refuses (fast-check found "https://%2F/")', () => {
    for (const href of [
      'https://%2F/',
      'http://@/',
      'http://a@/',
      'https://%5C/x',
      'http://a%2Fb.dk/',
      'https://exa mple.dk',
      'https://[::1/',
    ]) {
      expect(checkHref(href).ok, href).to.equal(false);
    }
    expect(checkHref('https://kk.dk/%2F').ok).to.equal(true);
  });

  it('never lets an accepted link leave the site unless it is a full http(s) address (generated odd URLs)', () => {
    const piece = fc.constantFrom(
      '/',
      '\\',
      '//',
      '/\\',
      'evil.example',
      ':',
      'https',
      'http',
      'mailto',
      'tel',
      '?',
      '#',
      '@',
      '%2F',
      '%5C',
      '.',
      ' ',
      '\t',
      '\n',
      'a',
      'kk.dk',
      'javascript',
      'data',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const href = pieces.join('');
        const result = checkHref(href);
        if (!result.ok) return;
        const url = new URL(result.href, location.href);
        expect(['https:', 'http:', 'mailto:', 'tel:'], href).to.include(url.protocol);
        if (url.origin !== location.origin && (url.protocol === 'https:' || url.protocol === 'http:')) {
          expect(result.href, href).to.match(/^https?:\/\/[^/?#]/i);
          expect(isExternal(result.href)).to.equal(true);
        }
        if (url.protocol === 'mailto:') expect(isPlainEmail(decodeURIComponent(url.pathname)), href).to.equal(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('hrefRefusal and webHrefRefusal (core/href-refusal.ts: the words for the console and the CLI)', () => {
  it('says why each refused link is refused, and nothing for a good one', () => {
    expect(hrefRefusal('//evil.example/a')).to.equal(HREF_REFUSALS['protocol-relative']);
    expect(hrefRefusal('javascript:alert(1)')).to.equal(HREF_REFUSALS.scheme);
    expect(hrefRefusal('mailto:a@kk.dk?bcc=b@evil.example')).to.equal(HREF_REFUSALS.mailto);
    expect(hrefRefusal('https://www.borger.dk/')).to.equal(undefined);
    for (const sentence of Object.values(HREF_REFUSALS)) expect(sentence).to.match(/^[a-z].{5,}/);
    // Every reason checkHref gives has its sentence.
    for (const href of ['', '/\t/x', '/\\x', '//x', 'data:x', 'https:x', 'mailto:x', 'tel:x']) {
      const result = checkHref(href);
      expect(result.ok, href).to.equal(false);
      if (!result.ok) expect(hrefRefusal(href), href).to.equal(HREF_REFUSALS[result.reason]);
    }
  });

  it('refuses mailto: and tel: where only a web link will do, and agrees with isWebHref', () => {
    expect(webHrefRefusal('mailto:a@kk.dk')).to.match(/web address/);
    expect(webHrefRefusal('tel:+4533663366')).to.match(/web address/);
    expect(webHrefRefusal('//evil.example')).to.equal(HREF_REFUSALS['protocol-relative']);
    for (const href of ['https://kk.dk/', '/pas', 'mailto:a@kk.dk', 'tel:1', 'javascript:x', ' https://kk.dk ']) {
      expect(isWebHref(href), href).to.equal(webHrefRefusal(href) === undefined);
      expect(isContentHref(href), href).to.equal(hrefRefusal(href) === undefined);
    }
  });
});
