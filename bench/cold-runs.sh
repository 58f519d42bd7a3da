#!/usr/bin/env bash
# Benchmark, not a test: wall time of N cold runs of the built CLI (JVM start included) on one filing,
# and the median. Usage: bench/cold-runs.sh [FILE] [N]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
file="${1:-$here/../shared/seeds/001_971f7cdaf1f4b365.txt}"
runs="${2:-5}"
"$here/tickmark" check --format json "$file" > /dev/null || true   # build if needed, warm the page cache
times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  "$here/tickmark" check --format json "$file" > /dev/null || true
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
echo "median of $runs cold runs on $(basename "$file"): ${median} ms"
