#!/usr/bin/env bash
# Visual check of the documents as they print: builds the demo, turns every .docx it writes into
# PDF with LibreOffice, and the pages you choose into PNG to look at.
#
#   scripts/visual-check.sh [OUT_DIR] [PAGES]
#
# OUT_DIR (default out/visual): the demo's files, pdf/ with one PDF per document and png/ with
#   the chosen pages, named "<document>-<page>.png".
# PAGES (default "1-3"): pages of every document, as pdftoppm takes them: "1-3" or "2".
#
# Needs soffice and pdftoppm (Debian: apt-get install libreoffice-writer-nogui poppler-utils
# fonts-thai-tlwg; Laksaman in fonts-thai-tlwg has TH Sarabun New's widths, so lines break as in Word).
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-out/visual}"
pages="${2:-1-3}"
first="${pages%-*}"
last="${pages#*-}"

for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "visual-check: $tool is missing (apt-get install libreoffice-writer-nogui poppler-utils fonts-thai-tlwg)" >&2; exit 1; }
done

rm -rf "$out"
mkdir -p "$out/pdf" "$out/png"
npm run build >/dev/null
node build/cli.js demo --out "$out" >/dev/null

# The plan and the documents around it; the per-measure files are pages of the plan's part 3.
shopt -s nullglob
docs=("$out"/*.docx "$out"/เอกสาร/แผน*.docx)
# A profile of our own: no clash with a LibreOffice the user has open.
soffice -env:UserInstallation="file://$(realpath "$out")/.lo-profile" --headless --convert-to pdf --outdir "$out/pdf" "${docs[@]}" >/dev/null 2>&1

for pdf in "$out"/pdf/*.pdf; do
  name="$(basename "$pdf" .pdf)"
  count="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
  pdftoppm -r 50 -png -f "$first" -l "$last" "$pdf" "$out/png/$name"
  echo "$count pages  $pdf"
done
echo "PNG pages in $out/png"
