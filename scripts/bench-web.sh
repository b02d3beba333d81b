#!/usr/bin/env bash
# Load benchmark of the web pages on the state users see after `./tongchou serve --demo`: starts the
# application with --demo on an empty H2 database in a temporary directory (nothing of yours is touched),
# so the demo city is loaded and the default plan published for 2016–2024 exactly as for a user; signs in
# through the form (session cookie, as a browser does: no HTTP Basic, whose bcrypt check is deliberately
# slow, on measured requests); then, for each URL path:
#   - load: wrk on loopback with 50 concurrent connections (one per simulated user), after a warm-up
#     of every path;
#   - one user: wrk with a single connection (latency without queueing, less sensitive to other load);
#   - CPU: the server process's CPU time (user+system, /proc) over the load run divided by its requests.
# Output: one line per path and mode with p50/p95/p99 in ms, req/s, non-2xx count and cpu_ms per request.
#
#   scripts/bench-web.sh [--user leader] [--duration 20s] [--warmup 10s] [--connections 50] [--setup FILE] [URL-path ...]
#
# --setup FILE: a bash file sourced once the server is up (variables: base, jar_file, work).
#   scripts/bench/demo-runs.sh waits until `serve --demo` has published the demo runs.
# Paths under /api/ are requested with Accept: application/json, others with Accept: text/html.
# BENCH_PG_DB=NAME: instead of the demo on H2, serve an existing PostgreSQL database (e.g. the province and
#   nation of scripts/bench-province.sh, prepared by scripts/bench/province-web.sh, which creates the user and
#   publishes the run), signing in as --user with password $BENCH_PASSWORD.
# Requires wrk (apt-get install -y wrk); builds app/target/tongchou.jar first if it is missing or older than
# the sources (./mvnw package, as ./tongchou does).
set -euo pipefail
cd "$(dirname "$0")/.."
setup=""; user=leader; duration=20s; warmup=10s; connections=50; threads=2
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
if [[ ! -f $jar ]] || [[ -n $(find app/src engine/src pom.xml app/pom.xml engine/pom.xml -newer "$jar" -print -quit) ]]; then
  ./mvnw -B -ntp -q package -pl app -am -DskipTests
fi

work=$(mktemp -d)
port=${BENCH_PORT:-18080}
base="http://127.0.0.1:$port"
password=${BENCH_PASSWORD:-demo-2026}
if [[ -n ${BENCH_PG_DB:-} ]]; then
  db="--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$BENCH_PG_DB"
  demo=""
  export SPRING_PROFILES_ACTIVE=postgres
else
  db="--spring.datasource.url=jdbc:h2:file:$work/bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  demo="--demo"
  # what ./tongchou serve --demo fetches first (code lists for the demo city, the map outline)
  scripts/fetch-divisions.sh 2.0.0 2.7.0 >/dev/null
  scripts/fetch-map-data.sh >/dev/null || true
fi
java -Xmx1g -jar "$jar" serve $demo --server.port="$port" "$db" \
  --tongchou.cache-dir="$PWD/data/cache" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do
  curl -sf -o /dev/null "$base/login" && break
  kill -0 $server 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 1
done

[[ -z $setup ]] || source "$setup"
# sign in through the form like a browser: fetch the CSRF token, post, keep the session cookie
jar_file="$work/cookies"
csrf=$(curl -s -c "$jar_file" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$jar_file" -c "$jar_file" -o /dev/null -d "username=$user&password=$password&_csrf=$csrf" "$base/login"
session=$(awk '$6=="JSESSIONID"{print $7}' "$jar_file")
[[ -n $session ]] || { echo "sign-in as $user failed" >&2; exit 1; }
export BENCH_COOKIE="JSESSIONID=$session"

# CPU time of the server process in ms (utime + stime from /proc/PID/stat, in clock ticks)
tick=$(getconf CLK_TCK)
cpu_ms() { awk -v t="$tick" '{print ($14 + $15) * 1000 / t}' "/proc/$server/stat"; }
run() { # run CONNECTIONS DURATION URL: prints the wrk-p95.lua line
  wrk --timeout 10s -t"$(( $1 < threads ? $1 : threads ))" -c"$1" -d"$2" -s scripts/bench/wrk-p95.lua "$3" | tail -1
}

accept() { if [[ $1 == /api/* ]]; then echo application/json; else echo text/html; fi; }
# warm-up of every path first, so the JIT has compiled the shared code (filters, Thymeleaf, JDBC) before
# the first path is measured, not while it is
measured=()
for p in "${paths[@]}"; do
  export BENCH_ACCEPT=$(accept "$p")
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Accept: $BENCH_ACCEPT" -b "$jar_file" "$base$p")
  [[ $status == 200 ]] || { echo "$p answers $status, not 200; not benchmarked" >&2; continue; }
  run "$connections" "$warmup" "$base$p" >/dev/null
  measured+=("$p")
done
echo "# $(date -u +%FT%TZ) $(git rev-parse --short HEAD 2>/dev/null || echo '?') user=$user connections=$connections duration=$duration cores=$(nproc) load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for p in "${measured[@]}"; do
  export BENCH_ACCEPT=$(accept "$p")
  before=$(cpu_ms)
  line=$(run "$connections" "$duration" "$base$p")
  after=$(cpu_ms)
  requests=$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<<"$line")
  cpu=$(awk -v a="$before" -v b="$after" -v n="$requests" 'BEGIN { printf "%.1f", (n > 0 ? (b - a) / n : 0) }')
  printf '%-44s c=%-3s %s cpu_ms=%s load=%s\n' "$p" "$connections" "$line" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
  printf '%-44s c=%-3s %s\n' "$p" 1 "$(run 1 "$warmup" "$base$p")"
done
