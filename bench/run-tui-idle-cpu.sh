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
hz=$(getconf CLK_TCK)
t0=$(ticks "$pid"); s0=$(date +%s.%N)
sleep "$SECONDS_IDLE"
t1=$(ticks "$pid"); s1=$(date +%s.%N)
btmux capture-pane -p -t "$session" | head -8
echo "idle CPU ($MODE, 5000 services, ${SECONDS_IDLE}s): $(echo "($t1 - $t0) / $hz / ($s1 - $s0) * 100" | bc -l | xargs printf '%.2f')% of one core"
