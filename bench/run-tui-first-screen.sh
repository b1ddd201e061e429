#!/usr/bin/env bash
# Launch-to-first-screen: a berth launcher against a `berth sandbox` (demo scenario), until the
# cluster list is on screen; beside `aws ecs list-clusters` against the same sandbox in the same
# run. Every command runs in a tmux pane (the UI asks the terminal for its size; tmux answers like a
# real terminal), so each includes tmux's start. Median of RUNS (default 11), runs interleaved, in wall
# time and in CPU time (user + system of the command and its children: steadier on a busy machine).
# Usage: bench/run-tui-first-screen.sh [RUNS] [LABEL=COMMAND ...]
#   default: berth=./berth (the repository's launcher, AOT cache and all)
#   e.g.     bench/run-tui-first-screen.sh 11 tarball=/tmp/berth/bin/berth "no-cache=env BERTH_AOT=0 /tmp/berth/bin/berth"
# Each COMMAND gets `--endpoint-url <sandbox> --region us-east-1` appended and must pass
# BERTH_JAVA_OPTS to its JVM (./berth and the packaged bin/berth do).
. "$(dirname "$0")/tui-common.sh"
RUNS=${1:-11}
shift || true
variants=("$@")
[ ${#variants[@]} -gt 0 ] || variants=("berth=$ROOT/berth")
bench_build
start_tmux
start_sandbox --scenario demo
trap 'stop_tmux; stop_sandbox' EXIT
export AWS_ACCESS_KEY_ID=sandbox AWS_SECRET_ACCESS_KEY=sandbox AWS_REGION=us-east-1

# Prints "WALL CPU": wall seconds of the command, run in a tmux pane (a terminal that answers size
# queries), and the CPU seconds (user + system) it and its children used, which depend much less on
# how busy the shared machine is.
measure() {
  local t0 t1 run cpu
  run="$(date +%s%N)"   # unique per call (this runs in a subshell, so no counter survives)
  cpu="$TARGET/first-screen-cpu-$run"
  t0=$(date +%s.%N)
  # tmux's server keeps its own environment: pass what the command needs explicitly.
  btmux new-session -d -s "fs-$run" -x 120 -y 40 \
    "/usr/bin/time -f '%U %S' -o $cpu env AWS_ACCESS_KEY_ID=sandbox AWS_SECRET_ACCESS_KEY=sandbox AWS_REGION=us-east-1 BERTH_JAVA_OPTS='$BERTH_JAVA_OPTS' $1; tmux -L $TMUX_SOCKET wait-for -S fs-$run"
  btmux wait-for "fs-$run"
  t1=$(date +%s.%N)
  echo "$(echo "$t1 - $t0" | bc -l) $(awk '{print $1 + $2}' "$cpu")"
  rm -f "$cpu"
}
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }

# The UI quits on its own once the cluster list is drawn (a benchmark-only switch).
export BERTH_JAVA_OPTS="-Dberth.bench.exitOnFirstScreen=true"
declare -A times cpus
for v in "${variants[@]}"; do
  measure "${v#*=} --endpoint-url $ENDPOINT --region us-east-1" >/dev/null   # warm the file cache once
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
record() { # label, command
  local wall cpu
  read -r wall cpu <<<"$(measure "$2")"
  times[$1]+="$wall "
  cpus[$1]+="$cpu "
}
for _ in $(seq 1 "$RUNS"); do
  for v in "${variants[@]}"; do
    record "$v" "${v#*=} --endpoint-url $ENDPOINT --region us-east-1"
  done
  record aws "/usr/bin/aws --endpoint-url $ENDPOINT ecs list-clusters"
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
for v in "${variants[@]}" aws; do
  label="${v%%=*} (first screen)"
  [ "$v" = aws ] && label="aws ecs list-clusters (AWS CLI v2)"
  printf '%-36s median of %s: %s s wall, %s s CPU   wall runs: %s\n' "$label" "$RUNS" \
    "$(printf '%s\n' ${times[$v]} | median)" "$(printf '%s\n' ${cpus[$v]} | median)" "${times[$v]}"
done
