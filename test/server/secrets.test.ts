// Tokens, booking codes and idempotency records: what is stored cannot be used by itself.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalJson, IdempotencyKey } from '../../server/idempotency.js';
import { bearerToken, CODE_ALPHABET, hashToken, newBookingCode, newToken, tokenMatches } from '../../server/tokens.js';

describe('tokens', () => {
  it('are 128 random bits in base64url, different every time', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newToken));
    assert.equal(tokens.size, 1000);
    for (const token of tokens) assert.match(token, /^[A-Za-z0-9_-]{22}$/);
  });

  it('match their own hash only', () => {
    const token = newToken();
    const hash = hashToken(token);
    assert.equal(tokenMatches(token, hash), true);
    assert.equal(tokenMatches(newToken(), hash), false);
    assert.equal(tokenMatches(undefined, hash), false);
    assert.equal(tokenMatches(token, undefined), false);
    assert.equal(tokenMatches('', hashToken('')), true);
  });

  it('come from a Bearer header only', () => {
    assert.equal(bearerToken('Bearer abc_DEF-123'), 'abc_DEF-123');
    assert.equal(bearerToken('bearer abc'), 'abc');
    assert.equal(bearerToken('Basic abc'), undefined);
    assert.equal(bearerToken('Bearer abc def'), undefined);
    assert.equal(bearerToken(undefined), undefined);
  });
});

describe('booking codes', () => {
  it('are six characters nobody confuses (no 0/O, 1/I/L)', () => {
    assert.doesNotMatch(CODE_ALPHABET, /[01OIL]/);
    for (let i = 0; i < 500; i++) assert.match(newBookingCode(), new RegExp(`^[${CODE_ALPHABET}]{6}$`));
  });
});

describe('IdempotencyKey', () => {
  const answer = { status: 201, body: { booking: { id: 'b1' }, token: 'secret-token-value' } };

  it('seals the answer so only the same key opens it', () => {
    const key = new IdempotencyKey('0f5c8a4e-3f4b-4c2d-9a57-0d3b7f1e2a6c');
    const sealed = key.seal(answer);
    assert.ok(!sealed.toString('latin1').includes('secret-token-value'));
    assert.deepEqual(key.open(sealed), answer);
    assert.deepEqual(new IdempotencyKey('0f5c8a4e-3f4b-4c2d-9a57-0d3b7f1e2a6c').open(sealed), answer);
    assert.throws(() => new IdempotencyKey('another-key-of-enough-length').open(sealed));
  });

  it('stores a hash of the key, not the key', () => {
    const raw = 'abcdefghijklmnopqrstuvwxyz';
    const key = new IdempotencyKey(raw);
    assert.equal(key.hash.length, 32);
    assert.ok(!key.hash.toString('latin1').includes(raw));
  });

  it('gives the same body the same MAC whatever the key order', () => {
    const key = new IdempotencyKey('abcdefghijklmnopqrstuvwxyz');
    assert.ok(key.bodyMac({ a: 1, b: 'x' }).equals(key.bodyMac({ b: 'x', a: 1 })));
    assert.ok(!key.bodyMac({ a: 1, b: 'x' }).equals(key.bodyMac({ a: 1, b: 'y' })));
    assert.ok(!key.bodyMac({ a: 1 }).equals(new IdempotencyKey('zyxwvutsrqponmlkjihgfedcba').bodyMac({ a: 1 })));
    assert.equal(canonicalJson({ b: [1, { d: 2, c: 3 }], a: null }), '{"a":null,"b":[1,{"c":3,"d":2}]}');
  });
});
