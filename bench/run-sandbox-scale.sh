#!/usr/bin/env bash
# Runs SandboxScaleBench in its own JVM (so the heap it reports is the sandbox's, not Maven's).
# Usage: bench/run-sandbox-scale.sh [CLUSTERSxSERVICESxTASKS] [calls]   (default 2x2500x10 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl bench -am compile
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! "$java_bin" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  java_bin="$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1)/bin/java"
fi
cp="bench/target/classes:$(cat bench/target/runtime-classpath.txt)"
exec "$java_bin" -Xmx2g -Dlogback.configurationFile=dev/berth/sandbox/logback-standalone.xml \
  -cp "$cp" dev.berth.bench.SandboxScaleBench "$@"
