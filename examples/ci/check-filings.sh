#!/usr/bin/env bash
# Any CI: check the filings, keep the JUnit XML for the test-report view, fail on new findings.
#   TICKMARK_JAR=/opt/tickmark/tickmark-0.1.0.jar examples/ci/check-filings.sh filings/*.pdf
# Exit codes are tickmark's: 0 clean, 1 new findings at or above error, 2 unreadable input, 3 internal error.
set -euo pipefail
jar="${TICKMARK_JAR:-target/tickmark-0.1.0.jar}"
baseline=()
if [ -f tickmark-baseline.json ]; then baseline=(--baseline tickmark-baseline.json); fi
java -jar "$jar" check --format junit --output "${TICKMARK_JUNIT:-tickmark-junit.xml}" \
  "${baseline[@]}" --fail-on "${TICKMARK_FAIL_ON:-error}" "$@"
