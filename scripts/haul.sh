#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and starts the desktop app with the given arguments.
#   scripts/haul.sh                                  # the window
#   scripts/haul.sh https://example.com/file.iso     # and a download (handed to a running Haul)
#   scripts/haul.sh --profile /tmp/haul-portable     # all state in one folder
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${HAUL_BUILD_DIR:-$root/build}"
"$root/scripts/setup.sh" >&2
exec "$build/bin/haul" "$@"
