#!/usr/bin/env bash
# The terminal tarball, for a bastion host with no Java: berth-VERSION/ with bin/berth, lib/ (the
# app's jars and the start-up cache), runtime/ (jlinked, no JavaFX), share/ (man page, bash
# completion), packed as berth-VERSION-linux-x64.tar.gz. Run by Maven (see ../pom.xml).
. "$COMMON"
here=$(cd "$(dirname "$0")" && pwd)
name=berth-$VERSION
image=$TARGET/$name
rm -rf "$image"
mkdir -p "$image/bin" "$image/lib" "$image/share/man/man1" "$image/share/bash-completion/completions"
for jar in $(app_jars); do cp "$TARGET/app-jars/$jar" "$image/lib/"; done

modules=$(app_modules "$image/lib")
case ",$modules," in *,javafx.*) echo "package: JavaFX reached the terminal runtime ($modules)" >&2; exit 1 ;; esac
echo "package: jlink $modules"
link_runtime "$image/runtime" "$modules"

cache=$(cache_name berth)
if [ "$JDK_FEATURE" -ge 25 ]; then cache_flag=-XX:AOTCache quiet="-Xlog:aot=off -Xlog:cds=off"
else cache_flag=-XX:SharedArchiveFile quiet="-Xlog:cds=off"; fi
# The key reader sits in a blocking read of the terminal; by default the JVM's exit waits 0.3 s for it.
flags=$(jvm_flags)
[ "$JDK_FEATURE" -ge 25 ] && flags="$flags -XX:UserThreadWaitAttemptsAtExit=0"
sed -e "s|@JARS@|$(app_jars | paste -sd' ')|" -e "s|@CACHE@|$cache|g" -e "s|@CACHE_FLAG@|$cache_flag|" \
    -e "s|@JVM_FLAGS@|$flags|" -e "s|@QUIET@|$quiet|" "$here/berth.sh" > "$image/bin/berth"
chmod +x "$image/bin/berth"

"$image/bin/berth" --version
"$image/bin/berth" generate-man-page > "$image/share/man/man1/berth.1"
"$image/bin/berth" generate-completion > "$image/share/bash-completion/completions/berth"

# The start-up cache: bin/berth itself runs the training (so the flags match), in a home of its own
# (no config.yaml or AWS profile of whoever builds), on a child berth sandbox and the demo.
train=$TARGET/aot-training
rm -rf "$train" && mkdir -p "$train"
started=$(date +%s)
if HOME="$train" XDG_CONFIG_HOME="$train/config" XDG_STATE_HOME="$train/state" BERTH_AOT=0 \
   BERTH_JAVA_OPTS="$(cache_output_flag "$image/lib/$cache") -Dberth.log.file=$train/berth.log" \
   "$image/bin/berth" aot-train --with-demo >"$train/out.txt" 2>&1 && [ -f "$image/lib/$cache" ]; then
  echo "package: start-up cache $cache ($(size_of "$image/lib/$cache")) trained in $(( $(date +%s) - started )) s"
else
  rm -f "$image/lib/$cache"
  echo "package: no start-up cache (training failed; see $train/out.txt); bin/berth starts without one" >&2
fi

tar -C "$TARGET" -czf "$TARGET/$name-linux-x64.tar.gz" "$name"
echo "package: $TARGET/$name-linux-x64.tar.gz $(size_of "$TARGET/$name-linux-x64.tar.gz") (unpacked $(size_of "$image"): runtime $(size_of "$image/runtime"))"
