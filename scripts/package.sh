#!/usr/bin/env bash
# Builds Haul's Linux packages on Debian 12 (or a similar Debian/Ubuntu):
# sets up and builds with scripts/setup.sh (tests off, its own build folder),
# then runs cpack. Prints the .deb's path and its SHA-256 on stdout.
#   scripts/package.sh [extra cmake arguments, e.g. -DHAUL_DEB_RELEASE=1~deb12]
# Output: $HAUL_BUILD_DIR/packages/ (default build-package/packages/) with the
# .deb, the .tar.gz and SHA256SUMS.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export HAUL_BUILD_DIR="${HAUL_BUILD_DIR:-$root/build-package}"
out="$HAUL_BUILD_DIR/packages"

"$root/scripts/setup.sh" -DHAUL_BUILD_TESTS=OFF -DHAUL_BUILD_APP=ON -DHAUL_BUILD_CLI=ON "$@" >&2

rm -rf "$out"
mkdir -p "$out"
(cd "$HAUL_BUILD_DIR" && cpack -G "DEB;TGZ" -B "$out" >&2)
rm -rf "$out/_CPack_Packages"

shopt -s nullglob
debs=("$out"/*.deb)
if ((${#debs[@]} != 1)); then
  echo "package: expected one .deb in $out, found ${#debs[@]}" >&2
  exit 1
fi
(cd "$out" && sha256sum -- *.deb *.tar.gz > SHA256SUMS)

echo "${debs[0]}"
echo "sha256: $(sha256sum "${debs[0]}" | cut -d' ' -f1)"
