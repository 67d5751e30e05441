#!/usr/bin/env bash
# Makes the pictures of an exported paper in docs/: the scrutiny sample
# exported to Word, opened and printed to PDF by LibreOffice (as a clerk
# opening the file would see it), its first two pages as PNGs. Needs
# LibreOffice (soffice) and poppler's pdftoppm: scripts/install-test-tools.sh
# installs both. Run after `npx tsc -b && node scripts/bundle.js`.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node bin/committee-reports.js export samples/scrutiny/school-exclusions-task-group.report.md \
  --to docx --out "$work" >/dev/null
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" \
  "$work/school-exclusions-task-group.docx" >/dev/null
pdftoppm -png -r 60 -f 1 -l 2 "$work/school-exclusions-task-group.pdf" "$work/page"
cp "$work/page-1.png" docs/export-word-page-1.png
cp "$work/page-2.png" docs/export-word-page-2.png
echo "docs/export-word-page-1.png, docs/export-word-page-2.png"
