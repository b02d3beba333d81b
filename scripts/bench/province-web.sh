#!/usr/bin/env bash
# The web pages at province scale under 50 concurrent users (docs/benchmarks.md, "Province and nation on
# PostgreSQL"): on the database of scripts/bench-province.sh (BENCH_PG_DB, default tongchou_bench_national) it
# creates the administrator "bench" (if absent), runs and publishes 江苏's township plan for YEAR, and then runs
# scripts/bench-web.sh against that database on the province's dashboard, a town's profile, compare and the
# explorer. Usage: scripts/bench/province-web.sh [YEAR] [bench-web.sh options ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
year="${1:-2024}"; shift || true
db="${BENCH_PG_DB:-tongchou_bench_national}"
export BENCH_PG_DB="$db" BENCH_PASSWORD="${BENCH_PASSWORD:-Prov-Jiangsu-2026!}"
export SPRING_PROFILES_ACTIVE=postgres TONGCHOU_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db"
if ! psql -h 127.0.0.1 -U postgres -d "$db" -Atc "SELECT 1 FROM app_user WHERE username = 'bench'" | grep -q 1; then
  printf '%s\n' "$BENCH_PASSWORD" | ./tongchou users create-admin bench --password-file - >&2
fi
./tongchou evaluate js-townships "$year" --publish --area 320000000000 --groups PREFECTURE,COUNTY --weight resident_population | tail -1 >&2
town=$(psql -h 127.0.0.1 -U postgres -d "$db" -Atc "SELECT unit_code FROM eval_unit_result r JOIN eval_run e ON e.id = r.run_id
  JOIN eval_plan p ON p.id = e.plan_id WHERE p.code = 'js-townships' AND e.published ORDER BY e.id DESC, r.rank_no LIMIT 1 OFFSET 600")
exec scripts/bench-web.sh --user bench "$@" "/dashboard?plan=js-townships&period=$year" "/towns/$town?plan=js-townships&period=$year" \
  "/api/results/dashboard?plan=js-townships&period=$year"
