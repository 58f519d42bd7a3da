#!/usr/bin/env bash
# Micro-benchmarks of the readers' hot parts with JMH (src/test/java/io/tickmark/bench/ReaderBenchmarks):
# the layout, the tokenizer, statement headings, tables and narrative over one layout-text filing
# (seed 001 from ../shared when there, else the bundled example). Prints JMH's table; asserts nothing.
# Usage: bench/jmh.sh [FILE] [JMH options, e.g. -wi 1 -i 3 ReaderBenchmarks.tables]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
file="$here/../shared/seeds/001_971f7cdaf1f4b365.txt"
[ -f "$file" ] || file="$here/examples/harbour-lights-2023-annual.txt"
if [ $# -gt 0 ] && [ -f "$1" ]; then file="$1"; shift; fi
mvn -q -B -Dstyle.color=never -DskipTests package test-compile >&2
cp_file="$here/target/bench.classpath"
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >&2
echo "file: $file ($(wc -l <"$file") lines); machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
exec java -Dtickmark.bench.file="$file" -cp "$here/target/test-classes:$here/target/classes:$(cat "$cp_file")" \
  org.openjdk.jmh.Main "${@:-ReaderBenchmarks}"
