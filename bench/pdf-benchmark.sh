#!/usr/bin/env bash
# PDF reader speed against pdftotext -layout (install poppler-utils): cold and warm, per corpus PDF.
# Usage: bench/pdf-benchmark.sh [DIR (default ../shared/corpus)] [ROUNDS (default 5)]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v pdftotext >/dev/null || { echo "pdftotext not found: apt-get install -y poppler-utils" >&2; exit 2; }
(cd "$here" && mvn -q -o -DskipTests package test-compile >&2)
exec java ${BENCH_JAVA_OPTS:--XX:+UseSerialGC} -cp "$here/target/test-classes:$here/target/classes:$here/target/lib/*" \
  io.tickmark.bench.PdfBenchmark "${1:-$here/../shared/corpus}" "${2:-5}"
