#!/usr/bin/env bash
# Runs SandboxScaleBench in its own JVM (so the heap it reports is the sandbox's, not Maven's).
# Usage: bench/run-sandbox-scale.sh [CLUSTERSxSERVICESxTASKS] [calls]   (default 2x2500x10 2000)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. "$ROOT/.mvn/select-jdk.sh"
berth_select_jdk || exit 1
./mvnw -B -q -pl bench -am test-compile -DskipTests
cp="bench/target/classes:$(cat bench/target/runtime-classpath.txt)"
exec "$JAVA_HOME/bin/java" -Xmx2g -cp "$cp" dev.berth.bench.SandboxScaleBench "$@"
