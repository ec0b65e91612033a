// Who a request really comes from. Behind a reverse proxy every socket is the proxy's; only the
// proxy's own `X-Forwarded-For` names the citizen. Which entries to believe is the operator's word
// (TRUST_PROXY), never the client's: the left-hand entries of the header are whatever the client sent.
import { BlockList, isIP } from 'node:net';

/**
 * - `none`: the socket's address is the client (no proxy; the header is ignored).
 * - `hops`: exactly this many proxies stand in front of the server (1 = one TLS proxy).
 * - `cidrs`: proxies are the addresses in these ranges; the client is the first address, from the
 *   right of `X-Forwarded-For`, that is not one of them.
 */
export type TrustProxy = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'cidrs'; ranges: readonly string[]; list: BlockList };

export const NO_PROXY: TrustProxy = { kind: 'none' };

/** `::ffff:10.0.0.1` (IPv4 on an IPv6 socket) → `10.0.0.1`; anything else unchanged. */
export function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? (mapped[1] as string) : address;
}

/**
 * `TRUST_PROXY`: empty, `false` or `0` → none; a whole number 1–10 → hops; otherwise a
 * comma-separated list of addresses or CIDR ranges (`10.0.0.0/8, 127.0.0.1, fd00::/8`).
 * Returns the reason in words when the value is not one of those.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy | { error: string } {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false' || text === '0') return NO_PROXY;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops >= 1 && hops <= 10 ? { kind: 'hops', hops } : { error: 'as a hop count must be from 1 to 10' };
  }
  const list = new BlockList();
  const ranges: string[] = [];
  for (const part of text.split(',').map((p) => p.trim())) {
    const [address = '', prefix, extra] = part.split('/');
    const family = isIP(plainAddress(address));
    if (family === 0 || extra !== undefined)
      return { error: `must be a hop count or a list of addresses/CIDR ranges; "${part}" is neither` };
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) {
      list.addAddress(plainAddress(address), type);
    } else {
      const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : Number.NaN;
      if (!(bits >= 0 && bits <= (family === 4 ? 32 : 128))) return { error: `has a bad prefix length in "${part}"` };
      list.addSubnet(plainAddress(address), bits, type);
    }
    ranges.push(part);
  }
  return { kind: 'cidrs', ranges, list };
}

function trusted(list: BlockList, address: string): boolean {
  const plain = plainAddress(address);
  const family = isIP(plain);
  return family !== 0 && list.check(plain, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client's address for one request. `socketAddress` is the TCP peer; `forwardedFor` is the
 * raw `X-Forwarded-For` header (comma-separated, the nearest proxy's view last). With `hops: n`
 * the client is the n-th address counted from the socket; with fewer entries than that the
 * leftmost is used. With `cidrs` the walk stops at the first address outside the ranges (an entry
 * that is not an address, e.g. nginx's `unknown`, is never trusted, so it becomes the key).
 */
export function clientAddress(trust: TrustProxy, socketAddress: string, forwardedFor: string | undefined): string {
  const socket = plainAddress(socketAddress);
  if (trust.kind === 'none' || !forwardedFor) return socket;
  // Nearest first: the socket, then the header from its right end.
  const chain = [
    socket,
    ...forwardedFor
      .split(',')
      .map((entry) => plainAddress(entry.trim()))
      .filter((entry) => entry !== '')
      .reverse(),
  ];
  if (trust.kind === 'hops') return chain[Math.min(trust.hops, chain.length - 1)] as string;
  let i = 0;
  while (i < chain.length - 1 && trusted(trust.list, chain[i] as string)) i++;
  return chain[i] as string;
}
