// PostgreSQL for the server tests. They need a running PostgreSQL named by DATABASE_URL (locally:
// `eval "$(scripts/pg-test-cluster.sh start)"; export DATABASE_URL`; .ci/run does this). Without it
// they are skipped with a message saying so. Each suite works in a database of its own, created
// here and dropped afterwards, so nothing of an existing database is touched.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const DATABASE_URL = process.env.DATABASE_URL?.trim() || undefined;

/** `false` when PostgreSQL is configured; else the reason, for node:test's `skip`. */
export const SKIP_POSTGRES: string | false = DATABASE_URL
  ? false
  : 'needs PostgreSQL: set DATABASE_URL (e.g. eval "$(scripts/pg-test-cluster.sh start)"; export DATABASE_URL)';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database on the DATABASE_URL server. */
export async function freshDatabase(): Promise<TestDatabase> {
  if (!DATABASE_URL) throw new Error(SKIP_POSTGRES as string);
  const name = `booking_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
