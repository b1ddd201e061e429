# Sourced by the installers' package.sh scripts (run by Maven in the package phase with JAVA_HOME,
# VERSION and TARGET set): the JDK's tools, the app's jars, and a jlinked runtime for them.
set -euo pipefail
# The reactor's root directory.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JDK_FEATURE=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$JAVA_HOME/release")

# The app's jar file names in Maven's class-path order (from dependency:build-classpath, prefix ".").
app_jars() {
  tr ':' '\n' < "$TARGET/app-classpath.txt" | sed 's#^\./##'
}

# The JDK modules the jars in directory $1 use, as jdeps finds them, plus any given after it.
app_modules() {
  local dir=$1; shift
  local cp
  cp=$(app_jars | sed "s#^#$dir/#" | paste -sd:)
  local found
  found=$("$JAVA_HOME/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release "$JDK_FEATURE" \
      --class-path "$cp" --module-path "$cp" $(app_jars | sed "s#^#$dir/#") | grep -v "^Warning: split package")
  (IFS=,; echo "$found${*:+,$*}")
}

# jlink $2 (a comma list of modules) into directory $1: no debug info, headers or man pages. Not
# compressed inside: every package is compressed whole, and a runtime zipped inside first makes each
# package 7-13 MB bigger (measured) and saves nothing at start-up.
link_runtime() {
  rm -rf "$1"
  "$JAVA_HOME/bin/jlink" --add-modules "$2" --output "$1" --strip-debug --no-header-files --no-man-pages \
      --compress zip-0
}

# Flags every start of the app passes to the JVM, training runs included: the start-up cache
# (AOT on JDK 25+, AppCDS before) is only used by a JVM started with the flags it was made with.
jvm_flags() {
  local flags="-XX:+UseSerialGC -Xmn64m -Xss1m"
  # Netty (the SDK's async client) touches sun.misc.Unsafe; JDK 23+ would print a warning over the screen.
  [ "$JDK_FEATURE" -ge 23 ] && flags="$flags --sun-misc-unsafe-memory-access=allow"
  echo "$flags"
}

# The flag that writes the start-up cache to $1 during a training run.
cache_output_flag() {
  if [ "$JDK_FEATURE" -ge 25 ]; then echo "-XX:AOTCacheOutput=$1"; else echo "-XX:ArchiveClassesAtExit=$1"; fi
}

# The cache's file name for this JDK: an AOT cache from JDK 25 on, an AppCDS archive before.
cache_name() {
  if [ "$JDK_FEATURE" -ge 25 ]; then echo "$1.aot"; else echo "$1.jsa"; fi
}

size_of() {
  du -sh "$1" | cut -f1
}
