# Sourced by the terminal UI's benchmark scripts: JDK, class paths, a free port, a berth sandbox.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/.mvn/select-jdk.sh"
berth_select_jdk
JAVA="$JAVA_HOME/bin/java"
TARGET="$ROOT/bench/target"

bench_build() {
  local log="$TARGET/../bench-build.log"
  mkdir -p "$TARGET"
  if ! (cd "$ROOT" && ./mvnw -q -B -pl bench -am test-compile >"$log" 2>&1); then
    cat "$log" >&2
    echo "bench: build failed" >&2
    exit 1
  fi
  (cd "$ROOT" && ./berth --version >/dev/null)   # builds the launcher's classes and its AOT cache
  BENCH_CP="$TARGET/classes:$(cat "$TARGET/runtime-classpath.txt")"
}

# Benchmarks run their panes on a tmux server of their own (never the user's default server).
TMUX_SOCKET="berth-bench-$$"
btmux() { tmux -L "$TMUX_SOCKET" "$@"; }
# The server stays up between panes (exit-empty off), so one pane's end never races the next's start.
start_tmux() { tmux -L "$TMUX_SOCKET" -f /dev/null start-server \; set -g exit-empty off; }
stop_tmux() { tmux -L "$TMUX_SOCKET" kill-server 2>/dev/null || true; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Starts `berth sandbox` with the given arguments on a free port; sets SANDBOX_PID and ENDPOINT.
start_sandbox() {
  local port
  port=$(free_port)
  "$ROOT/berth" sandbox --port "$port" "$@" >"$TARGET/bench-sandbox.out" 2>&1 &
  SANDBOX_PID=$!
  ENDPOINT="http://127.0.0.1:$port"
  for _ in $(seq 1 300); do
    curl -sf "$ENDPOINT/_sandbox/health" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "sandbox did not start; see $TARGET/bench-sandbox.out" >&2
  return 1
}

stop_sandbox() {
  [ -n "${SANDBOX_PID:-}" ] && kill "$SANDBOX_PID" 2>/dev/null || true
}
