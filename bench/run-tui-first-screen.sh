#!/usr/bin/env bash
# Launch-to-first-screen: `./berth` (the launcher, AOT cache and all) against a `berth sandbox`
# (demo scenario), until the cluster list is on screen; beside `aws ecs list-clusters` against the
# same sandbox in the same run. Both run in a tmux pane (the UI asks the terminal for its size;
# tmux answers like a real terminal), so both include tmux's start. Median of RUNS (default 11).
# Usage: bench/run-tui-first-screen.sh [RUNS]
. "$(dirname "$0")/tui-common.sh"
RUNS=${1:-11}
bench_build
start_sandbox --scenario demo
trap stop_sandbox EXIT
export AWS_ACCESS_KEY_ID=sandbox AWS_SECRET_ACCESS_KEY=sandbox AWS_REGION=us-east-1

measure() { # prints wall seconds of the command, run in a tmux pane (a terminal that answers size queries)
  local t0 t1 run
  run="$(date +%s%N)"   # unique per call (this runs in a subshell, so no counter survives)
  t0=$(date +%s.%N)
  # tmux's server keeps its own environment: pass what the command needs explicitly.
  tmux new-session -d -s "berth-fs-$$-$run" -x 120 -y 40 \
    "env AWS_ACCESS_KEY_ID=sandbox AWS_SECRET_ACCESS_KEY=sandbox AWS_REGION=us-east-1 BERTH_JAVA_OPTS='$BERTH_JAVA_OPTS' $1; tmux wait-for -S berth-fs-$$-$run"
  tmux wait-for "berth-fs-$$-$run"
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l
}
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }

berth_cmd="$ROOT/berth --endpoint-url $ENDPOINT --region us-east-1"
# The UI quits on its own once the cluster list is drawn (a benchmark-only switch).
export BERTH_JAVA_OPTS="-Dberth.bench.exitOnFirstScreen=true"
measure "$berth_cmd" >/dev/null   # warm the file cache once
b=(); a=()
for _ in $(seq 1 "$RUNS"); do
  b+=("$(measure "$berth_cmd")")
  a+=("$(measure "/usr/bin/aws --endpoint-url $ENDPOINT ecs list-clusters")")
done
echo "berth first screen (clusters listed), median of $RUNS: $(printf '%s\n' "${b[@]}" | median) s   runs: ${b[*]}"
echo "aws ecs list-clusters (AWS CLI v2),    median of $RUNS: $(printf '%s\n' "${a[@]}" | median) s   runs: ${a[*]}"
