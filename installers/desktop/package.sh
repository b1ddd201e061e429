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

# Training (desktop-ui/train-start-cache.sh, as ./berth trains its own): the image's own runtime, its
# class path in the launcher's order and its options, on the demo until a little after its first data.
cache=$(cache_name "$name")
cp=$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s#\$APPDIR#$app#" | paste -sd:)
opts=$(sed -n 's/^java-options=//p' "$cfg" | sed "s#\$APPDIR#$app#")   # one option per line
status=0
# shellcheck disable=SC2086 # $opts splits into the options
"$ROOT/desktop-ui/train-start-cache.sh" "$TARGET/aot-training" "$image/lib/runtime/bin/java" $opts \
    "$(cache_output_flag "$app/$cache")" -cp "$cp" || status=$?
if [ -f "$app/$cache" ] && [ "$status" = 0 ]; then
  # The launcher expands $APPDIR in the options it reads from here.
  sed -i "s#^\[JavaOptions\]\$#[JavaOptions]\njava-options=$(echo "$cache" | sed 's/.*/-XX:AOTCache=$APPDIR\/&/')#" "$cfg"
  [ "$JDK_FEATURE" -ge 25 ] || sed -i 's#-XX:AOTCache=#-XX:SharedArchiveFile=#' "$cfg"
  echo "package: start-up cache $cache ($(size_of "$app/$cache"))"
elif [ "$status" = 3 ]; then
  rm -f "$app/$cache"
  echo "package: no xvfb-run, so no start-up cache for the desktop app" >&2
else
  rm -f "$app/$cache"
  echo "package: no start-up cache (training failed; see $TARGET/aot-training/out.txt)" >&2
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
