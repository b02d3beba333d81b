#!/usr/bin/env bash
# Province and nation on PostgreSQL (docs/benchmarks.md, "Province and nation on PostgreSQL"):
#   1. a fresh database (BENCH_PG_DB, default tongchou_bench_national) with the 2023 code list, valid from 2016;
#   2. the synthetic 10-year panel (2016-2025) of the default framework's raw indicators for all 41,352
#      townships (synthetic-panel, deterministic, marked synthetic), imported as approved values (import-data);
#      the three cadre indicators, which Tongchou computes at every run (import-data refuses them), inserted in SQL
#      as the stored values a run falls back on (scripts/bench/cadre-values.sql);
#   3. EXPLAIN ANALYZE of the evaluation's read of one period (partition pruning);
#   4. one province's evaluation (江苏, townships grouped by prefecture and county) and the national township
#      evaluation of one year, end to end from PostgreSQL (evaluate --area ..., time printed by the command).
# Usage: scripts/bench-province.sh [YEAR]     (the panel file, ~0.9 GB, goes to app/target/bench-national)
#   BENCH_SETUP=0 keeps the database of an earlier run (steps 1-2 skipped); BENCH_ONLY=setup stops after step 2;
#   BENCH_RUNS (default 3) runs of each evaluation; BENCH_NATIONAL=0 skips the national one.
set -euo pipefail
cd "$(dirname "$0")/.."
year="${1:-2024}"
db="${BENCH_PG_DB:-tongchou_bench_national}"
out="$PWD/app/target/bench-national"
mkdir -p "$out"
export SPRING_PROFILES_ACTIVE=postgres
export TONGCHOU_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db"
stamp() { date +%s.%N; }
took() { echo "$1 $(echo "$(stamp) - $2" | bc) s" | tee -a "$out/times.txt" >&2; }
runs="${BENCH_RUNS:-3}"
echo "$(date -u +%FT%TZ) $(uptime)" >> "$out/times.txt"
if [ "${BENCH_SETUP:-1}" != 0 ]; then
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  s=$(stamp); ./tongchou import-divisions 2.7.0 --valid-from 2016-01-01; took "import-divisions 2.7.0 (national):" "$s"
  s=$(stamp); ./tongchou synthetic-panel -o "$out/panel.csv"; took "synthetic-panel (write CSV):" "$s"
  s=$(stamp); ./tongchou import-data "$out/panel.csv" --status approved --user bench --show-changes 0; took "import-data (panel, approved):" "$s"
  rm -f "$out/panel.csv"
  # the cadre indicators, which Tongchou computes at every run and import-data refuses: stored values to fall back on
  s=$(stamp); psql -h 127.0.0.1 -U postgres -d "$db" -qv ON_ERROR_STOP=1 -f scripts/bench/cadre-values.sql; took "cadre indicators (SQL):" "$s"
  psql -h 127.0.0.1 -U postgres -d "$db" -qc "ANALYZE data_value"
fi
[ "${BENCH_ONLY:-}" = setup ] && exit 0
psql -h 127.0.0.1 -U postgres -d "$db" -c "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
  SELECT * FROM data_value WHERE indicator_id IN (SELECT id FROM indicator) AND period IN ('$year') AND status IN ('APPROVED')
  ORDER BY indicator_id, period, unit_id" | tee "$out/explain.txt"
for run in $(seq "$runs"); do
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/times.txt"
  ./tongchou evaluate js-townships "$year" --area 320000000000 --groups PREFECTURE,COUNTY --weight resident_population \
    | tail -1 | tee -a "$out/times.txt"
done
[ "${BENCH_NATIONAL:-1}" = 0 ] && exit 0
for run in $(seq "$runs"); do
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/times.txt"
  ./tongchou evaluate cn-townships "$year" --area 000000000000 --groups PROVINCE --weight resident_population \
    | tail -1 | tee -a "$out/times.txt"
done
