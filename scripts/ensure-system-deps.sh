#!/usr/bin/env bash
# Installs the Debian packages the VS Code test host (scripts/test-host/) needs, and only those
# that are missing:
#   chromium         the headless browser that shows the VS Code workbench
#   ripgrep          stands in for the rg binary @vscode/ripgrep would download from GitHub
#   libkrb5-dev      Kerberos headers for the kerberos native module
#   pkg-config       lets node-gyp find them
#   build-essential  make, gcc, g++ for the native modules (node-pty, spdlog, ...)
#   python3          node-gyp runs gyp with it
#
# A no-op when everything is installed (then it also works without root). Otherwise it runs
# `apt-get update` once and `apt-get install -y --no-install-recommends <missing...>`, which
# needs root. Meant for CI and fresh machines: `bash scripts/ensure-system-deps.sh`.
set -euo pipefail

PACKAGES=(chromium ripgrep libkrb5-dev pkg-config build-essential python3)

# dpkg -s says "Status: install ok installed" only for a fully installed package.
is_installed() {
  dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed$'
}

if ! command -v dpkg >/dev/null 2>&1; then
  echo "ensure-system-deps: this is not a Debian-based system (no dpkg); install by hand: ${PACKAGES[*]}" >&2
  exit 1
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  if is_installed "$pkg"; then
    echo "ensure-system-deps: $pkg is installed"
  else
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "ensure-system-deps: nothing to install"
  exit 0
fi

echo "ensure-system-deps: missing: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-system-deps: installing needs root; run as root (or: sudo apt-get install -y --no-install-recommends ${missing[*]})" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "ensure-system-deps: apt-get update"
apt-get update
echo "ensure-system-deps: apt-get install -y --no-install-recommends ${missing[*]}"
apt-get install -y --no-install-recommends "${missing[@]}"

# Check again: apt-get can succeed without installing what was asked for (e.g. a virtual name).
still_missing=()
for pkg in "${missing[@]}"; do
  is_installed "$pkg" || still_missing+=("$pkg")
done
if [ "${#still_missing[@]}" -ne 0 ]; then
  echo "ensure-system-deps: still missing after apt-get install: ${still_missing[*]}" >&2
  exit 1
fi
echo "ensure-system-deps: installed ${missing[*]}"
