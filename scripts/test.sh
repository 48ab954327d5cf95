#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and runs every test with CTest.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${HAUL_BUILD_DIR:-$root/build}"
"$root/scripts/setup.sh" -DHAUL_BUILD_TESTS=ON -DHAUL_WARNINGS_AS_ERRORS=ON
# Qt warns when the runtime folder is missing or open to others (as root in CI).
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 0700 "$XDG_RUNTIME_DIR"
ctest --test-dir "$build" --output-on-failure --parallel 2 "$@"
