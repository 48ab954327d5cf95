# SPDX-License-Identifier: MIT
# Scenario a: one big file over one connection, haul-cli against curl, wget and aria2c -x1.
# Scenario e: CPU seconds per GiB and peak RSS of the same runs, next to SHA-256's speed.
# Sourced by bench/run.sh (see lib.sh for what it provides).
# shellcheck shell=bash

a_tools() {
    A_TOOLS=(haul-cli curl wget aria2c)
    [ "$ARIA2_PREALLOC" = 1 ] && A_TOOLS+=(aria2c-prealloc)
    return 0
}

# a_cmd TOOL DIR URL: sets CMD. Each download gets a fresh folder, so no tool ever sees a
# previous output or sidecar, and deleting the folder cleans everything. Config files are
# switched off (curl -q, wget --no-config, aria2c --no-conf).
a_cmd() {
    local tool=$1 dir=$2 url=$3
    case "$tool" in
        haul-cli) CMD=("$HAUL" -q -o "$dir/data.bin" "$url") ;;
        curl) CMD=(curl -q -s -o "$dir/data.bin" "$url") ;;
        wget) CMD=(wget --no-config -q -O "$dir/data.bin" "$url") ;;
        aria2c) CMD=(aria2c --no-conf -x1 -s1 --allow-overwrite=true --auto-file-renaming=false
                     --file-allocation=none -d "$dir" -o data.bin "$url") ;;
        aria2c-prealloc) CMD=(aria2c --no-conf -x1 -s1 --allow-overwrite=true --auto-file-renaming=false
                              --file-allocation=prealloc -d "$dir" -o data.bin "$url") ;;
    esac
}

a_one() {
    local tool=$1 run=$2 dir="$OUT/a-$1-$2" errlog="$WORK/a-$1-$2.stderr" sha=""
    mkdir -p "$dir"
    a_cmd "$tool" "$dir" "$URL_BASE/data.bin"
    if ! timed a "$tool" "$run" "$errlog" "${TIME_ARGS[@]}" -- "${CMD[@]}"; then
        fail a "$tool" "$run" "exit status non-zero; stderr: $(stderr_text "$errlog")"
    else
        [ "$run" != 1 ] || sha=$DATA_SHA  # the checksum on the first round, the size always
        check_download a "$tool" "$run" "$dir/data.bin" "$SIZE" "$sha" || true
        note_stderr a "$tool" "$run" "$errlog"
        check_extras a "$tool" "$run" "$dir" data.bin
    fi
    rm -rf "$dir" "$errlog"
}

a_run() {
    a_tools
    log "=== scenario a$([ "$WANT_E" = 1 ] && echo "/e"): one ${SIZE_TEXT} file, one connection: ${A_TOOLS[*]} ==="
    rounds a "${A_TOOLS[@]}"
}

a_report() {
    a_tools
    local csv
    csv=$(IFS=,; echo "${A_TOOLS[*]}")
    if [ "$WANT_A" = 1 ]; then
        cat <<EOT
### a. One big file, one connection

${SIZE_TEXT} from \`/data.bin\`; ${RUNS_TEXT} per tool, interleaved; medians. Wall time from Python's
perf_counter around the whole process. aria2c: \`-x1 -s1 --file-allocation=none\`$([ "$ARIA2_PREALLOC" = 1 ] && echo "; aria2c-prealloc: \`--file-allocation=prealloc\` (its default)").

$(report a --tools "$csv" --size "$SIZE")
EOT
        section_tail a
        echo
    fi
    if [ "$WANT_E" = 1 ]; then
        cat <<EOT
### e. CPU and memory per GiB (the runs of a)

CPU = user + sys from \`wait4\`'s rusage (all threads, and children waited for), per GiB
downloaded; peak RSS = ${RSS_METHOD}. haul-cli hashes every byte twice (the block
digests of its checkpoints and the whole-file SHA-256) and syncs to disk; the others do neither.

$(report e --tools "$csv" --size "$SIZE" --sha256-speed "$SHA_SPEED")
EOT
        [ "$WANT_A" = 1 ] || section_tail a
        echo
    fi
}
