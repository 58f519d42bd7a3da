#!/usr/bin/env bash
# False-failure harness: every PDF in each folder is checked; on audited filings of going concerns
# every error-level consistency failure and every going-concern finding above note is presumed false.
# Prints per document and in total: checks run, passed, error-level failures, primary statements found
# (B balance, I income, C cash flow, E equity), going-concern findings, and the false-failure rate.
# Usage: bench/calibration.sh DIR... [--detail]      (e.g. ../shared/calibration ../shared/corpus)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$here" && mvn -q -B -Dstyle.color=never -DskipTests package test-compile >&2)
exec java ${BENCH_JAVA_OPTS:--XX:+UseParallelGC -Xmx6g} \
  -cp "$here/target/test-classes:$here/target/classes:$here/target/lib/*" \
  io.tickmark.bench.Calibration "$@"
