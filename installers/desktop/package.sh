#!/usr/bin/env bash
# The desktop app: a jpackage app image (berth-desktop/, tarred as
# berth-desktop-VERSION-linux-x64-app-image.tar.gz), a .deb when dpkg-deb and fakeroot are present,
# an .rpm when rpmbuild is. JavaFX stays on the class path as ./berth runs it (its jars carry the
# native libraries). The start-up cache is trained on the demo under Xvfb when xvfb-run is present.
# Run by Maven (see ../pom.xml).
. "$COMMON"
name=berth-desktop
app_version=${VERSION%%-*}   # jpackage wants numbers only
out=$TARGET/packages
mkdir -p "$out"
rm -rf "$TARGET/jpackage" "$out"/*

# Desktop-only jars are in the same directory; jdeps sees the JavaFX classes like any others.
modules=$(app_modules "$TARGET/app-jars")
echo "package: jlink $modules"
link_runtime "$TARGET/desktop-runtime" "$modules"

java_options=()
for flag in $(jvm_flags) --enable-native-access=ALL-UNNAMED; do java_options+=(--java-options "$flag"); done
"$JAVA_HOME/bin/jpackage" --type app-image --name "$name" --app-version "$app_version" --vendor Berth \
    --description "Amazon ECS triage for operators: what is broken, since when, why, and the safe fix." \
    --input "$TARGET/app-jars" --main-jar "$(app_jars | head -1)" --main-class dev.berth.desktop.DesktopMain \
    --runtime-image "$TARGET/desktop-runtime" "${java_options[@]}" --dest "$TARGET/jpackage"
image=$TARGET/jpackage/$name
cfg=$image/lib/app/$name.cfg
app=$image/lib/app

# Training: the image's own runtime, its class path in the launcher's order and its options, on
# the demo until the first data is on screen; then a normal exit (SIGTERM) writes the cache.
cache=$(cache_name "$name")
train=$TARGET/aot-training
rm -rf "$train" && mkdir -p "$train"
if command -v xvfb-run >/dev/null; then
  cp=$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s#\$APPDIR#$app#" | paste -sd:)
  opts=$(sed -n 's/^java-options=//p' "$cfg" | sed "s#\$APPDIR#$app#")   # one option per line
  (
    HOME="$train" XDG_CONFIG_HOME="$train/config" XDG_STATE_HOME="$train/state" \
    # shellcheck disable=SC2086 # $opts splits into the options
    xvfb-run -a -s "-screen 0 1400x900x24" sh -c 'echo $$ > "$0/java.pid"; exec "$@"' "$train" \
        "$image/lib/runtime/bin/java" $opts "$(cache_output_flag "$app/$cache")" -cp "$cp" dev.berth.desktop.DesktopMain --demo \
        >"$train/out.txt" 2>&1
  ) &
  trainer=$!
  for _ in $(seq 1 180); do
    grep -q "first data on screen" "$train/state/berth/berth-desktop.log" 2>/dev/null && break
    kill -0 "$trainer" 2>/dev/null || break
    sleep 0.5
  done
  sleep 2   # a few more pulses: the rows' cells and the detail pane
  [ -f "$train/java.pid" ] && kill -TERM "$(cat "$train/java.pid")" 2>/dev/null || true
  wait "$trainer" || true
  if [ -f "$app/$cache" ]; then
    # The launcher expands $APPDIR in the options it reads from here.
    sed -i "s#^\[JavaOptions\]\$#[JavaOptions]\njava-options=$(echo "$cache" | sed 's/.*/-XX:AOTCache=$APPDIR\/&/')#" "$cfg"
    [ "$JDK_FEATURE" -ge 25 ] || sed -i 's#-XX:AOTCache=#-XX:SharedArchiveFile=#' "$cfg"
    echo "package: start-up cache $cache ($(size_of "$app/$cache"))"
  else
    echo "package: no start-up cache (training failed; see $train/out.txt)" >&2
  fi
else
  echo "package: no xvfb-run, so no start-up cache for the desktop app" >&2
fi

tar -C "$TARGET/jpackage" -czf "$out/$name-$VERSION-linux-x64-app-image.tar.gz" "$name"
echo "package: $out/$name-$VERSION-linux-x64-app-image.tar.gz $(size_of "$out/$name-$VERSION-linux-x64-app-image.tar.gz") (unpacked $(size_of "$image"))"

linux_package() { # type, dependencies
  "$JAVA_HOME/bin/jpackage" --type "$1" --app-image "$image" --name "$name" --app-version "$app_version" --vendor Berth \
      --description "Amazon ECS triage for operators (JavaFX)." --linux-package-deps "$2" --linux-shortcut \
      --linux-menu-group Development --dest "$out"
  echo "package: $(ls "$out"/*."$1") $(size_of "$(ls "$out"/*."$1")")"
}
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  linux_package deb libgtk-3-0
else
  echo "package: no dpkg-deb/fakeroot: no .deb" >&2
fi
if command -v rpmbuild >/dev/null; then
  linux_package rpm gtk3
else
  echo "package: no rpmbuild: no .rpm" >&2
fi
