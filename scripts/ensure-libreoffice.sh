#!/usr/bin/env bash
# The .docx tests open what `baocao fill` writes with LibreOffice (Debian's package, no GUI) and
# convert it to PDF. Installs it when missing and we may (root with apt-get); otherwise says how.
set -euo pipefail
command -v soffice >/dev/null && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Cài LibreOffice Writer (apt-get install libreoffice-writer-nogui) cho các bài kiểm thử .docx…"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libreoffice-writer-nogui >/dev/null
  exit 0
fi
echo "Thiếu LibreOffice (soffice). Cài bằng: sudo apt-get install -y libreoffice-writer-nogui" >&2
exit 1
