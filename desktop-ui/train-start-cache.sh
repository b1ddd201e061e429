#!/usr/bin/env bash
# The desktop app's training run for its start-up cache, shared by ./berth and the desktop package
# (installers/desktop/package.sh): the demo on a virtual X display of its own (never a window on the
# person's screen), in a throwaway home, until the first data is on screen and two seconds more
# (the rows' cells, the detail); the app then quits by itself and the JVM writes the cache on exit.
# Usage: train-start-cache.sh WORK_DIR JAVA [JVM options, the cache output flag among them] -cp CLASS_PATH
# Exits 3 without xvfb-run; the app's output is in WORK_DIR/out.txt.
set -euo pipefail
work=$1
shift
command -v xvfb-run >/dev/null || exit 3
rm -rf "$work" && mkdir -p "$work"
# timeout: a training run that never sees data still ends (SIGTERM, so the JVM exits normally).
HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" \
    xvfb-run -a -s "-screen 0 1400x900x24" timeout 180 "$@" dev.berth.desktop.DesktopMain --demo --exit-after-first-data \
    >"$work/out.txt" 2>&1
