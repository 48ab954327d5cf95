#!/usr/bin/env bash
# Builds Haul-<version>-<arch>.AppImage with linuxdeploy and linuxdeploy-plugin-qt.
# Built where those tools are available (they are not packaged for Debian 12 and
# are not on the machine this repository is tested on):
#   https://github.com/linuxdeploy/linuxdeploy/releases (linuxdeploy-<arch>.AppImage)
#   https://github.com/linuxdeploy/linuxdeploy-plugin-qt/releases (linuxdeploy-plugin-qt-<arch>.AppImage)
# Put both on PATH (as linuxdeploy and linuxdeploy-plugin-qt) or in
# $LINUXDEPLOY_DIR, then:
#   installer/appimage/build-appimage.sh            # output in build-appimage/
# Build on the oldest distribution you want the AppImage to run on.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${HAUL_BUILD_DIR:-$root/build-appimage}"
appdir="$build/AppDir"
arch="$(uname -m)"
tools="${LINUXDEPLOY_DIR:-$build/tools}"

tool() {
  local name="$1"
  if command -v "$name" >/dev/null; then command -v "$name"; return; fi
  for candidate in "$tools/$name" "$tools/$name-$arch.AppImage"; do
    if [ -x "$candidate" ]; then echo "$candidate"; return; fi
  done
  echo "build-appimage: $name not found on PATH or in $tools (see the top of this script)" >&2
  exit 1
}
linuxdeploy="$(tool linuxdeploy)"
# linuxdeploy looks its plugins up on PATH by name.
plugin="$(tool linuxdeploy-plugin-qt)"
mkdir -p "$build/plugins"
ln -sf "$plugin" "$build/plugins/linuxdeploy-plugin-qt"
export PATH="$build/plugins:$PATH"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
  -DHAUL_BUILD_TESTS=OFF -DHAUL_BUILD_APP=ON -DHAUL_BUILD_CLI=ON
cmake --build "$build"
rm -rf "$appdir"
# Only the runtime component: the binaries, desktop file, metainfo and icons.
DESTDIR="$appdir" cmake --install "$build" --component runtime

version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
qmake="$(command -v qmake6 || command -v qmake || echo /usr/lib/qt6/bin/qmake)"
qml_dir="$("$qmake" -query QT_INSTALL_QML)"

# linuxdeploy-plugin-qt: scan qml/ for imports, use this Qt, and bring the SVG
# image/icon plugins (the app and toolbar icons are SVG).
export QML_SOURCES_PATHS="$root/qml"
export QMAKE="$qmake"
export EXTRA_QT_PLUGINS="svg;"
export LINUXDEPLOY_OUTPUT_VERSION="$version"
export LDAI_OUTPUT="Haul-$version-$arch.AppImage"
export OUTPUT="$LDAI_OUTPUT"

cd "$build"
"$linuxdeploy" --appdir "$appdir" \
  --executable "$appdir/usr/bin/haul" --executable "$appdir/usr/bin/haul-cli" \
  --desktop-file "$appdir/usr/share/applications/io.haul.Haul.desktop" \
  --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/io.haul.Haul.png" \
  --plugin qt

# Qt Quick Dialogs' non-native FolderDialog imports Qt.labs.folderlistmodel from
# its own QML, which the import scanner does not see: add it, then let
# linuxdeploy resolve its libraries while it writes the AppImage.
if [ -d "$qml_dir/Qt/labs/folderlistmodel" ]; then
  mkdir -p "$appdir/usr/qml/Qt/labs"
  cp -a "$qml_dir/Qt/labs/folderlistmodel" "$appdir/usr/qml/Qt/labs/"
fi
"$linuxdeploy" --appdir "$appdir" \
  --deploy-deps-only "$appdir/usr/qml/Qt/labs/folderlistmodel" \
  --output appimage

echo "$build/$LDAI_OUTPUT"
