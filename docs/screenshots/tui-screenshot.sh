#!/usr/bin/env bash
# Makes docs/screenshots/tui-services.png: `./berth --demo --cluster prod` in a 120x16 pane of a
# private tmux server, captured as text once the demo has run a while (metrics for the sparklines),
# drawn with ImageMagick in a monospace font, light on dark (the capture has no colours). The text
# goes in with -annotate on a fixed canvas: ImageMagick's default policy refuses @file, and label:
# miscomputes the size of this text.
# Usage: docs/screenshots/tui-screenshot.sh [SECONDS_TO_WAIT]   (default 25)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cols=120 rows=16
socket="berth-shot-$$"
out="$ROOT/docs/screenshots/tui-services.png"
text=$(mktemp)
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -f "$text"' EXIT
"$ROOT/berth" --version >/dev/null   # build first, so the wait below is the app's
tmux -L "$socket" -f /dev/null new-session -d -s shot -x "$cols" -y "$rows" "$ROOT/berth --demo --cluster prod 2>/dev/null"
sleep "${1:-25}"
tmux -L "$socket" capture-pane -p -t shot > "$text"
# DejaVu Sans Mono at 14 points: about 8.4 px a column and 19 px a line with the spacing below.
convert -size "$(( cols * 84 / 10 + 32 ))x$(( rows * 19 + 16 ))" xc:'#1e1e2e' -fill '#cdd6f4' -font DejaVu-Sans-Mono \
    -pointsize 14 -interline-spacing 2 -annotate +12+22 "$(sed -e 's/\\/\\\\/g' -e 's/%/%%/g' "$text")" "$out"
echo "wrote $out"
