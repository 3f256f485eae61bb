#!/usr/bin/env bash
# Renders workbooks to PDF (LibreOffice, as a printer would see them) and PNG pages (poppler), so a person can
# look at them: readable columns, nothing cut off, printable.
#   Scripts/render-workbooks.sh OUT_DIR tracker.xlsx [attendance.xlsx signin.xlsx …]
# Installs what it needs on first use (libreoffice-calc, poppler-utils; about 300 MB).
set -euo pipefail
out="${1:?usage: render-workbooks.sh OUT_DIR WORKBOOK...}"; shift
if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-calc poppler-utils >/dev/null
fi
mkdir -p "$out"
# A private profile so a running LibreOffice (or another render) does not block this one.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for workbook in "$@"; do
  name="$(basename "${workbook%.*}")"
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$workbook" >/dev/null
  pdftoppm -png -r 60 "$out/$name.pdf" "$out/$name"
  echo "$out/$name.pdf: $(ls "$out/$name"-*.png | wc -l) page(s)"
done
