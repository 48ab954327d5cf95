# SPDX-License-Identifier: MIT
# Scenario b: the big file from a location with nginx's limit_rate per connection, so only
# more connections make it faster: haul-cli -x8/-x16 against aria2c -x8 -s8 / -x16 -s16.
# Sourced by bench/run.sh.
# shellcheck shell=bash

B_TOOLS=(haul-cli-x8 haul-cli-x16 aria2c-x8 aria2c-x16)

b_label() {
    case "$1" in
        haul-cli-x*) echo "$1=haul-cli -x${1##*-x}" ;;
        aria2c-x*) echo "$1=aria2c -x${1##*-x} -s${1##*-x}" ;;
    esac
}

b_cmd() {
    local tool=$1 dir=$2 url=$3 n=${1##*-x}
    case "$tool" in
        haul-cli-x*) CMD=("$HAUL" -q -x"$n" -o "$dir/data.bin" "$url") ;;
        # -k 1M (--min-split-size): aria2c's default of 20 MiB would give a small test
        # file fewer pieces than connections; with 2 GiB it changes nothing.
        aria2c-x*) CMD=(aria2c --no-conf -q -x"$n" -s"$n" -k1M --allow-overwrite=true --auto-file-renaming=false
                        --file-allocation=none -d "$dir" -o data.bin "$url") ;;
    esac
}

b_one() {
    local tool=$1 run=$2 dir="$OUT/b-$1-$2" errlog="$WORK/b-$1-$2.stderr" sha=""
    mkdir -p "$dir"
    b_cmd "$tool" "$dir" "$URL_BASE/slow/data.bin"
    # One connection at the limit needs SIZE / RATE seconds: allow three times that.
    local SCEN_TIMEOUT=$(( SIZE * 3 / RATE_BYTES + 60 ))
    [ "$SCEN_TIMEOUT" -ge "$TIMEOUT" ] || SCEN_TIMEOUT=$TIMEOUT
    if ! timed b "$tool" "$run" "$errlog" -- "${CMD[@]}"; then
        fail b "$tool" "$run" "exit status non-zero; stderr: $(stderr_text "$errlog")"
    else
        [ "$run" != 1 ] || sha=$DATA_SHA
        check_download b "$tool" "$run" "$dir/data.bin" "$SIZE" "$sha" || true
        note_stderr b "$tool" "$run" "$errlog"
        check_extras b "$tool" "$run" "$dir" data.bin
    fi
    rm -rf "$dir" "$errlog"
}

b_run() {
    local one=$(( SIZE / RATE_BYTES ))
    log "=== scenario b: ${SIZE_TEXT} at ${RATE_TEXT} per connection: ${B_TOOLS[*]} ==="
    log "    (the ideal is about $(( one / 8 )) s for 8 connections, $(( one / 16 )) s for 16)"
    rounds b "${B_TOOLS[@]}"
}

b_report() {
    local csv="" t
    for t in "${B_TOOLS[@]}"; do csv+="${csv:+,}$(b_label "$t")"; done
    cat <<EOT
### b. One big file at ${RATE_TEXT} per connection

${SIZE_TEXT} from \`/slow/data.bin\`, where nginx has \`limit_rate ${RATE_BYTES}\` (${RATE_TEXT}, per
connection): only more connections make it faster, and the ideal is N × the limit. ${RUNS_TEXT}
per tool, interleaved; medians. Connections and requests are counted in nginx's access log for
each run's time window. haul-cli computes both digests and syncs before the rename, as always.
aria2c: \`-k1M --file-allocation=none\`.

$(report b --tools "$csv" --size "$SIZE" --rate "$RATE_BYTES" --access-log "$WORK/nginx/logs/timing.log" --prefix /slow/)
EOT
    section_tail b
    echo
}
