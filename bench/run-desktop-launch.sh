#!/usr/bin/env bash
# Times `berth desktop --demo` from process start to the first window with data, N times, under a virtual X display.
# Usage: bench/run-desktop-launch.sh [runs] [extra JVM options...]   (default 7)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. "$ROOT/.mvn/select-jdk.sh"
berth_select_jdk || exit 1
./mvnw -B -q -pl bench -am test-compile -DskipTests
cp="bench/target/classes:$(cat bench/target/runtime-classpath.txt)"
app="desktop-ui/target/classes:$(cat desktop-ui/target/runtime-classpath.txt)"
runs="${1:-7}"
shift || true
exec xvfb-run -a -s "-screen 0 1400x900x24" "$JAVA_HOME/bin/java" -cp "$cp" dev.berth.bench.desktop.LaunchBench "$runs" "$app" "$@"
