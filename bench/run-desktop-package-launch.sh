#!/usr/bin/env bash
# The packaged desktop app (the jpackage app image that -Pinstallers builds) from starting its
# launcher to the first data on screen (the app logs that line one pulse after the first list's rows
# arrive), on the demo, with its AOT cache and without (JAVA_TOOL_OPTIONS=-XX:AOTMode=off), runs
# interleaved, median of RUNS. Runs on one virtual X display (xvfb-run) for all runs.
# Usage: bench/run-desktop-package-launch.sh [RUNS] [APP_IMAGE_DIR]
#   (build first: ./mvnw -B package -Pinstallers -DskipTests)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-5}
image=${2:-$ROOT/installers/desktop/target/jpackage/berth-desktop}
[ -x "$image/bin/berth-desktop" ] || { echo "no app image at $image: ./mvnw -B package -Pinstallers -DskipTests" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$RUNS" "$image"
fi

# One home for every run, as a person has: JavaFX unpacks its native libraries there on the first run only.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

one() { # $1: JAVA_TOOL_OPTIONS (empty: none); prints seconds from launch to the first data
  local state log pid t0 t1
  state=$(mktemp -d)
  log=$state/state/berth/berth-desktop.log
  t0=$(date +%s.%N)
  if [ -n "$1" ]; then
    HOME=$home XDG_STATE_HOME=$state/state JAVA_TOOL_OPTIONS=$1 "$image/bin/berth-desktop" --demo >/dev/null 2>&1 &
  else
    HOME=$home XDG_STATE_HOME=$state/state "$image/bin/berth-desktop" --demo >/dev/null 2>&1 &
  fi
  pid=$!
  for _ in $(seq 1 3000); do
    grep -q "first data on screen" "$log" 2>/dev/null && break
    sleep 0.02
  done
  t1=$(date +%s.%N)
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$state"
  echo "$t1 - $t0" | bc -l
}
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }

one "" >/dev/null   # warm the file cache and JavaFX's native libraries in the home
cached=() plain=()
for _ in $(seq 1 "$RUNS"); do
  cached+=("$(one "")")
  plain+=("$(one "-XX:AOTMode=off")")
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'app image, AOT cache        median of %s: %s s   runs: %s\n' "$RUNS" "$(printf '%s\n' "${cached[@]}" | median)" "${cached[*]}"
printf 'app image, no cache         median of %s: %s s   runs: %s\n' "$RUNS" "$(printf '%s\n' "${plain[@]}" | median)" "${plain[*]}"
