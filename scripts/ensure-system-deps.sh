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
# needs root. `npm test` and `npm start` run it first, so those two commands set up a fresh machine;
# `npm start` names only what it needs (no browser). Usage: ensure-system-deps.sh [package...]
set -euo pipefail

if [ "$#" -gt 0 ]; then PACKAGES=("$@"); else PACKAGES=(chromium ripgrep libkrb5-dev pkg-config build-essential python3); fi

# dpkg -s says "Status: install ok installed" only for a fully installed package.
is_installed() {
  dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed$'
}

if ! command -v dpkg >/dev/null 2>&1; then
  # Elsewhere the test host checks for the tools themselves and names what is missing.
  echo "ensure-system-deps: not a Debian-based system (no dpkg); make sure these are installed: ${PACKAGES[*]}" >&2
  exit 0
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! is_installed "$pkg"; then
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "ensure-system-deps: ${PACKAGES[*]}: all installed"
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
