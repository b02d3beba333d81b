#!/usr/bin/env bash
# Runs the engine's JMH benchmarks (test sources, package org.tongchou.engine.bench) on the test class path.
#
#   scripts/bench-engine.sh                       # every engine benchmark
#   scripts/bench-engine.sh CoinrPipeline         # benchmarks whose name matches a regex
#   scripts/bench-engine.sh CoinrPipeline -f 3    # extra arguments go to JMH (here: 3 forks)
#   scripts/bench-engine.sh --cpu-time [ROUNDS PER_ROUND]  # CPU-time harness of the COINr pipeline
#   scripts/bench-engine.sh --montecarlo [REPLICATIONS ROUNDS THREADS]  # Monte Carlo harness (default 10000 5 1,2)
#   scripts/bench-engine.sh --plan-cpu [WARMUP RUNS]   # CPU-time harness of the plan evaluation (default 5 9)
#
# The first argument is the JMH benchmark regex (default: all engine benchmarks); the rest is passed to
# org.openjdk.jmh.Main unchanged. Benchmarks that use the COINr example need ../shared/reference
# (or TONGCHOU_REFERENCE). Maven through ./mvnw, online (a fresh clone downloads what the build needs,
# the dependency plugin included); nothing is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
regex="${1:-org.tongchou.engine.bench.}"
if [ $# -gt 0 ]; then shift; fi
main="org.openjdk.jmh.Main"
if [ "$regex" = "--cpu-time" ]; then main="org.tongchou.engine.bench.CoinrPipelineCpuTime"; regex=""; fi
if [ "$regex" = "--montecarlo" ]; then main="org.tongchou.engine.robustness.bench.MonteCarloBench"; regex=""; fi
if [ "$regex" = "--plan-cpu" ]; then main="org.tongchou.engine.bench.PlanCpuTime"; regex=""; fi
cpfile="engine/target/bench-classpath.txt"
./mvnw -B -ntp -q -pl engine test-compile org.apache.maven.plugins:maven-dependency-plugin:build-classpath \
    -Dmdep.outputFile="$(pwd)/$cpfile" -Dmdep.includeScope=test
cp="engine/target/test-classes:engine/target/classes:$(cat "$cpfile")"
if [ -n "$regex" ]; then set -- "$regex" "$@"; fi
exec java -cp "$cp" "$main" "$@"
