#!/usr/bin/env bash
# Layout-jitter harness: each layout-text filing is laid out again with cells moved a character left or
# right at random (as another text extractor would place them), checked again, and its checks run and
# error-level failures compared with the original's: the content is the same, so a new failure is a
# misreading, and checks lost are coverage that rests on exact character columns.
# Usage: bench/jitter.sh FILE.txt... [--copies N] [--rate P] [--accumulate]     (e.g. ../shared/corpus/*.txt)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$here" && mvn -q -B -Dstyle.color=never -DskipTests package test-compile >&2)
exec java ${BENCH_JAVA_OPTS:--XX:+UseParallelGC -Xmx6g} \
  -cp "$here/target/test-classes:$here/target/classes:$here/target/lib/*" \
  io.tickmark.bench.Jitter "$@"
