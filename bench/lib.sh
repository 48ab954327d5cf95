# SPDX-License-Identifier: MIT
# Shared helpers for bench/run.sh and bench/scenarios/*.sh. Sourced, not run.
#
# Expects from run.sh: HERE, MEASURE, WORK, OUT, RUNS, TIMEOUT, NGINX, RATE_BYTES.
# shellcheck shell=bash

log() { echo "$*" >&2; }
die() { echo "run.sh: $*" >&2; exit 2; }

# fail SCENARIO TOOL RUN REASON: the run is left out of that scenario's table.
fail() {
    printf '%s\t%s\t%s\n' "$2" "$3" "$4" >>"$WORK/$1.failures.tsv"
    log "  FAILED: $1 / $2 run $3: $4"
}

# note SCENARIO TEXT: printed under the scenario's table.
note() {
    echo "$2" >>"$WORK/$1.notes"
    log "  note: $2"
}

# The first 2000 bytes of a tool's stderr, on one line.
stderr_text() {
    if [ -s "$1" ]; then head -c 2000 "$1" | tr '\n' ' '; else echo '(empty)'; fi
}

# OpenSSL's SHA-256 is ~6× faster than coreutils' sha256sum here (design notes), which
# matters when every resumed 2 GiB file is checked.
if command -v openssl >/dev/null; then
    sha256_of() { openssl dgst -sha256 -r "$1" | cut -d' ' -f1; }
else
    sha256_of() { sha256sum "$1" | cut -d' ' -f1; }
fi

# check_download SCENARIO TOOL RUN FILE SIZE [SHA]: size always, SHA-256 when given.
check_download() {
    local scen=$1 tool=$2 run=$3 file=$4 size=$5 sha=${6:-} got
    got=$(stat -c %s "$file" 2>/dev/null || echo missing)
    if [ "$got" != "$size" ]; then
        fail "$scen" "$tool" "$run" "size $got, expected $size"
        return 1
    fi
    if [ -n "$sha" ]; then
        got=$(sha256_of "$file")
        if [ "$got" != "$sha" ]; then
            fail "$scen" "$tool" "$run" "sha256 $got, expected $sha"
            return 1
        fi
    fi
    return 0
}

# check_extras SCENARIO TOOL RUN DIR NAME: anything in DIR besides NAME is a note
# (haul's .part, .part.ctrl, .part.ctrl.tmp; aria2c's .aria2).
check_extras() {
    local leftovers
    leftovers=$(find "$4" -mindepth 1 -maxdepth 1 ! -name "$5" -printf '%f ')
    [ -z "$leftovers" ] || note "$1" "$2 run $3 left files behind: $leftovers"
}

# note_stderr SCENARIO TOOL RUN ERRLOG: a successful run that wrote to stderr.
note_stderr() {
    [ ! -s "$4" ] || note "$1" "$2 run $3 succeeded but wrote to stderr: $(head -c 500 "$4" | tr '\n' ' ')"
}

# timed SCENARIO TOOL RUN ERRLOG [measure.py time options...] -- CMD...
# Appends one JSON line to $WORK/SCENARIO.jsonl.
timed() {
    local scen=$1 tool=$2 run=$3 errlog=$4
    shift 4
    python3 "$MEASURE" time --out "$WORK/$scen.jsonl" --tool "$tool" --run "$run" --stderr "$errlog" \
        --timeout "${SCEN_TIMEOUT:-$TIMEOUT}" "$@"
}

# rounds SCENARIO TOOL...: RUNS rounds; each calls SCENARIO_one TOOL RUN for every tool,
# starting one tool later each round, so machine noise hits all tools alike and none is
# always first or last.
rounds() {
    local scen=$1 run i tool
    shift
    local tools=("$@") n=$#
    for run in $(seq "$RUNS"); do
        log "--- $scen: round $run of $RUNS ---"
        for i in $(seq 0 $((n - 1))); do
            tool=${tools[$(( (run - 1 + i) % n ))]}
            "${scen}_one" "$tool" "$run"
            # Flush what is left (the journal, a tool's unsynced pages) so the next tool
            # does not pay for it.
            sync
        done
    done
}

# report SCENARIO [measure.py report options...]: the scenario's table. Scenario e has no
# runs of its own: it reports on a's.
report() {
    local scen=$1 data=$1
    shift
    [ "$scen" != e ] || data=a
    python3 "$MEASURE" report --scenario "$scen" --results "$WORK/$data.jsonl" \
        --failures "$WORK/$data.failures.tsv" --runs "$RUNS" "$@"
}

# section_tail SCENARIO: the notes and failed runs under a table.
section_tail() {
    local scen=$1
    if [ -s "$WORK/$scen.notes" ]; then
        printf '\nNotes:\n'
        sed 's/^/- /' "$WORK/$scen.notes"
    fi
    if [ -s "$WORK/$scen.failures.tsv" ]; then
        printf '\nFailed runs (left out of the table):\n'
        awk -F'\t' '{ printf "- %s run %s: %s\n", $1, $2, $3 }' "$WORK/$scen.failures.tsv"
    fi
}

# --- nginx -------------------------------------------------------------------------

# start_nginx PORT: one foreground process with its own prefix under $WORK/nginx.
#   /         the data (scenarios a and c), no access log
#   /slow/    the same files at RATE_BYTES per connection (b), logged
#   /resume/  the same files (d), logged
# The "timing" log has $msec (when the request ended) and $request_time (since its
# first byte arrived), so a request's start is $msec − $request_time.
start_nginx() {
    local port=$1 conf="$WORK/nginx/nginx.conf" code
    cat >"$conf" <<EOF
# Single process in the foreground: nothing to daemonise, and no worker that drops
# privileges and could not read the temp folder.
daemon off;
master_process off;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;

events { worker_connections 512; }

http {
    log_format timing '\$msec \$request_time \$status \$bytes_sent \$body_bytes_sent \$connection '
                      '\$connection_requests "\$http_range" "\$request" "\$http_user_agent"';
    access_log off;
    sendfile on;
    tcp_nopush on;
    gzip off;
    default_type application/octet-stream;
    client_body_temp_path $WORK/nginx/tmp/client;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;

    server {
        listen 127.0.0.1:$port;
        root $WORK/www;
        location / { }
        location /slow/ {
            alias $WORK/www/;
            limit_rate ${RATE_BYTES};
            access_log $WORK/nginx/logs/timing.log timing;
        }
        location /resume/ {
            alias $WORK/www/;
            access_log $WORK/nginx/logs/timing.log timing;
        }
    }
}
EOF
    "$NGINX" -p "$WORK/nginx/" -c "$conf" -e "$WORK/nginx/logs/error.log" </dev/null >/dev/null \
        2>"$WORK/nginx/logs/stderr.log" &
    NGINX_PID=$!
    for _ in $(seq 100); do
        kill -0 "$NGINX_PID" 2>/dev/null || { wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=""; return 1; }
        code=$(curl -q -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/nginx-probe" || true)
        [ "$code" = 404 ] && return 0
        sleep 0.1
    done
    return 1
}

stop_nginx() {
    if [ -n "${NGINX_PID:-}" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill "$NGINX_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$NGINX_PID" 2>/dev/null || true
        wait "$NGINX_PID" 2>/dev/null || true
    fi
    NGINX_PID=""
}
