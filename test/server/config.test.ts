// Environment settings: defaults, and loud failures for typos.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readConfig } from '../../server/config.js';
import { originAllowed, parseCorsOrigins } from '../../server/cors.js';

describe('readConfig', () => {
  it('has safe defaults', () => {
    assert.deepEqual(readConfig({}), {
      port: 8787,
      host: '127.0.0.1',
      dbPath: 'server/data/booking.db',
      retentionDays: 30,
      corsOrigins: 'localhost',
      rateLimit: { reads: 600, writes: 30 },
    });
  });

  it('reads every variable', () => {
    const config = readConfig({
      PORT: '0',
      HOST: '::1',
      DB_PATH: ':memory:',
      RETENTION_DAYS: '7',
      CORS_ORIGINS: 'https://www.kk.dk, https://kk.dk/',
      RATE_LIMIT_READS: '0',
      RATE_LIMIT_WRITES: '0',
    });
    assert.deepEqual(config, {
      port: 0,
      host: '::1',
      dbPath: ':memory:',
      retentionDays: 7,
      corsOrigins: ['https://www.kk.dk', 'https://kk.dk'],
      rateLimit: false,
    });
  });

  it('refuses values that are not whole numbers in range', () => {
    assert.throws(() => readConfig({ PORT: 'eighty' }), /PORT must be a whole number/);
    assert.throws(() => readConfig({ RETENTION_DAYS: '-1' }), /RETENTION_DAYS/);
    assert.throws(() => readConfig({ PORT: '70000' }), /PORT/);
  });
});

describe('CORS origins', () => {
  it('allows any localhost port by default, exact origins otherwise', () => {
    const local = parseCorsOrigins(undefined);
    assert.equal(originAllowed('http://localhost:5173', local), true);
    assert.equal(originAllowed('http://127.0.0.1:8080', local), true);
    assert.equal(originAllowed('http://localhost.evil.example', local), false);
    assert.equal(originAllowed('https://www.kk.dk', local), false);
    const kk = parseCorsOrigins('https://www.kk.dk');
    assert.equal(originAllowed('https://www.kk.dk', kk), true);
    assert.equal(originAllowed('http://localhost:5173', kk), false);
  });
});
