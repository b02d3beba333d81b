#!/usr/bin/env bash
# Monte Carlo benchmark of the engine (docs/benchmarks.md, "Engine: Monte Carlo"): 10,000 regenerations of
# COINr's example index over COINr's four uncertain assumptions, 1 thread and 2 threads, with every stage
# regenerated and with normalised stages reused. Not part of the test suite.
#
# Usage: scripts/bench-montecarlo.sh [replications] [rounds] [threads]   (defaults 10000 5 1,2)
# Needs the reference data at ../shared/reference/coinr-asem (or TONGCHOU_REFERENCE).
set -euo pipefail
cd "$(dirname "$0")/.."
ref="${TONGCHOU_REFERENCE:-$(cd .. && pwd)/shared/reference}/coinr-asem"
mvn -B -ntp -o -q test-compile -pl engine
mvn -B -ntp -o -q dependency:build-classpath -pl engine -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/engine/target/bench-classpath.txt"
java -Xms512m -Xmx512m -cp "engine/target/classes:engine/target/test-classes:$(cat engine/target/bench-classpath.txt)" \
  org.tongchou.engine.robustness.bench.MonteCarloBench "$ref" "${1:-10000}" "${2:-5}" "${3:-1,2}"
