#!/usr/bin/env bash
# Whole-run performance figures, each beside its floor measured in the same run (a benchmark, not a
# test: it prints figures and asserts nothing). Needs pdftotext (apt-get install -y poppler-utils) and
# GNU time (apt-get install -y time) for peak memory.
#   cold   : median of 5 cold `tickmark check` runs on seed 001 vs a bare JVM start (java -version)
#   pdf    : `tickmark check` on PDFs of three sizes vs `pdftotext -layout` on the same file, cold and
#            warm (the same PDF three times in one call on one job: the later two copies, per copy)
#   batch  : 1 vs 20 vs 200 documents in one call (text filings from ../shared and examples)
#   rules  : the rule run alone over 10k and 100k generated line items, with peak RSS
#   memory : peak RSS of a cold check of a PDF over 500 pages (three of the shared PDFs joined)
# Usage: bench/performance.sh [SHARED (default ../shared)]
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${1:-$here/../shared}"
cd "$here"
mvn -q -B -Dstyle.color=never -DskipTests package test-compile >&2 || exit 3
"$here/tickmark" check --format json examples/harbour-lights-2023-annual.txt >/dev/null 2>&1  # class-data archive, page cache
command -v pdftotext >/dev/null || { echo "pdftotext not found: apt-get install -y poppler-utils" >&2; exit 2; }
gtime=(); [ -x /usr/bin/time ] && gtime=(/usr/bin/time -f "%e s %M KiB")

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"

seed="$shared/seeds/001_971f7cdaf1f4b365.txt"
if [ -f "$seed" ]; then
  t=(); f=()
  for i in 1 2 3 4 5; do f+=("$(ms java -version)"); t+=("$(ms "$here/tickmark" check --format json "$seed")"); done
  c=$(median "${t[@]}"); b=$(median "${f[@]}")
  echo "cold seed 001 check: ${c} ms; bare JVM start ${b} ms; ratio $(ratio "$c" "$b") (target <= 800 ms)"
fi

for pdf in "$shared/corpus/APPLE_2022_10K.pdf" "$shared/corpus/PG_E_2018_10K.pdf" "$shared/calibration/BLOCK_2021_10K.pdf"; do
  [ -f "$pdf" ] || continue
  t=(); f=()
  for i in 1 2 3; do f+=("$(ms pdftotext -layout "$pdf" -)"); t+=("$(ms "$here/tickmark" check --format json "$pdf")"); done
  c=$(median "${t[@]}"); b=$(median "${f[@]}")
  echo "pdf $(basename "$pdf"): check ${c} ms; pdftotext -layout ${b} ms; ratio $(ratio "$c" "$b") (target cold <= 5)"
  # warm inside a batch: the same PDF three times in one call on one job, less the cold first, per copy
  three=$(ms "$here/tickmark" check --format json --fail-on none --jobs 1 "$pdf" "$pdf" "$pdf")
  w=$(( (three - c) / 2 ))
  echo "pdf $(basename "$pdf") warm in a batch (--jobs 1): ${w} ms per copy; ratio $(ratio "$w" "$b") (target warm <= 3)"
done

docs=()
for f in "$shared"/seeds/*.txt "$shared"/corpus/*.txt "$here"/examples/*.txt; do [ -f "$f" ] && docs+=("$f"); done
if [ "${#docs[@]}" -gt 0 ]; then
  batch() { local n=$1 i=0 list=(); while [ "${#list[@]}" -lt "$n" ]; do list+=("${docs[$((i % ${#docs[@]}))]}"); i=$((i+1)); done; ms "$here/tickmark" check --format json --fail-on none "${list[@]}"; }
  one=$(batch 1); twenty=$(batch 20); two100=$(batch 200)
  echo "batch: 1 document ${one} ms; 20 documents ${twenty} ms (ratio $(ratio "$twenty" "$one"), target <= 6); 200 documents ${two100} ms ($(awk -v t="$two100" 'BEGIN {printf "%.0f", 200 * 3600000 / t}') filings/hour, target >= 3000)"
fi

cp="$here/target/test-classes:$here/target/classes:$here/target/lib/*"
# the rule run in the JVM the launcher starts (its garbage collector and C1-only compilation: the
# `jvm=(...)` lines of ./tickmark), so its time and memory are what a check's rule run gets
eval "$(grep -E '^(jvm=\(|.*jvm\+=\()' "$here/tickmark")"
for n in 10000 100000; do
  "${gtime[@]}" java "${jvm[@]}" -cp "$cp" io.tickmark.bench.RuleBenchmark "$n" 3 2>&1 | tail -2 | tr '\n' ' '
  echo
done
# the whole command over the same 100 k line items as a facts file: what a user's run peaks at (one
# document, the launcher's JVM; the three rounds above keep earlier rounds' garbage in the old generation)
if [ "${#gtime[@]}" -gt 0 ]; then
  facts="$(mktemp -d)/facts-100k.json"
  java "${jvm[@]}" -cp "$cp" io.tickmark.bench.RuleBenchmark 100000 1 "$facts" >/dev/null 2>&1
  r=$(/usr/bin/time -f "%e %M" "$here/tickmark" check --format json --fail-on none "$facts" 2>&1 >/dev/null | tail -1)
  echo "check of a facts file of 100000 line items ($(($(stat -c %s "$facts") / 1048576)) MiB): $(echo "$r" | awk '{printf "%.0f ms, peak RSS %d MiB", $1 * 1000, $2 / 1024}') (target <= 512 MB)"
  rm -rf "$(dirname "$facts")"
fi

# peak memory of a cold check of a PDF over 500 pages: the largest PDFs we have, joined (bench.JoinPdfs)
bigs=()
for f in "$shared/calibration/AMERICANEXPRESS_2022_10K.pdf" "$shared/corpus/PG_E_2018_10K.pdf" "$shared/calibration/FEDEX_2023_10K.pdf"; do
  [ -f "$f" ] && bigs+=("$f")
done
if [ "${#bigs[@]}" -eq 3 ] && [ "${#gtime[@]}" -gt 0 ]; then
  joined="$(mktemp -d)/joined.pdf"
  pages=$(java -cp "$cp" io.tickmark.bench.JoinPdfs "$joined" "${bigs[@]}" 2>/dev/null | tail -1)
  m=$(/usr/bin/time -f "%M" "$here/tickmark" check --format json --fail-on none "$joined" 2>&1 >/dev/null | tail -1)
  echo "pdf of ${pages} pages (American Express, PG&E and FedEx 10-Ks joined): peak RSS $((m / 1024)) MiB (target <= 512 MB)"
  rm -rf "$(dirname "$joined")"
fi
