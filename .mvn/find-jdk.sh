# Sourced by ./mvnw: the portal needs Java 21 or newer, and the default java on many machines
# (ours included) is 17. Keep JAVA_HOME when it is new enough, else take the newest JDK 21+ found.
# POSIX sh, because mvnw is.

isdip_java_major() {
  # The release file names the version without starting a JVM.
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$1/release" | head -n 1
  elif [ -x "$1/bin/java" ]; then
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
  fi
}

isdip_pick_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(isdip_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then return 0; fi
  fi
  best_home=""
  best_major=0
  path_java=$(command -v javac 2>/dev/null || true)
  path_home=""
  if [ -n "$path_java" ]; then path_home=$(dirname "$(dirname "$(readlink -f "$path_java")")"); fi
  # mvnw runs with globbing off (set -f); the search needs it.
  set +f
  for home in $path_home /usr/lib/jvm/* /opt/java/* /opt/jdk* "${HOME:-/root}"/.sdkman/candidates/java/*; do
    [ -x "$home/bin/javac" ] || continue
    major=$(isdip_java_major "$home")
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best_home=$home
      best_major=$major
    fi
  done
  set -f
  if [ -z "$best_home" ]; then
    echo "The ISDIP Portal needs a JDK 21 or newer, and none was found (JAVA_HOME=${JAVA_HOME-unset}, /usr/lib/jvm, /opt, SDKMAN)." >&2
    echo "Install one, for example Eclipse Temurin 21 or 25, or point JAVA_HOME at it, then run the command again." >&2
    exit 1
  fi
  JAVA_HOME=$best_home
  export JAVA_HOME
}

isdip_pick_jdk

# Maven 3.9's Guice warns about sun.misc.Unsafe on JDK 24+; the warning is noise, not a problem of ours.
if [ "$(isdip_java_major "$JAVA_HOME")" -ge 24 ] 2>/dev/null; then
  MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  export MAVEN_OPTS
fi
