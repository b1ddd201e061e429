#!/usr/bin/env bash
# Runs the desktop's FX-stall and heap benchmark in its own JVM under a virtual X display.
# Usage: bench/run-desktop-stall.sh [sandbox] [services] [seconds per phase]   (default 5000 30; "sandbox": the real
# core polling a sized sandbox in its own JVM instead of the scripted session). Extra JVM options, e.g. a
# flight recording or a GC log: BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=stall.jfr -Xlog:gc:file=gc.log"
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. "$ROOT/.mvn/select-jdk.sh"
berth_select_jdk || exit 1
# test-compile: the harness uses the desktop's scripted session from its test classes.
./mvnw -B -q -pl bench -am test-compile -DskipTests
cp="bench/target/classes:$(cat bench/target/runtime-classpath.txt)"
# The desktop's own JVM flags (collector, heap, stacks), as the packages start it: GC pauses are part of a stall.
. "$ROOT/installers/common.sh"
# shellcheck disable=SC2046 # jvm_flags splits into the flags
exec xvfb-run -a -s "-screen 0 1400x900x24" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
  $(jvm_flags) -Xmx1g ${BENCH_JAVA_OPTS:-} \
  -cp "$cp" dev.berth.bench.desktop.StallBench "$@"
