#!/usr/bin/env bash
# National-scale evaluation chain (engine-analysis): normalise + entropy weights + tree aggregation +
# TOPSIS + coupling coordination + ranks + Theil, at four sizes (units x indicators).
#   scripts/bench-national.sh [JMH options]     JMH, wall-clock sample times (median = p0.50);
#                                               results also in engine/target/jmh-national.json
#   scripts/bench-national.sh --cpu [warmup runs [size ...]]
#                                               median thread CPU time and wall time per run (fairer on a
#                                               machine shared with other processes)
set -euo pipefail
cd "$(dirname "$0")/.."
# Maven through ./mvnw, online: a fresh clone downloads what the build needs (the dependency plugin included).
# The output file is relative to engine/.
./mvnw -B -ntp -q -pl engine test-compile org.apache.maven.plugins:maven-dependency-plugin:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="engine/target/test-classes:engine/target/classes:$(cat engine/target/bench-classpath.txt)"
if [ "${1:-}" = "--cpu" ]; then
  shift
  exec java -Xms1g -Xmx1g -cp "$CP" org.tongchou.engine.bench.NationalChainCpuTime "$@"
fi
exec java -cp "$CP" org.openjdk.jmh.Main NationalChainBenchmark -rf json -rff engine/target/jmh-national.json "$@"
