#!/usr/bin/env bash
# The booking server's PostgreSQL tests (storage contract, two processes, …) on a throwaway
# cluster: starts it (scripts/pg-test-cluster.sh), runs every server test whose name says
# "PostgreSQL" with DATABASE_URL set, stops it. `npm test` runs the same files without
# DATABASE_URL, where these tests are skipped with a message saying so.
set -euo pipefail
cd "$(dirname "$0")/.."
trap 'scripts/pg-test-cluster.sh stop' EXIT
eval "$(scripts/pg-test-cluster.sh start)"
export DATABASE_URL
node --import tsx --test --test-reporter=spec --test-name-pattern=PostgreSQL test/server/*.test.ts
