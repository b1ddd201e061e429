#!/usr/bin/env bash
# Idle CPU of the terminal UI left open on the services of a 5,000-service cluster, in tmux.
#   bench/run-tui-idle-cpu.sh sandbox [SECONDS]   ./berth against `berth sandbox --scenario sized --size 1x5000x1`
#   bench/run-tui-idle-cpu.sh fake [SECONDS]      the UI alone on a fake cluster that refreshes every second
. "$(dirname "$0")/tui-common.sh"
MODE=${1:-sandbox}
SECONDS_IDLE=${2:-60}
bench_build
start_tmux
session="berth-idle-$$"
if [ "$MODE" = sandbox ]; then
  start_sandbox --scenario sized --size 1x5000x1
  trap 'stop_tmux; stop_sandbox' EXIT
  export AWS_ACCESS_KEY_ID=sandbox AWS_SECRET_ACCESS_KEY=sandbox
  cluster=$(AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=y /usr/bin/aws --endpoint-url "$ENDPOINT" --region us-east-1 ecs list-clusters \
      --query 'clusterArns[0]' --output text | sed 's#.*/##')
  cmd="$ROOT/berth --endpoint-url $ENDPOINT --region us-east-1 --cluster $cluster"
else
  trap stop_tmux EXIT
  cmd="$JAVA -XX:+UseSerialGC -Xmn64m -Dberth.log.file=$TARGET/bench-idle.log -cp $BENCH_CP dev.berth.bench.tui.FakeTuiMain 5000 ${FAKE_REFRESH_MS:-5000}"
fi
btmux new-session -d -s "$session" -x 160 -y 45 "env AWS_ACCESS_KEY_ID=sandbox AWS_SECRET_ACCESS_KEY=sandbox $cmd"
sleep "${WARMUP:-30}"   # start, first describes, metrics, JIT; then leave it alone
pid=$(btmux display -p -t "$session" '#{pane_pid}')
if [ "$(cat /proc/$pid/comm)" != java ]; then pid=$(pgrep -P "$pid" java | head -1); fi
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# "tid name ticks" for every thread (the name, in parentheses, may hold spaces)
thread_ticks() {
  for f in /proc/"$1"/task/*/stat; do
    sed -E 's/^([0-9]+) \((.*)\) [A-Za-z] (([^ ]+ ){10})([0-9]+) ([0-9]+).*/\1 \2 \5 \6/' "$f" 2>/dev/null \
      | awk '{n=$2; for (i=3; i<NF-1; i++) n=n"_"$i; print $1, n, $(NF-1) + $NF}'
  done
}
hz=$(getconf CLK_TCK)
thread_ticks "$pid" >"$TARGET/idle-threads-0"
t0=$(ticks "$pid"); s0=$(date +%s.%N)
sleep "$SECONDS_IDLE"
t1=$(ticks "$pid"); s1=$(date +%s.%N)
thread_ticks "$pid" >"$TARGET/idle-threads-1"
btmux capture-pane -p -t "$session" | head -8
wall=$(echo "$s1 - $s0" | bc -l)
echo "idle CPU ($MODE, 5000 services, ${SECONDS_IDLE}s): $(echo "($t1 - $t0) / $hz / $wall * 100" | bc -l | xargs printf '%.2f')% of one core"
# Per thread, grouped by name with digits dropped (C2 CompilerThread0 and 1 are "the JIT"), biggest first.
awk -v hz="$hz" -v wall="$wall" 'NR == FNR {t0[$1] = $3; next}
  {name = $2; gsub(/[0-9]+/, "#", name); by[name] += $3 - ($1 in t0 ? t0[$1] : 0)}
  END {for (n in by) if (by[n] > 0) printf "  %6.2f%%  %s\n", by[n] / hz / wall * 100, n}' \
  "$TARGET/idle-threads-0" "$TARGET/idle-threads-1" | sort -rn
