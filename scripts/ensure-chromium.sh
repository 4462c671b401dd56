#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright-core never downloads a browser).
# Installs it when missing and we may (root with apt-get); otherwise says how.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Cài Chromium (apt-get install chromium) cho các bài kiểm thử trên trình duyệt…"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium >/dev/null
  exit 0
fi
echo "Thiếu Chromium ở $CHROMIUM. Cài bằng: sudo apt-get install -y chromium (hoặc đặt CHROMIUM_PATH)." >&2
exit 1
