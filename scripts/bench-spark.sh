#!/usr/bin/env bash
# The Spark benchmark of docs/benchmarks.md ("The nation on Apache Spark"): the plan of the national synthetic
# panel (39 indicators in 10 groups and 5 dimensions, entropy weights, population-weighted disparity) on
#   - the township panel: every TOWNSHIP_SAMPLE-th township (default 1: all 41,352) × 40 indicators, one year
#     (YEARS, default 2025),
#   - a village year: every VILLAGE_SAMPLE-th village (default 100: 6,206 villages) × 40 indicators × 12 months,
# evaluated nationally per period by `tongchou spark evaluate` on local[1] and local[2] (read from Parquet,
# shuffled, evaluated, national figures; not written), and by the in-process engine on one thread on the same
# values (`tongchou spark bench-engine`). RUNS rounds (default 3), each running every configuration once back to back
# (ratios within a round share the load); prints every run and the load. EXTRA: more options of `evaluate`.
#   scripts/bench-spark.sh                  # everything (~30-60 min on a shared 2-core machine)
#   ONLY=township scripts/bench-spark.sh    # one panel
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${BENCH_DIR:-/tmp/tongchou-bench-spark}"
runs="${RUNS:-3}"
years="${YEARS:-2025}"
sample="${VILLAGE_SAMPLE:-100}"
tsample="${TOWNSHIP_SAMPLE:-1}"
masters="${MASTERS:-local[1] local[2]}"
./mvnw -q -B -ntp -DskipTests -pl spark -am package >&2
export TONGCHOU_BUILD=0
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $(java -version 2>&1 | head -1)"
load() { echo "load $(cut -d' ' -f1-3 /proc/loadavg)"; }
from="${years%%-*}"; to="${years##*-}"
panel() { # level sample folder
  if [ ! -d "$3/_plan" ]; then
    ./tongchou spark generate --level "$1" --from "$from" --to "$to" --sample "$2" -o "$3"
  fi
}
bench() { # name level sample folder
  # one round = every configuration once, back to back, so that ratios come from the same load
  echo "== $1 ($(load))"
  for r in $(seq "$runs"); do
    for m in $masters; do
      echo "round $r, $m: $(./tongchou spark evaluate --master "$m" --plan "$4/_plan/plan.properties" --parquet "$4" ${EXTRA:-} | sed 's/^run [^:]*: //') ($(load))"
    done
    echo "round $r, engine: $(./tongchou spark bench-engine --level "$2" --from "$from" --to "$to" --sample "$3" --runs 1) ($(load))"
  done
}
if [ "${ONLY:-township}" = township ] || [ -z "${ONLY:-}" ]; then
  panel TOWNSHIP "$tsample" "$dir/township-$years-s$tsample"
  bench "township panel $years, every ${tsample}th township" TOWNSHIP "$tsample" "$dir/township-$years-s$tsample"
fi
if [ "${ONLY:-village}" = village ] || [ -z "${ONLY:-}" ]; then
  panel VILLAGE "$sample" "$dir/village-$years-s$sample"
  bench "village year $years, every ${sample}th village" VILLAGE "$sample" "$dir/village-$years-s$sample"
fi
