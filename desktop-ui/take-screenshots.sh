#!/usr/bin/env bash
# Takes the desktop's "whole ECS picture" screenshots for docs/desktop.md: the real app on its demo
# sandbox, at 1280x800, under an Xvfb of its own, driven with xdotool, photographed with ImageMagick.
# Needs: xvfb, xdotool, imagemagick, libgtk-3-0. Usage: desktop-ui/take-screenshots.sh [out-dir]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. "$ROOT/.mvn/select-jdk.sh"
berth_select_jdk || exit 1
OUT="${1:-$ROOT/docs/screenshots}"
mkdir -p "$OUT"
./mvnw -B -q -pl desktop-ui -am compile
cp="desktop-ui/target/classes:$(cat desktop-ui/target/runtime-classpath.txt)"
work="$(mktemp -d)"
display=""
for n in $(seq 120 180); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=$n; break; fi
done
[ -n "$display" ] || { echo "no free X display" >&2; exit 1; }
export DISPLAY=":$display"
Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
app=""
stop_app() { if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""; fi; }
trap 'stop_app; kill $xvfb 2>/dev/null || true' EXIT
sleep 1

# Starts the app on the demo (light theme unless given), sizes its window to the screen, waits for data.
start() {
  stop_app
  XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
    -cp "$cp" dev.berth.desktop.DesktopMain --demo "$@" >"$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 80); do
    win=$(xdotool search --name Berth 2>/dev/null | head -1 || true)
    [ -n "$win" ] && break
    sleep 0.5
  done
  xdotool windowmove "$win" 0 0 windowsize "$win" 1280 800
  sleep 14
  # Give the detail more room: the list/detail divider up to a third of the window.
  xdotool mousemove 766 377 mousedown 1 mousemove 766 300 sleep 0.2 mousemove 766 236 mouseup 1
  sleep 0.5
}
# Filters the services list to one name and selects it.
service() {
  xdotool mousemove 600 140 click 1; sleep 0.3
  xdotool key slash; sleep 0.2; xdotool key ctrl+a BackSpace
  xdotool type --delay 25 "$1"; sleep 0.3; xdotool key Return; sleep 1
}
# Runs a palette command (":load-balancing").
palette() {
  xdotool key ctrl+shift+p; sleep 0.6
  xdotool type --delay 25 "$1"; sleep 0.4; xdotool key Return; sleep 0.4
}
scroll_detail() { xdotool mousemove 760 600; for _ in $(seq 1 "$1"); do xdotool click 5; done; sleep 0.5; }
shot() { sleep "${2:-4}"; import -window root "$OUT/desktop-$1.png"; echo "wrote $OUT/desktop-$1.png"; }

start --theme light --cluster prod
service catalog-api; palette ":load-balancing"; shot load-balancing
service orders-api; palette ":discovery"; shot discovery
service checkout-api; palette ":network"; shot network
palette ":cost"; shot cost 6
service payments-api; palette ":storage"; sleep 3; scroll_detail 3; shot storage-secrets 1
# The cut-off secret reference: whole in its tooltip, then its context menu.
xdotool mousemove 1000 539; sleep 0.3; xdotool mousemove 1010 540; shot cut-off-tooltip 2
xdotool click 3; shot copy-menu 1; xdotool key Escape
service storefront; xdotool key d; shot blue-green
service search-api; xdotool key d; shot alarms 6
# The container instances of batch-ec2, filtered to the disconnected agent.
xdotool mousemove 150 142 click 1; sleep 2; xdotool mousemove 600 140 click 1; sleep 0.3
xdotool key slash; sleep 0.2; xdotool type --delay 25 "disconnected"; xdotool key Return; shot container-instances 3
