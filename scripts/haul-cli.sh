#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and runs haul-cli with the given arguments.
#   scripts/haul-cli.sh -d ~/Downloads https://example.com/file.iso
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${HAUL_BUILD_DIR:-$root/build}"
"$root/scripts/setup.sh" >&2
exec "$build/bin/haul-cli" "$@"
