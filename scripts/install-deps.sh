#!/usr/bin/env bash
# Installs the Debian packages testimony needs to build and test (idempotent; uses sudo when not root).
set -euo pipefail
packages=(libsodium-dev libsqlite3-dev libvoikko-dev voikko-fi age openssl pkg-config sqlite3 make time)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "System packages present: ${packages[*]}"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}"
