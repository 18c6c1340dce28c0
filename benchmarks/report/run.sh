#!/bin/sh
# The report export benchmark: every built-in format over generated claims, on this machine, in one run. Not a
# test: run it by hand (docs/benchmarks.md).
#
#   benchmarks/report/run.sh                          10,000 claims in 20 articles, 5 rounds, heap 256 MB
#   benchmarks/report/run.sh --claims 50000 --rounds 3
#   HEAP=64m benchmarks/report/run.sh                 the same export in a smaller heap
#   SKIP_BUILD=1 benchmarks/report/run.sh ...         without building first
#
# Options: --claims N, --documents D, --rounds R, --formats md,html,... The report is printed and written to
# benchmarks/report/target/report.md.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
cd "$root"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q install -DskipTests -pl bundles/api,bundles/report
  ./mvnw -B -q -f benchmarks/report/pom.xml package -DskipTests
fi

. benchmarks/find-jdk.sh

target=benchmarks/report/target
exec "$java" "-Xmx${HEAP:-256m}" -XX:+UseSerialGC \
  -cp "$target/atelier-benchmark-report-0.1.0-SNAPSHOT.jar:$target/lib/*" \
  org.atelier.benchmark.report.ReportBenchmark --out "$target/report.md" "$@"
