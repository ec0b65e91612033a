// Environment settings: defaults, every variable read, and one clear line per bad value.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readConfig } from '../../server/config.js';
import { originAllowed, parseCorsOrigins } from '../../server/cors.js';
import { configProblems as problems } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'booking-config-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('readConfig', () => {
  it('has safe defaults: loopback, SQLite in server/data, no proxy trusted', () => {
    const config = readConfig({});
    assert.equal(config.port, 8787);
    assert.equal(config.host, '127.0.0.1');
    assert.deepEqual(config.storage, { kind: 'sqlite', path: 'server/data/booking.db' });
    assert.equal(config.retentionDays, 30);
    assert.equal(config.corsOrigins, 'localhost');
    assert.deepEqual(config.rateLimit, { reads: 600, writes: 30 });
    assert.deepEqual(config.trustProxy, { kind: 'none' });
    assert.equal(config.citizenLimit, 4);
    assert.equal(config.citizenHashKey, undefined);
    assert.equal(config.slotsCacheMb, 32);
  });

  it('reads every variable', () => {
    const config = readConfig({
      PORT: '0',
      HOST: '::1',
      DATABASE_URL: 'postgres://booking:secret@db.internal:5432/booking',
      RETENTION_DAYS: '7',
      CORS_ORIGINS: 'https://www.kk.dk, https://kk.dk/',
      RATE_LIMIT_READS: '0',
      RATE_LIMIT_WRITES: '0',
      TRUST_PROXY: '10.0.0.0/8, 127.0.0.1',
      CITIZEN_BOOKING_LIMIT: '2',
      CITIZEN_HASH_KEY: 'k'.repeat(32),
      DB_LOCK_TIMEOUT_MS: '500',
      SHUTDOWN_GRACE_MS: '3000',
      SLOTS_CACHE_MB: '0',
      LOG_LEVEL: 'warn',
    });
    assert.equal(config.port, 0);
    assert.equal(config.host, '::1');
    assert.deepEqual(config.storage, { kind: 'postgres', url: 'postgres://booking:secret@db.internal:5432/booking' });
    assert.equal(config.retentionDays, 7);
    assert.deepEqual(config.corsOrigins, ['https://www.kk.dk', 'https://kk.dk']);
    assert.equal(config.rateLimit, false);
    assert.equal(config.trustProxy.kind, 'cidrs');
    assert.equal(config.citizenLimit, 2);
    assert.equal(config.citizenHashKey, 'k'.repeat(32));
    assert.equal(config.dbLockTimeoutMs, 500);
    assert.equal(config.shutdownGraceMs, 3000);
    assert.equal(config.slotsCacheMb, 0);
    assert.equal(config.logLevel, 'warn');
  });

  it('treats blank values as unset', () => {
    assert.equal(readConfig({ PORT: '  ', TRUST_PROXY: '' }).port, 8787);
  });

  it('accepts DB_PATH in an existing folder, and :memory:', () => {
    assert.deepEqual(readConfig({ DB_PATH: join(dir, 'b.db') }).storage, { kind: 'sqlite', path: join(dir, 'b.db') });
    assert.deepEqual(readConfig({ DB_PATH: ':memory:' }).storage, { kind: 'sqlite', path: ':memory:' });
  });

  it('refuses a DB_PATH whose folder does not exist, instead of creating it', () => {
    const [line, ...rest] = problems({ DB_PATH: join(dir, 'no-such-folder', 'b.db') });
    assert.match(line ?? '', /^DB_PATH names a folder that does not exist .*no-such-folder.*create it first/);
    assert.deepEqual(rest, []);
    writeFileSync(join(dir, 'file'), '');
    assert.match(problems({ DB_PATH: join(dir, 'file', 'b.db') })[0] ?? '', /DB_PATH names a folder that is a file/);
    assert.match(problems({ DB_PATH: dir })[0] ?? '', /DB_PATH is a folder/);
  });

  it('gives one line per bad value, naming the variable, the rule and the value', () => {
    const lines = problems({
      PORT: 'eighty',
      RETENTION_DAYS: '-1',
      RATE_LIMIT_WRITES: '1.5',
      TRUST_PROXY: 'proxy.kk.dk',
      DATABASE_URL: 'mysql://x@y/z',
      CORS_ORIGINS: 'www.kk.dk',
      CITIZEN_HASH_KEY: 'short',
      LOG_LEVEL: 'loud',
    });
    assert.deepEqual(lines, [
      'PORT must be a whole number from 0 to 65535, not "eighty".',
      'DATABASE_URL must start with postgres:// or postgresql:// (it starts with mysql://), not "mysql://x@y/z".',
      'RETENTION_DAYS must be a whole number from 0 to 3650, not "-1".',
      'CORS_ORIGINS must be a comma-separated list of origins like https://www.kk.dk; "www.kk.dk" is not one.',
      'RATE_LIMIT_WRITES must be a whole number from 0 to 1000000, not "1.5".',
      'TRUST_PROXY must be a hop count or a list of addresses/CIDR ranges; "proxy.kk.dk" is neither.',
      'CITIZEN_HASH_KEY must be at least 32 characters (e.g. `openssl rand -hex 32`), not "short".',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, silent, not "loud".',
    ]);
    assert.match(problems({ PORT: '70000' })[0] ?? '', /^PORT/);
    assert.match(problems({ TRUST_PROXY: '11' })[0] ?? '', /^TRUST_PROXY as a hop count must be from 1 to 10/);
    assert.match(problems({ TRUST_PROXY: '10.0.0.0/33' })[0] ?? '', /bad prefix length/);
  });

  it('refuses settings that contradict each other', () => {
    assert.deepEqual(problems({ DB_PATH: ':memory:', DATABASE_URL: 'postgres://localhost/booking' }), [
      'DB_PATH and DATABASE_URL are both set; set DB_PATH for SQLite or DATABASE_URL for PostgreSQL, not both.',
    ]);
  });

  it('npm run server prints the problems and exits with 2, without a stack trace', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { PATH: process.env.PATH, PORT: 'x', DB_PATH: join(dir, 'missing', 'b.db') },
      encoding: 'utf8',
    });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^The booking server's settings are not valid:\n {2}- PORT must be a whole number/);
    assert.match(result.stderr, /- DB_PATH names a folder that does not exist/);
    assert.doesNotMatch(result.stderr, /at \w+ \(/);
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
