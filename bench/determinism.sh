#!/usr/bin/env bash
# Checks that reports are deterministic: runs `tickmark check` twice over the given files (default:
# the seeds and the corpus, PDFs and layout text, in ../shared) in each of json, sarif and junit, and
# compares the two runs byte for byte. Prints one line per format and exits 1 on any difference.
#   bench/determinism.sh [FILE...]
set -uo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${TICKMARK_SHARED:-$here/../shared}"
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=("$shared"/seeds/*.txt "$shared"/corpus/*.pdf "$shared"/corpus/*.txt)
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
status=0
for run in 1 2; do
  for format in json sarif junit; do
    "$here/tickmark" check --fail-on none --show-passed --format "$format" --output "$out/$run.$format" "${files[@]}" \
      2>"$out/$run.$format.err"
    rc=$?
    if [ $rc -ne 0 ]; then echo "run $run, $format: exit $rc: $(head -1 "$out/$run.$format.err")"; status=1; fi
  done
done
for format in json sarif junit; do
  if cmp -s "$out/1.$format" "$out/2.$format"; then
    echo "$format: identical over ${#files[@]} files ($(wc -c <"$out/1.$format") bytes, sha256 $(sha256sum "$out/1.$format" | cut -c1-16))"
  else
    echo "$format: DIFFERENT: $(cmp "$out/1.$format" "$out/2.$format" | head -1)"
    status=1
  fi
done
exit $status
