#!/bin/sh
# Berth's terminal UI and the berth command line, on the Java runtime shipped beside it: the host
# needs no Java. Installed as bin/berth by the terminal tarball (installers/terminal/package.sh).
#   BERTH_JAVA_OPTS   extra JVM flags
#   BERTH_AOT=0       start without the start-up cache made when the package was built
# Resolved with as few processes as may be: each costs the start a few milliseconds on a busy host.
self=$0
if [ -L "$self" ]; then self=$(readlink -f "$self"); fi
case $self in */*) bin=${self%/*} ;; *) bin=. ;; esac
home=$(cd "$bin/.." && pwd -P)
cp=
for jar in @JARS@; do
  cp="${cp:+$cp:}$home/lib/$jar"
done
cache=
if [ "${BERTH_AOT:-1}" != 0 ] && [ -f "$home/lib/@CACHE@" ]; then
  cache="@CACHE_FLAG@=$home/lib/@CACHE@"
fi
# shellcheck disable=SC2086 # the flag lists are meant to split
exec "$home/runtime/bin/java" @JVM_FLAGS@ $cache @QUIET@ ${BERTH_JAVA_OPTS:-} -cp "$cp" dev.berth.tui.BerthMain "$@"
