#!/usr/bin/env bash
# Benchmark of the data-value import (docs/benchmarks.md, section "Data: value import").
# Generates a long-form CSV of N values (default 10,000,000) and imports it twice (empty table, then the
# same file again) into PostgreSQL (database tongchou_bench_data at 127.0.0.1:5432) and into an H2 file
# database under app/target/bench. Usage: scripts/bench-data-import.sh [N] [pg|h2|both]
# BENCH_PG_DB names another PostgreSQL database (e.g. one of your own while others benchmark too).
set -euo pipefail
cd "$(dirname "$0")/.."
pgdb="${BENCH_PG_DB:-tongchou_bench_data}"
n="${1:-10000000}"
which="${2:-both}"
scripts/ensure-postgres.sh >/dev/null 2>&1 || true
run() {
  ./mvnw -B -ntp -q test -pl app -am -Dtest=DataImportBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.values="$n" "$@" >/dev/null || { echo "benchmark failed; see app/target/surefire-reports" >&2; exit 3; }
  grep -hE "^(RESULT|file|stored|  )" app/target/surefire-reports/org.tongchou.app.data.bench.DataImportBench-output.txt
}
if [ "$which" = pg ] || [ "$which" = both ]; then
  psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$pgdb'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $pgdb"
  TONGCHOU_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/$pgdb run -Dspring.profiles.active=test-pg -Dbench.label=postgresql
fi
if [ "$which" = h2 ] || [ "$which" = both ]; then
  rm -rf app/target/bench/h2*
  run -Dspring.profiles.active=test-h2 -Dbench.label=h2 \
    "-Dspring.datasource.url=jdbc:h2:file:./target/bench/h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
fi
