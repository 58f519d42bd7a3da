#!/usr/bin/env bash
# Fuzzes each Jazzer target (src/test/java/io/tickmark/fuzz) for DURATION (default 5m), one after another.
# A crashing input is saved beside the seeds in src/test/resources/io/tickmark/fuzz/<Target>Inputs/<method>/
# and from then on replayed by every `mvn verify` (regression mode): fix the code, keep the file.
# The growing corpus goes to .cifuzz-corpus/ (not committed).
#   bench/fuzz.sh [DURATION] [Target...]      e.g. bench/fuzz.sh 30m PdfReaderFuzzTest
set -uo pipefail
cd "$(dirname "$0")/.."
duration="${1:-5m}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(NumberParserFuzzTest LayoutTableFuzzTest SentenceReaderFuzzTest FactsJsonFuzzTest PdfReaderFuzzTest)
fi
status=0
for t in "${targets[@]}"; do
  echo "== $t ($duration)"
  if JAZZER_FUZZ=1 mvn -B -ntp -q -Dstyle.color=never test -Dtest="$t" -Dsurefire.failIfNoSpecifiedTests=false \
      -Dfuzz.args="-Djazzer.max_duration=$duration"; then
    echo "   $t: no crash"
  else
    echo "   $t: FOUND A CRASH (see the output above and the new file under src/test/resources/io/tickmark/fuzz/${t}Inputs/)"
    status=1
  fi
done
exit $status
