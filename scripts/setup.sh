#!/usr/bin/env bash
# Installs what Haul needs on Debian 12 (or a similar Debian/Ubuntu) and builds it into build/.
#   scripts/setup.sh [extra cmake arguments]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${HAUL_BUILD_DIR:-$root/build}"

packages=(
  build-essential cmake ninja-build pkg-config libssl-dev zlib1g-dev
  qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite
  # QML modules the app and its Qt Quick tests load at run time (none is pulled in by another)
  qml6-module-qtquick qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qtquick-controls qml6-module-qtquick-templates qml6-module-qtquick-layouts
  qml6-module-qtquick-dialogs qml6-module-qt-labs-platform qml6-module-qttest
  qt6-qpa-plugins libqt6svg6
  # Qt's own translations (dialog buttons), and python3 for the translation checks
  qt6-translations-l10n python3
  # tests: a real nginx for end-to-end runs of haul-cli, openssl for their TLS certificate
  nginx-light openssl
  # the non-native FolderDialog (Add, Settings) imports Qt.labs.folderlistmodel
  qml6-module-qt-labs-folderlistmodel
  # packaging (cpack DEB: dpkg-shlibdeps, file), icons (rsvg-convert), and the
  # package tests' validators (desktop-file-validate, appstreamcli)
  dpkg-dev file librsvg2-bin desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if ! command -v apt-get >/dev/null; then
    echo "setup: please install: ${missing[*]}" >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
