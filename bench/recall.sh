#!/usr/bin/env bash
# Recall harness: in each layout-text filing, passing totals are altered one at a time (a slip of ten
# units in the stated total) and the filing is checked again; prints how many slips are caught
# (error-level consistency finding quoting the altered line), recorded as unverified, or missed.
# Usage: bench/recall.sh FILE.txt... [--per-document N]     (e.g. ../shared/corpus/*.txt ../shared/seeds/001*.txt)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$here" && mvn -q -B -Dstyle.color=never -DskipTests package test-compile >&2)
exec java ${BENCH_JAVA_OPTS:--XX:+UseParallelGC -Xmx6g} \
  -cp "$here/target/test-classes:$here/target/classes:$here/target/lib/*" \
  io.tickmark.bench.Recall "$@"
