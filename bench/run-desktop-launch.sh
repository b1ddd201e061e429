#!/usr/bin/env bash
# Times the desktop demo from process start to the first window with data, N times each way, the ways
# taking turns, under a virtual X display:
#   ./berth desktop             as a person starts it: jars, the launcher's JVM flags, the AOT cache (JDK 25+)
#   ./berth desktop, no cache   the same with BERTH_AOT=0
#   class directories           java -cp <class dirs> DesktopMain, as ./berth started it before issue 10
# Usage: bench/run-desktop-launch.sh [runs] [demo|sandbox]   (default 7 runs; BERTH_JAVA_OPTS reaches the launcher's JVMs)
#   demo      each app starts its own in-process demo sandbox (--demo): the sandbox's build is on the clock
#   sandbox   each app connects to one `berth sandbox --scenario demo` started beforehand (--endpoint-url),
#             as the app starts against AWS
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. "$ROOT/.mvn/select-jdk.sh"
berth_select_jdk || exit 1
./mvnw -B -q -pl bench -am test-compile -DskipTests
./berth desktop --help >/dev/null   # builds what is stale and trains the start-up cache, outside the timing
cp="bench/target/classes:$(cat bench/target/runtime-classpath.txt)"
if [ "${2:-demo}" = sandbox ]; then
  . "$ROOT/bench/tui-common.sh"
  start_sandbox --scenario demo
  trap stop_sandbox EXIT
  export LAUNCH_ARGS="--endpoint-url $ENDPOINT --region us-east-1 --theme light"
  export AWS_ACCESS_KEY_ID=sandbox AWS_SECRET_ACCESS_KEY=sandbox
fi
classes="desktop-ui/target/classes:$(cat desktop-ui/target/runtime-classpath.txt)"
runs="${1:-7}"
xvfb-run -a -s "-screen 0 1400x900x24" "$JAVA_HOME/bin/java" -cp "$cp" dev.berth.bench.desktop.LaunchBench "$runs" \
    "./berth desktop=$ROOT/berth desktop" \
    "./berth desktop, no cache=env BERTH_AOT=0 $ROOT/berth desktop" \
    "class directories=$JAVA_HOME/bin/java --enable-native-access=ALL-UNNAMED -cp $classes dev.berth.desktop.DesktopMain"
