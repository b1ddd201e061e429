#!/usr/bin/env bash
# Runs one of the core's harnesses in its own JVM (so its heap figure is the core's, not Maven's).
# Usage: bench/run-core-bench.sh ServicesPacingBench|CoreHeapBench|LogTailBench|SurroundingsCostBench [args...]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. "$ROOT/.mvn/select-jdk.sh"
berth_select_jdk || exit 1
./mvnw -B -q -pl bench -am test-compile -DskipTests
cp="bench/target/classes:$(cat bench/target/runtime-classpath.txt)"
bench="$1"
shift
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" "dev.berth.bench.$bench" "$@"
