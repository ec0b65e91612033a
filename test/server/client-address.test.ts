// TRUST_PROXY: which address is the client's, with and without proxies in front.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clientAddress, parseTrustProxy, type TrustProxy } from '../../server/client-address.js';
import { call, makeApp } from './fixtures.js';

function trust(value: string): TrustProxy {
  const parsed = parseTrustProxy(value);
  assert.ok(!('error' in parsed), JSON.stringify(parsed));
  return parsed;
}

describe('clientAddress', () => {
  it('without TRUST_PROXY: the socket, whatever the header claims', () => {
    assert.equal(clientAddress(trust(''), '203.0.113.9', '198.51.100.1'), '203.0.113.9');
    assert.equal(clientAddress(trust('false'), '::ffff:203.0.113.9', undefined), '203.0.113.9');
  });

  it('with one hop: the address the proxy saw, not what the client wrote before it', () => {
    const one = trust('1');
    assert.equal(clientAddress(one, '10.0.0.2', '198.51.100.7'), '198.51.100.7');
    // A client sends its own X-Forwarded-For; the proxy appends the real address.
    assert.equal(clientAddress(one, '10.0.0.2', '1.2.3.4, 198.51.100.7'), '198.51.100.7');
    // No header: the proxy itself.
    assert.equal(clientAddress(one, '10.0.0.2', undefined), '10.0.0.2');
  });

  it('with two hops: counts from the socket; fewer entries → the leftmost', () => {
    assert.equal(clientAddress(trust('2'), '10.0.0.2', '6.6.6.6, 198.51.100.7, 10.0.0.3'), '198.51.100.7');
    assert.equal(clientAddress(trust('2'), '10.0.0.2', '198.51.100.7'), '198.51.100.7');
  });

  it('with CIDR ranges: the first address from the right outside them', () => {
    const proxies = trust('10.0.0.0/8, 127.0.0.1, fd00::/8');
    assert.equal(clientAddress(proxies, '10.1.2.3', '6.6.6.6, 198.51.100.7, 10.9.9.9'), '198.51.100.7');
    assert.equal(clientAddress(proxies, '::ffff:127.0.0.1', '2001:db8::5'), '2001:db8::5');
    assert.equal(clientAddress(proxies, 'fd00::1', '10.0.0.1, 10.0.0.2'), '10.0.0.1');
    // A socket outside the ranges is the client: its header is not believed.
    assert.equal(clientAddress(proxies, '198.51.100.7', '1.2.3.4'), '198.51.100.7');
    // A proxy that saw no address ("unknown") gives that as the key, never what lies left of it.
    assert.equal(clientAddress(proxies, '10.0.0.1', '1.2.3.4, unknown'), 'unknown');
  });

  it('parses what an operator writes, and says why not', () => {
    assert.deepEqual(parseTrustProxy('0'), { kind: 'none' });
    assert.deepEqual(parseTrustProxy('3'), { kind: 'hops', hops: 3 });
    assert.ok('error' in parseTrustProxy('10.0.0.0/8/1'));
    assert.ok('error' in parseTrustProxy('::1/129'));
    assert.ok('error' in parseTrustProxy('localhost'));
  });
});

describe('rate limits behind a proxy', () => {
  async function statuses(trustProxy: TrustProxy, forwardedFor: string[]): Promise<number[]> {
    const t = await makeApp({ rateLimit: { reads: 2, writes: 2, windowMs: 60_000 }, trustProxy });
    const out: number[] = [];
    for (const address of forwardedFor) {
      out.push((await call(t.app, 'GET', '/services', { headers: { 'X-Forwarded-For': address } })).status);
    }
    await t.close();
    return out;
  }

  it('count per real client when the proxy is trusted', async () => {
    // Three citizens, two requests each, through one proxy: nobody is refused.
    const clients = ['198.51.100.1', '198.51.100.2', '198.51.100.3'];
    assert.deepEqual(await statuses(trust('1'), [...clients, ...clients]), [200, 200, 200, 200, 200, 200]);
    // A third request from one of them is.
    assert.deepEqual(await statuses(trust('1'), [clients[0], clients[0], clients[0]] as string[]), [200, 200, 429]);
  });

  it('cannot be dodged by writing X-Forwarded-For when no proxy is trusted', async () => {
    assert.deepEqual(await statuses(trust(''), ['1.1.1.1', '2.2.2.2', '3.3.3.3']), [200, 200, 429]);
  });
});
