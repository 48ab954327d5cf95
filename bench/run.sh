#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Haul download benchmark: haul-cli against curl, wget and aria2c, all fetching one
# big file from a private nginx on loopback. See bench/README.md.
#
#   bench/run.sh [--size 2G] [--runs 5] [--haul PATH] [--tmpdir DIR]
#                [--outdir DIR] [--warmup N] [--timeout SECONDS] [--aria2-prealloc]

set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$HERE")
MEASURE="$HERE/measure.py"

SIZE_ARG=2G
RUNS=5
HAUL=${HAUL_CLI:-}
TMPBASE=${TMPDIR:-/tmp}
OUTBASE=""
WARMUP=1
TIMEOUT=600
ARIA2_PREALLOC=0

usage() {
    cat <<EOF
Usage: bench/run.sh [options]

Downloads one generated file from a private nginx on 127.0.0.1 with haul-cli,
curl, wget and aria2c (interleaved, several runs each) and prints a Markdown
table of throughput, CPU time per GiB and peak RSS. The table is also written
to bench/results/latest.md.

Options:
  --size SIZE        file size, binary units (2G = 2 GiB; also 512M, 100K, bytes) [2G]
  --runs N           runs per tool [5]
  --haul PATH        haul-cli binary [\$HAUL_CLI, else build/bin/haul-cli, else PATH]
  --tmpdir DIR       where the data, nginx prefix and downloads live [\$TMPDIR or /tmp]
  --outdir DIR       put the downloads here instead (e.g. /dev/shm to take the disk out)
  --warmup N         untimed curl downloads before the timed runs [1]
  --timeout SECONDS  kill a download that takes longer than this [600]
  --aria2-prealloc   also run aria2c with its default --file-allocation=prealloc
  -h, --help         show this help

Needs: nginx, curl, wget, aria2c, python3, openssl (Debian: nginx-light curl
wget aria2 python3 openssl) and about 2 × SIZE of free space in --tmpdir
(or SIZE in --tmpdir and SIZE in --outdir).
EOF
}

die() { echo "run.sh: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
    case "$1" in
        --size) [ $# -ge 2 ] || die "--size needs a value"; SIZE_ARG=$2; shift 2 ;;
        --size=*) SIZE_ARG=${1#*=}; shift ;;
        --runs) [ $# -ge 2 ] || die "--runs needs a value"; RUNS=$2; shift 2 ;;
        --runs=*) RUNS=${1#*=}; shift ;;
        --haul) [ $# -ge 2 ] || die "--haul needs a value"; HAUL=$2; shift 2 ;;
        --haul=*) HAUL=${1#*=}; shift ;;
        --tmpdir) [ $# -ge 2 ] || die "--tmpdir needs a value"; TMPBASE=$2; shift 2 ;;
        --tmpdir=*) TMPBASE=${1#*=}; shift ;;
        --outdir) [ $# -ge 2 ] || die "--outdir needs a value"; OUTBASE=$2; shift 2 ;;
        --outdir=*) OUTBASE=${1#*=}; shift ;;
        --warmup) [ $# -ge 2 ] || die "--warmup needs a value"; WARMUP=$2; shift 2 ;;
        --warmup=*) WARMUP=${1#*=}; shift ;;
        --timeout) [ $# -ge 2 ] || die "--timeout needs a value"; TIMEOUT=$2; shift 2 ;;
        --timeout=*) TIMEOUT=${1#*=}; shift ;;
        --aria2-prealloc) ARIA2_PREALLOC=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
done

[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a whole number of 1 or more"
[[ "$WARMUP" =~ ^[0-9]+$ ]] || die "--warmup needs a whole number of 0 or more"
[[ "$TIMEOUT" =~ ^[0-9]+$ ]] || die "--timeout needs a whole number of seconds"

# --- tools -------------------------------------------------------------------
# nginx lives in /usr/sbin, which is often not on a normal user's PATH.
NGINX=$(command -v nginx || true)
[ -n "$NGINX" ] || { [ -x /usr/sbin/nginx ] && NGINX=/usr/sbin/nginx; } || true

missing=()
[ -n "$NGINX" ] || missing+=("nginx (Debian package: nginx-light)")
command -v curl >/dev/null || missing+=("curl (Debian package: curl)")
command -v wget >/dev/null || missing+=("wget (Debian package: wget)")
command -v aria2c >/dev/null || missing+=("aria2c (Debian package: aria2)")
command -v python3 >/dev/null || missing+=("python3 (Debian package: python3)")
command -v openssl >/dev/null || missing+=("openssl (Debian package: openssl)")
if [ ${#missing[@]} -gt 0 ]; then
    echo "run.sh: missing tools:" >&2
    printf '  %s\n' "${missing[@]}" >&2
    echo "Install them with: sudo apt-get install nginx-light curl wget aria2 python3 openssl" >&2
    exit 2
fi

if [ -z "$HAUL" ]; then
    if [ -x "$REPO/build/bin/haul-cli" ]; then
        HAUL="$REPO/build/bin/haul-cli"
    else
        HAUL=$(command -v haul-cli || true)
    fi
fi
if [ -z "$HAUL" ] || [ ! -x "$HAUL" ]; then
    echo "run.sh: haul-cli not found${HAUL:+ at $HAUL}." >&2
    echo "Build it, e.g.: cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DHAUL_BUILD_TESTS=OFF && ninja -C build haul-cli" >&2
    echo "then pass --haul build/bin/haul-cli (or set HAUL_CLI)." >&2
    exit 2
fi
HAUL=$(cd "$(dirname "$HAUL")" && pwd)/$(basename "$HAUL")

SIZE=$(python3 "$MEASURE" parse-size "$SIZE_ARG") || exit 2

# Peak RSS: GNU time's %M is the tool's own; without it we fall back to wait4, whose
# figure can't go below the RSS of the forking Python (see measure.py).
GNU_TIME=$(python3 "$MEASURE" gnu-time || true)
if [ -n "$GNU_TIME" ]; then
    TIME_ARGS=(--gnu-time "$GNU_TIME")
    RSS_METHOD="GNU time %M (the tool's own peak)"
else
    TIME_ARGS=()
    RSS_METHOD="wait4 from Python — GNU time not found (Debian package: time), so every figure includes a floor of Python's own RSS (~15 MB)"
    echo "run.sh: GNU time not found; peak RSS figures will include Python's own RSS. Install it with: sudo apt-get install time" >&2
fi

if command -v sha256sum >/dev/null; then
    sha256_of() { sha256sum "$1" | cut -d' ' -f1; }
else
    sha256_of() { openssl dgst -sha256 -r "$1" | cut -d' ' -f1; }
fi

# --- scratch space and cleanup ---------------------------------------------------
[ -d "$TMPBASE" ] || die "--tmpdir $TMPBASE is not a folder"
[ -z "$OUTBASE" ] || [ -d "$OUTBASE" ] || die "--outdir $OUTBASE is not a folder"
avail_kib() { df -Pk "$1" | awk 'NR == 2 { print $4 }'; }
if [ -z "$OUTBASE" ] || [ "$(stat -c %d "$OUTBASE")" = "$(stat -c %d "$TMPBASE")" ]; then
    need_kib=$(( (2 * SIZE) / 1024 + 65536 ))
    [ "$(avail_kib "$TMPBASE")" -ge "$need_kib" ] ||
        die "not enough space in $TMPBASE: need $((need_kib / 1024)) MiB (the file plus one download), have $(( $(avail_kib "$TMPBASE") / 1024 )) MiB"
else
    need_kib=$(( SIZE / 1024 + 65536 ))
    [ "$(avail_kib "$TMPBASE")" -ge "$need_kib" ] || die "not enough space in $TMPBASE for the file ($((need_kib / 1024)) MiB)"
    [ "$(avail_kib "$OUTBASE")" -ge "$need_kib" ] || die "not enough space in $OUTBASE for a download ($((need_kib / 1024)) MiB)"
fi

WORK=$(mktemp -d "$TMPBASE/haul-bench.XXXXXX")
OUT="$WORK/out"
NGINX_PID=""

cleanup() {
    local rc=$?
    if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill "$NGINX_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$NGINX_PID" 2>/dev/null || true
        wait "$NGINX_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
    [ -z "$OUTBASE" ] || rm -rf "$OUT"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$WORK/www" "$WORK/nginx/logs" "$WORK/nginx/tmp"
if [ -n "$OUTBASE" ]; then OUT=$(mktemp -d "$OUTBASE/haul-bench-out.XXXXXX"); else mkdir -p "$OUT"; fi
chmod 755 "$WORK" "$WORK/www"

# --- data ------------------------------------------------------------------------
echo "Generating $SIZE bytes of test data in $WORK ..." >&2
DATA="$WORK/www/data.bin"
python3 "$MEASURE" make-data "$DATA" "$SIZE"
EXPECTED_SHA=$(sha256_of "$DATA")
sync  # get the generator's writeback out of the way before anything is timed

# --- nginx -----------------------------------------------------------------------
start_nginx() {
    local port=$1 conf="$WORK/nginx/nginx.conf"
    cat >"$conf" <<EOF
# Single process in the foreground: nothing to daemonise, and no worker that drops
# privileges and could not read the temp folder.
daemon off;
master_process off;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;

events { worker_connections 64; }

http {
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
    }
}
EOF
    "$NGINX" -p "$WORK/nginx/" -c "$conf" -e "$WORK/nginx/logs/error.log" </dev/null >/dev/null 2>"$WORK/nginx/logs/stderr.log" &
    NGINX_PID=$!
    local code
    for _ in $(seq 100); do
        kill -0 "$NGINX_PID" 2>/dev/null || { wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=""; return 1; }
        code=$(curl -s -o /dev/null -r 0-0 -w '%{http_code}' "http://127.0.0.1:$port/data.bin" || true)
        [ "$code" = 206 ] && return 0
        sleep 0.1
    done
    return 1
}

PORT=""
for _ in 1 2 3 4 5; do
    candidate=$(python3 "$MEASURE" free-port)
    if start_nginx "$candidate"; then PORT=$candidate; break; fi
    # Lost the race for the port (or nginx is broken: then every attempt fails alike).
    if [ -n "$NGINX_PID" ]; then kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=""; fi
done
if [ -z "$PORT" ]; then
    echo "run.sh: nginx did not come up; its error log:" >&2
    cat "$WORK/nginx/logs/error.log" "$WORK/nginx/logs/stderr.log" >&2 2>/dev/null || true
    exit 1
fi
URL="http://127.0.0.1:$PORT/data.bin"
echo "nginx $("$NGINX" -v 2>&1 | sed 's/^nginx version: //') serving $URL (pid $NGINX_PID)" >&2

# --- SHA-256 speed (before the downloads, while the machine is quiet) ---------------
echo "Measuring SHA-256 speed (openssl speed, 3 s) ..." >&2
SHA_SPEED=$(python3 "$MEASURE" sha256-speed --seconds 3) || die "openssl speed failed"

# --- downloads ---------------------------------------------------------------------
TOOLS=(haul-cli curl wget aria2c)
[ "$ARIA2_PREALLOC" = 1 ] && TOOLS+=(aria2c-prealloc)

# Each download goes to its own fresh folder, so no tool ever sees a previous
# output or sidecar (.part, .part.ctrl, .aria2) and deleting the folder cleans all.
# Config files are switched off (curl -q, wget --no-config, aria2c --no-conf).
tool_cmd() {
    local tool=$1 dir=$2
    case "$tool" in
        haul-cli) CMD=("$HAUL" -q -o "$dir/data.bin" "$URL") ;;
        curl) CMD=(curl -q -s -o "$dir/data.bin" "$URL") ;;
        wget) CMD=(wget --no-config -q -O "$dir/data.bin" "$URL") ;;
        aria2c) CMD=(aria2c --no-conf -x1 -s1 --allow-overwrite=true --auto-file-renaming=false
                     --file-allocation=none -d "$dir" -o data.bin "$URL") ;;
        aria2c-prealloc) CMD=(aria2c --no-conf -x1 -s1 --allow-overwrite=true --auto-file-renaming=false
                              --file-allocation=prealloc -d "$dir" -o data.bin "$URL") ;;
    esac
}

RESULTS="$WORK/results.jsonl"
FAILURES="$WORK/failures.tsv"
NOTES="$WORK/notes.txt"
: >"$RESULTS"; : >"$FAILURES"; : >"$NOTES"

fail() {  # tool run reason
    printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$FAILURES"
    echo "  FAILED: $1 run $2: $3" >&2
}

# Untimed warm-up: in a VM, the first touch of guest memory for page cache is much
# slower than later ones, which would penalise whichever tool happens to go first.
for w in $(seq "$WARMUP"); do
    echo "--- warm-up download $w of $WARMUP (untimed) ---" >&2
    curl -q -s -o "$OUT/warmup.bin" "$URL" || die "warm-up download failed"
    rm -f "$OUT/warmup.bin"
    sync
done

ntools=${#TOOLS[@]}
for run in $(seq "$RUNS"); do
    echo "--- run $run of $RUNS ---" >&2
    # Rotate the starting tool each run so no tool always goes first (or last).
    for i in $(seq 0 $((ntools - 1))); do
        tool=${TOOLS[$(( (run - 1 + i) % ntools ))]}
        dir="$OUT/$tool-$run"
        errlog="$WORK/$tool-$run.stderr"
        mkdir -p "$dir"
        tool_cmd "$tool" "$dir"
        if ! python3 "$MEASURE" time --out "$RESULTS" --tool "$tool" --run "$run" --stderr "$errlog" \
                --timeout "$TIMEOUT" "${TIME_ARGS[@]}" -- "${CMD[@]}"; then
            fail "$tool" "$run" "exit status non-zero; stderr: $( [ -s "$errlog" ] && head -c 2000 "$errlog" | tr '\n' ' ' || echo '(empty)')"
        else
            got=$(stat -c %s "$dir/data.bin" 2>/dev/null || echo missing)
            if [ "$got" != "$SIZE" ]; then
                fail "$tool" "$run" "size $got, expected $SIZE"
            elif [ "$run" = 1 ]; then
                sha=$(sha256_of "$dir/data.bin")
                [ "$sha" = "$EXPECTED_SHA" ] || fail "$tool" "$run" "sha256 $sha, expected $EXPECTED_SHA"
            fi
            if [ -s "$errlog" ]; then
                echo "$tool run $run succeeded but wrote to stderr: $(head -c 500 "$errlog" | tr '\n' ' ')" | tee -a "$NOTES" >&2
            fi
            leftovers=$(find "$dir" -mindepth 1 -maxdepth 1 ! -name data.bin -printf '%f ')
            if [ -n "$leftovers" ]; then
                echo "$tool run $run left files behind: $leftovers" | tee -a "$NOTES" >&2
            fi
        fi
        rm -rf "$dir" "$errlog"
        # Flush what is left (e.g. the journal) so the next tool does not pay for it.
        sync
    done
done

# --- report ------------------------------------------------------------------------
TOOLS_CSV=$(IFS=,; echo "${TOOLS[*]}")
TABLE=$(python3 "$MEASURE" report --results "$RESULTS" --failures "$FAILURES" --tools "$TOOLS_CSV" \
        --size "$SIZE" --runs "$RUNS" --sha256-speed "$SHA_SPEED")

cpu_model=$(grep -m1 '^model name' /proc/cpuinfo 2>/dev/null | sed 's/^model name[[:space:]]*:[[:space:]]*//' || true)
mem_gib=$(awk '/^MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true)
fs_type=$(findmnt -n -o FSTYPE -T "$OUT" 2>/dev/null | awk 'NR == 1' || stat -f -c %T "$OUT" 2>/dev/null || echo unknown)
[ -z "$OUTBASE" ] || fs_type="$fs_type ($OUTBASE)"
commit=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$REPO" status --porcelain --untracked-files=no 2>/dev/null || true)" ]; then commit="$commit (with local changes)"; fi
if [ $((SIZE % 1073741824)) = 0 ]; then size_text="$((SIZE / 1073741824)) GiB"; else size_text="$SIZE bytes"; fi

REPORT=$(cat <<EOF
## Haul download benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')

Machine: $(nproc) CPUs, ${cpu_model:-unknown CPU}, ${mem_gib} GiB RAM, Linux $(uname -r).
File: ${size_text} (downloads written to ${fs_type}), from nginx $("$NGINX" -v 2>&1 | sed 's/^nginx version: nginx\///') on 127.0.0.1 (sendfile on); ${RUNS} runs per tool, interleaved, medians; ${WARMUP} untimed warm-up download(s).
Versions: $("$HAUL" --version 2>/dev/null | head -1) (commit ${commit}); $(curl --version | head -1 | cut -d' ' -f1-2); $(wget --version | head -1 | cut -d' ' -f1-3); $(aria2c --version | head -1); $(openssl version | cut -d' ' -f1-2).
Measured: wall time with Python's perf_counter, CPU (user+sys) from os.wait4, peak RSS via ${RSS_METHOD}; MB = 10^6 bytes.
aria2c: --file-allocation=none$([ "$ARIA2_PREALLOC" = 1 ] && echo "; aria2c-prealloc: --file-allocation=prealloc (aria2c's default)").

$TABLE
EOF
)
if [ -s "$NOTES" ]; then
    REPORT+=$'\n\nNotes:\n'$(sed 's/^/- /' "$NOTES")
fi
if [ -s "$FAILURES" ]; then
    REPORT+=$'\n\nFailed runs (left out of the table):\n'$(awk -F'\t' '{ printf "- %s run %s: %s\n", $1, $2, $3 }' "$FAILURES")
fi

echo
echo "$REPORT"
mkdir -p "$HERE/results"
echo "$REPORT" >"$HERE/results/latest.md"
echo >&2
echo "Written to $HERE/results/latest.md" >&2

[ ! -s "$FAILURES" ]
