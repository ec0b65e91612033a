// The manage token (issue 13, kind 6): read from `#booking=ID&token=T`, taken out of the URL at once
// (replaceState: no new history entry), kept in memory only, never copied by a guide into a new
// history entry, and sent nowhere but in the API call's Authorization header.
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { takeManageFragment } from '../../src/booking/booking.flow.js';
import { HttpBookingProvider } from '../../src/booking/http-provider.js';
import type { GuideState } from '../../src/guide/guide.engine.js';
import { fragmentWith } from '../../src/guide/guide.url-state.js';
import { FakeBookingProvider, TOKEN } from './fake-provider.js';
import { bookingElement, headingText, rowTexts, waitForStep } from './helpers.js';

/** A stand-in window: a location and a history that records what was done to it. */
function fakeWindow(hash: string) {
  const calls: Array<{ kind: 'replace' | 'push'; url: string; state: unknown }> = [];
  const location = { hash, pathname: '/side', search: '?a=1' } as Location;
  const history = {
    state: { mine: 1 },
    replaceState: (state: unknown, _title: string, url: string) => calls.push({ kind: 'replace', url, state }),
    pushState: (state: unknown, _title: string, url: string) => calls.push({ kind: 'push', url, state }),
  } as unknown as History;
  return { win: { location, history }, calls };
}

describe('takeManageFragment', () => {
  it('returns id and token and replaces the URL with one without them, keeping the page state and the other keys', () => {
    const { win, calls } = fakeWindow('#guide=nyt-pas&booking=bk-1&token=T0K3N&guide.path=a.b');
    expect(takeManageFragment(win)).to.deep.equal({ id: 'bk-1', token: 'T0K3N' });
    expect(calls).to.deep.equal([{ kind: 'replace', url: '/side?a=1#guide=nyt-pas&guide.path=a.b', state: { mine: 1 } }]);
  });

  it('leaves no "#" behind when the manage link was the whole fragment, and touches nothing without one', () => {
    const both = fakeWindow('#booking=bk-1&token=T0K3N');
    takeManageFragment(both.win);
    expect(both.calls.map((c) => c.url)).to.deep.equal(['/side?a=1']);
    for (const hash of ['', '#guide=x', '#booking=bk-1', '#token=T0K3N']) {
      const none = fakeWindow(hash);
      expect(takeManageFragment(none.win)).to.equal(undefined);
      expect(none.calls).to.deep.equal([]);
    }
  });

  it('removes exactly the booking and token keys and keeps every other key in order (generated fragments)', () => {
    const key = fc.constantFrom('guide', 'guide.path', 'x', 'booking', 'token', 'tokens', 'a.token');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.stringMatching(/^[A-Za-z0-9-]{1,8}$/)), { maxLength: 8 }), (pairs) => {
        const hash = `#${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`;
        const { win, calls } = fakeWindow(hash);
        const ref = takeManageFragment(win);
        const params = new URLSearchParams(hash.slice(1));
        expect(ref !== undefined).to.equal(Boolean(params.get('booking') && params.get('token')));
        if (!ref) return;
        const kept = pairs.filter(([k]) => k !== 'booking' && k !== 'token').map(([k, v]) => `${k}=${v}`);
        expect(calls).to.have.length(1);
        expect(calls[0]!.url).to.equal(`/side?a=1${kept.length ? `#${kept.join('&')}` : ''}`);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a guide with history never copies the token into a new entry', () => {
  const state: GuideState = { guideId: 'nyt-pas', answers: { hvem: 'mig' }, path: ['hvem', 'gammelt'] };

  it('keeps the token when replacing the current entry, drops it for a new one', () => {
    const hash = '#booking=bk-1&token=T0K3N';
    expect(fragmentWith(hash, state)).to.contain('token=T0K3N');
    const pushed = fragmentWith(hash, state, true);
    expect(pushed).to.not.contain('T0K3N');
    expect(pushed.startsWith('#booking=bk-1&guide=nyt-pas')).to.equal(true);
  });
});

describe('<borger-booking manage-from-url> and the token', () => {
  let before = '';
  beforeEach(() => {
    before = `${location.pathname}${location.search}${location.hash}`;
  });
  afterEach(() => {
    history.replaceState(history.state, '', before);
  });

  it('takes the token out of the URL as soon as it reads it, without adding a history entry; the booking still shows', async () => {
    const provider = new FakeBookingProvider();
    const booking = provider.seedBooking(provider.slots_[0]!);
    history.replaceState(history.state, '', `${location.pathname}#guide=nyt-pas&booking=${booking.id}&token=${TOKEN}`);
    const entries = history.length;
    const element = await bookingElement({ provider, attributes: { 'manage-from-url': '' } });
    expect(location.hash).to.equal('#guide=nyt-pas');
    expect(location.href).to.not.contain(TOKEN);
    expect(history.length).to.equal(entries);
    await waitForStep(element, 'view');
    expect(rowTexts(element)).to.include(`Bookingkode ${booking.code}`);
    expect(element.getAttribute('token')).to.equal(null);
    expect(element.outerHTML).to.not.contain(TOKEN);
  });

  it('sends the token in no request but the API call, and there only in the Authorization header', async () => {
    const secret = 'hemmelig-token-0123456789';
    const requests: { url: string; headers: Headers; body: unknown }[] = [];
    const provider = new HttpBookingProvider('https://booking.example.dk/v1', {
      fetch: async (url, init) => {
        requests.push({ url, headers: new Headers(init.headers), body: init.body });
        return new Response(JSON.stringify({ error: { code: 'not_found', message: 'No such booking.' } }), { status: 404 });
      },
    });
    const mark = performance.now();
    history.replaceState(history.state, '', `${location.pathname}#booking=bk-9&token=${secret}`);
    const element = await bookingElement({ provider, attributes: { 'manage-from-url': '' } });
    await waitUntil(() => headingText(element) === 'Vi kan ikke finde bookingen');
    expect(requests.length).to.be.greaterThan(0);
    for (const request of requests) {
      expect(request.url).to.not.contain(secret);
      expect(String(request.body ?? '')).to.not.contain(secret);
      for (const [name, value] of request.headers) {
        if (value.includes(secret))
          expect([name, request.url]).to.deep.equal(['authorization', 'https://booking.example.dk/v1/bookings/bk-9']);
      }
    }
    expect(requests.filter((r) => r.headers.get('authorization') === `Bearer ${secret}`)).to.have.length(1);
    // Nothing else the page loaded since (images, scripts, content) named it either.
    const loaded = performance.getEntriesByType('resource').filter((entry) => entry.startTime >= mark);
    for (const entry of loaded) expect(entry.name).to.not.contain(secret);
    expect(location.href).to.not.contain(secret);
  });
});
