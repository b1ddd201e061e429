# Sourced (POSIX sh) by mvnw, ./berth and .ci/run: points JAVA_HOME at a JDK 21 or newer.
# The machine's default java may be older (Debian's is 17), so look beside it before giving up.

berth_jdk_major() {
  sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}

berth_jdk_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  _berth_v=$(berth_jdk_major "$1")
  [ -n "$_berth_v" ] && [ "$_berth_v" -ge 21 ]
}

berth_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && berth_jdk_ok "$JAVA_HOME"; then
    export JAVA_HOME
    return 0
  fi
  _berth_best="" _berth_best_v=0
  _berth_path_java=$(command -v java 2>/dev/null || true)
  _berth_candidates=""
  if [ -n "$_berth_path_java" ]; then
    _berth_candidates=$(dirname "$(dirname "$(readlink -f "$_berth_path_java")")")
  fi
  for _berth_root in /usr/lib/jvm /usr/java /opt/java /Library/Java/JavaVirtualMachines; do
    [ -d "$_berth_root" ] || continue
    for _berth_name in $(ls "$_berth_root" 2>/dev/null); do
      _berth_candidates="$_berth_candidates $_berth_root/$_berth_name $_berth_root/$_berth_name/Contents/Home"
    done
  done
  for _berth_c in $_berth_candidates; do
    if berth_jdk_ok "$_berth_c"; then
      _berth_v=$(berth_jdk_major "$_berth_c")
      if [ "$_berth_v" -gt "$_berth_best_v" ]; then
        _berth_best="$_berth_c" _berth_best_v="$_berth_v"
      fi
    fi
  done
  if [ -z "$_berth_best" ]; then
    echo "Berth needs a JDK 21 or newer; none found (JAVA_HOME=${JAVA_HOME:-unset}). Install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME." >&2
    return 1
  fi
  JAVA_HOME="$_berth_best"
  export JAVA_HOME
}
