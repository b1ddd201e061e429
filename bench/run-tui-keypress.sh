#!/usr/bin/env bash
# Keypress-to-screen latency of the terminal UI in the services view of a big cluster while it
# refreshes (the UI on a fake session; see KeypressLatencyBench).
# Usage: bench/run-tui-keypress.sh [SERVICES] [KEYS] [REFRESH_MS]   (default 5000 2000 1000)
#   BENCH_JAVA_OPTS: extra JVM flags (e.g. the launcher's JIT flags)
. "$(dirname "$0")/tui-common.sh"
bench_build
exec "$JAVA" -XX:+UseSerialGC -Xmn64m ${BENCH_JAVA_OPTS:-} -Dberth.log.file="$TARGET/bench-keypress.log" -cp "$BENCH_CP" \
  dev.berth.bench.tui.KeypressLatencyBench "${1:-5000}" "${2:-2000}" "${3:-1000}"
