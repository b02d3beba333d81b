#!/usr/bin/env bash
# Load benchmark of the web pages: starts the application on the demo data (H2 in a temporary
# directory, so nothing of yours is touched), signs in, and runs wrk on loopback with 50 concurrent
# connections (one per simulated user) against each URL, reporting p50/p95/p99 latency in ms.
#
#   scripts/bench-web.sh [--user analyst] [--duration 20s] [--warmup 10s] [--setup FILE] [URL-path ...]
#
# --setup FILE: a bash file sourced once the server is up (variables: base, jar_file), e.g. to publish
# evaluation runs before the dashboard pages are measured (scripts/bench/demo-runs.sh).
#
# Default paths: / /units /units/320582100000. Requires wrk (apt-get install -y wrk) and a built jar
# (mvn -B -ntp -o package -pl app -am -DskipTests). The numbers are latencies as seen by wrk on the
# same machine: the server time plus loopback, which is negligible.
set -euo pipefail
cd "$(dirname "$0")/.."
setup=""; user=analyst; duration=20s; warmup=10s; connections=50; threads=2
paths=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --user) user=$2; shift 2;;
    --duration) duration=$2; shift 2;;
    --warmup) warmup=$2; shift 2;;
    --connections) connections=$2; shift 2;;
    --setup) setup=$2; shift 2;;
    *) paths+=("$1"); shift;;
  esac
done
[[ ${#paths[@]} -gt 0 ]] || paths=(/ /units /units/320582100000)
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }
jar=app/target/tongchou.jar
[[ -f $jar ]] || { echo "no $jar: mvn -B -ntp -o package -pl app -am -DskipTests" >&2; exit 2; }

work=$(mktemp -d)
port=${BENCH_PORT:-18080}
base="http://127.0.0.1:$port"
db="--spring.datasource.url=jdbc:h2:file:$work/bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
# the demo city's units (2023 code list), so that the demo accounts include its town reporters
scripts/fetch-divisions.sh 2.7.0 >/dev/null
java -jar "$jar" import-divisions 2.7.0 --within 320582 "$db" >"$work/import.log" 2>&1 \
  || { cat "$work/import.log" >&2; exit 1; }
java -Xmx1g -jar "$jar" serve --demo --server.port="$port" "$db" \
  --tongchou.cache-dir="$PWD/data/cache" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 180); do
  curl -sf -o /dev/null "$base/login" && break
  kill -0 $server 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 1
done

[[ -z $setup ]] || source "$setup"
# sign in through the form like a browser: fetch the CSRF token, post, keep the session cookie
jar_file="$work/cookies"
csrf=$(curl -s -c "$jar_file" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$jar_file" -c "$jar_file" -o /dev/null -d "username=$user&password=demo-2026&_csrf=$csrf" "$base/login"
session=$(awk '$6=="JSESSIONID"{print $7}' "$jar_file")
[[ -n $session ]] || { echo "sign-in as $user failed" >&2; exit 1; }
export BENCH_COOKIE="JSESSIONID=$session"

echo "# $(date -u +%FT%TZ) load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $(date -u +%FT%TZ) user=$user connections=$connections duration=$duration cores=$(nproc)"
for p in "${paths[@]}"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar_file" "$base$p")
  [[ $status == 200 ]] || { echo "$p answers $status, not 200; not benchmarked" >&2; continue; }
  wrk --timeout 10s -t"$threads" -c"$connections" -d"$warmup" -s scripts/bench/wrk-p95.lua "$base$p" >/dev/null
  printf '%-28s ' "$p"
  wrk --timeout 10s -t"$threads" -c"$connections" -d"$duration" -s scripts/bench/wrk-p95.lua "$base$p" | tail -1
done
