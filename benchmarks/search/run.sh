#!/bin/sh
# The search benchmark: raw Lucene, Atelier's search index and ripgrep over the same French corpus, on this
# machine, in one run. Not a test: run it by hand (docs/benchmarks.md).
#
#   benchmarks/search/run.sh                         100,000 generated articles, seed 20261123, 3 rounds
#   benchmarks/search/run.sh --articles 20000 --rounds 1
#   benchmarks/search/run.sh --corpus DIR            a folder of real articles (.txt, first line the title)
#   SKIP_BUILD=1 benchmarks/search/run.sh ...        without building first
#
# Options: --articles N, --seed S, --rounds R, --queries-per-kind K, --corpus DIR, --work DIR (default
# benchmarks/search/target/bench), --seed-articles DIR (default corpus/), --word-list FILE (default
# /usr/share/dict/french). The report is printed and written to WORK/report.md.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
cd "$root"

# ripgrep, GNU time (for its peak memory) and the French word list: Debian packages.
missing=
command -v rg >/dev/null 2>&1 || missing="$missing ripgrep"
[ -x /usr/bin/time ] || missing="$missing time"
[ -r /usr/share/dict/french ] || missing="$missing wfrench"
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing$missing"
    apt-get install -y $missing >/dev/null || { apt-get update >/dev/null && apt-get install -y $missing >/dev/null; }
  else
    echo "run.sh: needs the Debian packages$missing (apt-get install$missing)" >&2
    exit 1
  fi
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q -Pbench install -DskipTests -pl benchmarks/search -am
fi

. benchmarks/find-jdk.sh

target=benchmarks/search/target
exec "$java" -Xmx2g --enable-native-access=ALL-UNNAMED \
  -cp "$target/atelier-benchmark-search-0.1.0-SNAPSHOT.jar:$target/lib/*" \
  org.atelier.benchmark.search.SearchBenchmark run --work "$target/bench" "$@"
