# SPDX-License-Identifier: MIT
# Scenario d: what a resume costs. Each tool downloads the big file, is SIGKILLed at about
# KILL_PCT % (by the bytes it has written), and the same command runs again; measured:
# what the rerun reads from the disk and how soon it asks nginx for the rest.
# Sourced by bench/run.sh.
# shellcheck shell=bash

D_TOOLS=(haul-cli curl wget aria2c aria2c-save1)

d_label() {
    case "$1" in
        haul-cli) echo "haul-cli=haul-cli (same command)" ;;
        curl) echo "curl=curl -C -" ;;
        wget) echo "wget=wget -c" ;;
        aria2c) echo "aria2c=aria2c -c" ;;
        aria2c-save1) echo "aria2c-save1=aria2c -c --auto-save-interval=1" ;;
    esac
}

# d_cmd TOOL DIR URL: one command for both the killed run and the rerun.
d_cmd() {
    local tool=$1 dir=$2 url=$3
    case "$tool" in
        haul-cli) CMD=("$HAUL" -q -o "$dir/data.bin" "$url") ;;
        curl) CMD=(curl -q -s -C - -o "$dir/data.bin" "$url") ;;
        wget) CMD=(wget --no-config -q -c -P "$dir" "$url") ;;
        # No --allow-overwrite here: with it aria2c restarts when the .aria2 file is missing.
        aria2c) CMD=(aria2c --no-conf -q -x1 -s1 -c --auto-file-renaming=false --file-allocation=none
                     -d "$dir" -o data.bin "$url") ;;
        aria2c-save1) CMD=(aria2c --no-conf -q -x1 -s1 -c --auto-save-interval=1 --auto-file-renaming=false
                           --file-allocation=none -d "$dir" -o data.bin "$url") ;;
    esac
}

d_one() {
    local tool=$1 run=$2 dir="$OUT/d-$1-$2" errlog="$WORK/d-$1-$2.stderr"
    mkdir -p "$dir"
    d_cmd "$tool" "$dir" "$URL_BASE/resume/data.bin"
    # 1. Start it and SIGKILL it once it has written KILL_PCT % of the file (its wchar in
    #    /proc/PID/io, polled every 2 ms: the tool's own writes, whatever its file layout).
    if ! python3 "$MEASURE" kill-at --out "$WORK/d-kills.jsonl" --tool "$tool" --run "$run" --stderr "$errlog" \
            --timeout "$TIMEOUT" --bytes $(( SIZE * KILL_PCT / 100 )) -- "${CMD[@]}"; then
        fail d "$tool" "$run" "the first run was not killed (it ended by itself or timed out); stderr: $(stderr_text "$errlog")"
        rm -rf "$dir" "$errlog"
        return 0
    fi
    # 2. Sync the leftovers and drop them from the page cache, so that the rerun's disk
    #    reads (read_bytes) are real: only these files, not the whole machine's cache.
    python3 "$MEASURE" evict "$dir" --out "$WORK/d-evictions.jsonl" --tool "$tool" --run "$run" ||
        note d "$tool run $run: could not drop the leftovers from the page cache"
    # 3. The same command again, with its final /proc/PID/io counters.
    if ! timed d "$tool" "$run" "$errlog" --io -- "${CMD[@]}"; then
        fail d "$tool" "$run" "the rerun's exit status is non-zero; stderr: $(stderr_text "$errlog")"
    else
        # Every resumed file is checked: a fast resume that corrupts the file counts for nothing.
        check_download d "$tool" "$run" "$dir/data.bin" "$SIZE" "$DATA_SHA" || true
        note_stderr d "$tool" "$run" "$errlog"
        check_extras d "$tool" "$run" "$dir" data.bin
    fi
    rm -rf "$dir" "$errlog"
}

d_run() {
    log "=== scenario d: ${SIZE_TEXT}, SIGKILL at ${KILL_PCT} %, rerun: ${D_TOOLS[*]} ==="
    rounds d "${D_TOOLS[@]}"
}

d_report() {
    local csv="" t fs
    for t in "${D_TOOLS[@]}"; do csv+="${csv:+,}$(d_label "$t")"; done
    fs=$(findmnt -n -o FSTYPE -T "$OUT" 2>/dev/null | awk 'NR == 1' || true)
    cat <<EOT
### d. Resume after SIGKILL at ${KILL_PCT} %

${SIZE_TEXT} from \`/resume/data.bin\`; ${RUNS_TEXT} per tool, interleaved; medians. Each run:
start the tool, SIGKILL it when it has written ${KILL_PCT} % of the file (its \`wchar\`), sync the
leftovers and drop them from the page cache (\`posix_fadvise DONTNEED\`, these files only), run
the same command again. **Killed at**: bytes written when killed. **Resumed from**: the
rerun's \`Range\` in nginx's log (0 % = started over). **Disk reads**: the rerun's
\`read_bytes\` from \`/proc/PID/io\`, read from the exited, not yet reaped process, so it is
final and covers all threads. **Start → resumed request**: from just before the rerun's
\`exec\` to the moment its resumed request reached nginx (nginx's \`\$msec − \$request_time\`;
same clock, millisecond resolution) — the startup, control-file and request cost of a resume. On
loopback nginx answers at once, so this is the time to first byte. **Wall − transfer**: the
rerun's wall time minus the time nginx spent on its request(s): the work before and after the
transfer (for haul-cli, checking the last block and the final sync). Every resumed file is
checked against the SHA-256 of the original.

$(report d --tools "$csv" --size "$SIZE" --access-log "$WORK/nginx/logs/timing.log" --prefix /resume/ \
    --kills "$WORK/d-kills.jsonl" --evictions "$WORK/d-evictions.jsonl")
EOT
    if [ "$fs" = tmpfs ]; then
        echo
        echo "The downloads were on tmpfs, which has no disk: read_bytes is always 0 there; only the rchar column means something."
    fi
    section_tail d
    echo
}
