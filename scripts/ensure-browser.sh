#!/usr/bin/env bash
# Makes sure Debian's Chromium and the CJK fonts are present for the browser tests and PDFs.
# Installs them when running as root (CI, fresh machines); otherwise says exactly what to install.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# Not grep -q: it exits at the first match, fc-list then dies of SIGPIPE, and with pipefail the
# fonts would count as missing (and be installed again) whenever fc-list had more left to print.
if ! fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null; then missing+=(fonts-noto-cjk); fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: installing ${missing[*]} with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq "${missing[@]}" >&2
  exit 0
fi

cat >&2 <<MSG
ensure-browser: the browser tests need Debian packages that are not installed: ${missing[*]}
Install them as root and run the tests again:

    sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk

(Playwright does not download a browser: it drives /usr/bin/chromium. Without fonts-noto-cjk,
Chinese text in screenshots and PDFs shows as empty boxes.)
MSG
exit 1
