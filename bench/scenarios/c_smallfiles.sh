# SPDX-License-Identifier: MIT
# Scenario c: many small files, JOBS at once: haul-cli -j, aria2c -i -j, curl --parallel,
# and wget -i (sequential: wget has no parallel mode). Sourced by bench/run.sh.
# shellcheck shell=bash

C_TOOLS=(haul-cli curl wget aria2c)

c_label() {
    case "$1" in
        haul-cli) echo "haul-cli=haul-cli -j${JOBS}" ;;
        curl) echo "curl=curl --parallel --parallel-max ${JOBS} -K" ;;
        wget) echo "wget=wget -i (sequential: wget has no parallel mode)" ;;
        aria2c) echo "aria2c=aria2c -i -j${JOBS}" ;;
    esac
}

# c_setup: the files, the URL list and the manifest (run.sh calls it after nginx is up,
# as the list holds its port). haul-cli takes URLs as arguments: all of them on one
# command line when they fit in ARG_MAX, else batches through xargs, one after another.
c_setup() {
    log "Generating ${FILES} files of ${FILE_SIZE} bytes ..."
    python3 "$MEASURE" make-small "$WORK/www/small" "$FILES" "$FILE_SIZE" --base-url "$URL_BASE/small" \
        --list "$WORK/small.list" --manifest "$WORK/small.manifest"
    local arg_max list_bytes env_bytes need
    # BENCH_ARG_MAX: pretend to have less, to try the batches on a machine with plenty.
    arg_max=${BENCH_ARG_MAX:-$(getconf ARG_MAX)}
    list_bytes=$(wc -c <"$WORK/small.list")
    env_bytes=$(env | wc -c)
    # Strings, their pointers, the environment, and room for the options.
    need=$(( list_bytes + 8 * (FILES + 32) + env_bytes + 4096 ))
    if [ "$need" -le "$arg_max" ]; then
        C_HAUL_MODE="all ${FILES} URLs on one command line ($(( need / 1024 )) KiB of ARG_MAX's $(( arg_max / 1024 )) KiB)"
        C_XARGS=0
    else
        C_XARGS=1
        C_XARGS_LIMIT=$(( arg_max / 2 ))
        local batches
        batches=$(xargs -a "$WORK/small.list" -d '\n' -s "$C_XARGS_LIMIT" -- echo "$HAUL" -q -j"$JOBS" -d DIR -- | wc -l)
        C_HAUL_MODE="${FILES} URLs do not fit in one command line (ARG_MAX $(( arg_max / 1024 )) KiB): ${batches} batches through xargs -s ${C_XARGS_LIMIT}, one after another, all in the timed run"
    fi
    log "haul-cli: $C_HAUL_MODE"
    sync
}

c_cmd() {
    local tool=$1 dir=$2 run=$3
    case "$tool" in
        haul-cli)
            if [ "$C_XARGS" = 1 ]; then
                CMD=(xargs -a "$WORK/small.list" -d '\n' -s "$C_XARGS_LIMIT" -- "$HAUL" -q -j"$JOBS" -d "$dir" --)
            else
                mapfile -t C_URLS <"$WORK/small.list"
                CMD=("$HAUL" -q -j"$JOBS" -d "$dir" -- "${C_URLS[@]}")
            fi ;;
        curl)
            # One url/output pair per file; written before the timed run.
            awk -v dir="$dir" '{ n = $0; sub(/.*\//, "", n); printf "url = \"%s\"\noutput = \"%s/%s\"\n", $0, dir, n }' \
                "$WORK/small.list" >"$WORK/c-curl-$run.cfg"
            CMD=(curl -q -s --no-progress-meter --parallel --parallel-max "$JOBS" -K "$WORK/c-curl-$run.cfg") ;;
        wget) CMD=(wget --no-config -q -i "$WORK/small.list" -P "$dir") ;;
        aria2c) CMD=(aria2c --no-conf -q -i "$WORK/small.list" -j"$JOBS" -x1 -s1 --allow-overwrite=true
                     --auto-file-renaming=false --file-allocation=none -d "$dir") ;;
    esac
}

c_one() {
    local tool=$1 run=$2 dir="$OUT/c-$1-$2" errlog="$WORK/c-$1-$2.stderr" why
    mkdir -p "$dir"
    c_cmd "$tool" "$dir" "$run"
    if ! timed c "$tool" "$run" "$errlog" "${TIME_ARGS[@]}" -- "${CMD[@]}"; then
        fail c "$tool" "$run" "exit status non-zero; stderr: $(stderr_text "$errlog")"
    elif ! why=$(python3 "$MEASURE" check-dir "$dir" "$WORK/small.manifest"); then
        fail c "$tool" "$run" "$why"
    else
        note_stderr c "$tool" "$run" "$errlog"
    fi
    rm -rf "$dir" "$errlog" "$WORK/c-curl-$run.cfg"
}

c_run() {
    log "=== scenario c: ${FILES} files of ${FILE_SIZE_TEXT}, ${JOBS} at once: ${C_TOOLS[*]} ==="
    local w
    for w in $(seq "$WARMUP"); do
        log "--- c: warm-up $w of $WARMUP (curl, untimed) ---"
        mkdir -p "$OUT/c-warmup"
        c_cmd curl "$OUT/c-warmup" 0
        "${CMD[@]}" || die "warm-up download failed"
        rm -rf "$OUT/c-warmup" "$WORK/c-curl-0.cfg"
        sync
    done
    rounds c "${C_TOOLS[@]}"
}

c_report() {
    local csv="" t
    for t in "${C_TOOLS[@]}"; do csv+="${csv:+,}$(c_label "$t")"; done
    cat <<EOT
### c. ${FILES} files of ${FILE_SIZE_TEXT}, ${JOBS} at once

Each file has its own random content, from \`/small/\`; ${RUNS_TEXT} per tool, interleaved;
medians. Every run's folder is checked afterwards: exactly these ${FILES} files, each with the
right size and SHA-256. haul-cli: ${C_HAUL_MODE}. curl: one \`url\`/\`output\` pair per file
in a \`-K\` config file. aria2c: \`--file-allocation=none\`. wget fetches one file after
another over one kept-alive connection: it has no parallel mode.

$(report c --tools "$csv" --count "$FILES")
EOT
    section_tail c
    echo
}
