#!/usr/bin/env bash
# Looks at the HTML report as a person would, in headless Chromium (Debian: apt-get install chromium
# poppler-utils): a screenshot at 1400 px with every passed check unfolded, the page as printed (A4 PDF and
# its first pages as PNG), and a measure of the widest element, which must fit the 1400 px window.
#   bench/html-screenshots.sh OUTDIR FILE [tickmark check options...]
# Exit 1 when the report is wider than the window (a table overflows).
set -euo pipefail
out="$1"; shift
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[ -n "$browser" ] || { echo "html-screenshots: no chromium (apt-get install chromium)" >&2; exit 2; }
mkdir -p "$out"
html="$out/report.html"
"$here/tickmark" check --format html --output "$html" "$@" || [ $? -eq 1 ]
chrome=("$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars)
# the screen view with the passed checks opened: the widest table there is
sed 's/<details class="passed"/<details open class="passed"/' "$html" > "$out/open.html"
"${chrome[@]}" --window-size=1400,6000 --screenshot="$out/screen-1400.png" "file://$out/open.html" 2>/dev/null
# print: the A4 PDF a reviewer files, and its first two pages as pictures
"${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$out/print.pdf" "file://$html" 2>/dev/null
if command -v pdftoppm >/dev/null; then pdftoppm -r 60 -f 1 -l 2 -png "$out/print.pdf" "$out/print"; fi
# the widest element against the window: written into the title by a script added to a copy of the report
sed 's#</body>#<script>document.title = "width:" + document.documentElement.scrollWidth;</script></body>#' \
  "$out/open.html" > "$out/measure.html"
width="$("${chrome[@]}" --window-size=1400,900 --dump-dom "file://$out/measure.html" 2>/dev/null \
  | sed -n 's/.*<title>width:\([0-9]*\)<\/title>.*/\1/p' | head -1)"
echo "html-screenshots: report width ${width:-?} px in a 1400 px window; screenshots in $out"
[ -n "$width" ] && [ "$width" -le 1400 ]
