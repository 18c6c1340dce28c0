# Sourced by the benchmark scripts: sets $java to a JDK 21 or newer (JAVA_HOME, the java on PATH, then the
# newest under /usr/lib/jvm), or stops with one line.
major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
java=
for candidate in "${JAVA_HOME:-/none}/bin/java" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
  [ -x "$candidate" ] || continue
  v=$(major "$candidate")
  if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null; then
    if [ -z "$java" ] || [ "$v" -gt "$(major "$java")" ]; then java=$candidate; fi
  fi
done
[ -n "$java" ] || { echo "$(basename "$0"): needs a JDK 21 or newer" >&2; exit 1; }
