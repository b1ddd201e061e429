#!/usr/bin/env bash
# The packaged desktop app (the jpackage app image that -Pinstallers builds) from starting its
# launcher to the first data on screen (the app logs that line one pulse after the first list's rows
# arrive), on the demo, with its AOT cache and without (JAVA_TOOL_OPTIONS=-XX:AOTMode=off), runs
# interleaved, median of RUNS. Runs on one virtual X display (xvfb-run) for all runs.
# Usage: bench/run-desktop-package-launch.sh [RUNS] [APP_IMAGE_DIR] [EARLIER_APP_IMAGE_DIR]
#   (build first: ./mvnw -B package -Pinstallers -DskipTests; a copy of an earlier build's
#   installers/desktop/target/jpackage/berth-desktop, if given, takes its turns in the same runs)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-5}
image=${2:-$ROOT/installers/desktop/target/jpackage/berth-desktop}
earlier=${3:-}
[ -x "$image/bin/berth-desktop" ] || { echo "no app image at $image: ./mvnw -B package -Pinstallers -DskipTests" >&2; exit 1; }
[ -z "$earlier" ] || [ -x "$earlier/bin/berth-desktop" ] || { echo "no app image at $earlier" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$RUNS" "$image" $earlier
fi

# One home for every run, as a person has: JavaFX unpacks its native libraries there on the first run only.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

one() { # $1: JAVA_TOOL_OPTIONS (empty: none), $2: image; prints seconds from launch to the first data, and CPU seconds by then
  local state log pid t0 t1 cpu
  state=$(mktemp -d)
  log=$state/state/berth/berth-desktop.log
  t0=$(date +%s.%N)
  if [ -n "$1" ]; then
    HOME=$home XDG_STATE_HOME=$state/state JAVA_TOOL_OPTIONS=$1 "$2/bin/berth-desktop" --demo >/dev/null 2>&1 &
  else
    HOME=$home XDG_STATE_HOME=$state/state "$2/bin/berth-desktop" --demo >/dev/null 2>&1 &
  fi
  pid=$!
  for _ in $(seq 1 3000); do
    grep -q "first data on screen" "$log" 2>/dev/null && break
    sleep 0.02
  done
  t1=$(date +%s.%N)
  # The launcher runs the JVM in its own process: its user + system time, in clock ticks.
  cpu=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$state"
  printf '%s %s\n' "$(echo "$t1 - $t0" | bc -l)" "$(echo "$cpu / $(getconf CLK_TCK)" | bc -l)"
}
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }

one "" "$image" >/dev/null   # warm the file cache and JavaFX's native libraries in the home
ways=("app image, AOT cache||$image" "app image, no cache|-XX:AOTMode=off|$image")
[ -z "$earlier" ] || ways+=("earlier image, AOT cache||$earlier" "earlier image, no cache|-XX:AOTMode=off|$earlier")
declare -A wall cpu
for _ in $(seq 1 "$RUNS"); do
  for way in "${ways[@]}"; do
    IFS='|' read -r label opts dir <<< "$way"
    read -r w c <<< "$(one "$opts" "$dir")"
    wall[$label]="${wall[$label]:-} $w"
    cpu[$label]="${cpu[$label]:-} $c"
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for way in "${ways[@]}"; do
  label=${way%%|*}
  printf '%-26s median of %s: %s s, CPU %s s   runs: %s\n' "$label" "$RUNS" "$(printf '%s\n' ${wall[$label]} | median)" \
      "$(printf '%s\n' ${cpu[$label]} | median)" "$(printf '%.2f ' ${wall[$label]})"
done
