#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Haul download benchmark suite: haul-cli against curl, wget and aria2c, all fetching
# from a private nginx on loopback, in five scenarios (bench/README.md):
#   a  one big file, one connection
#   b  the big file at a per-connection speed limit, 8 and 16 connections
#   c  many small files, 8 at once
#   d  resume after SIGKILL: disk reads and time to the resumed request
#   e  CPU s/GiB and peak RSS of a's runs, against SHA-256's speed
#
#   bench/run.sh [--scenarios a,b,c,d,e] [--size 2G] [--runs 5] [--haul PATH] ...

set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$HERE")
MEASURE="$HERE/measure.py"

SCENARIOS=a,b,c,d,e
SIZE_ARG=2G
RUNS=5
HAUL=${HAUL_CLI:-}
TMPBASE=${TMPDIR:-/tmp}
OUTBASE=""
WARMUP=1
TIMEOUT=600
ARIA2_PREALLOC=0
RATE_ARG=20m
FILES=1000
FILE_SIZE_ARG=100K
JOBS=8
KILL_PCT=50

usage() {
    cat <<EOF
Usage: bench/run.sh [options]

Starts a private nginx on 127.0.0.1 (own config and prefix, generated data, all removed
afterwards) and compares haul-cli with curl, wget and aria2c, interleaved, several runs
each. Prints Markdown tables of medians, min–max and ratios; also written to
bench/results/latest.md.

Scenarios (--scenarios, comma-separated; default a,b,c,d,e):
  a  one big file, one connection: haul-cli, curl, wget, aria2c -x1
  b  the big file from a location with limit_rate RATE per connection:
     haul-cli -x8/-x16 vs aria2c -x8 -s8 / -x16 -s16
  c  FILES files of FILE-SIZE, JOBS at once: haul-cli -j, curl --parallel, aria2c -i -j,
     wget -i (sequential)
  d  resume: SIGKILL at KILL-PCT %, rerun; disk reads and time to the resumed request
     (haul-cli, curl -C -, wget -c, aria2c -c)
  e  CPU s/GiB and peak RSS of scenario a's runs (runs them if a is not selected), SHA-256
     speed, and haul-cli's CPU budget

Options:
  --scenarios LIST   which scenarios to run [a,b,c,d,e]
  --size SIZE        big file's size, binary units (2G = 2 GiB; also 512M, 100K, bytes) [2G]
  --runs N           runs per tool in every scenario [5]
  --haul PATH        haul-cli binary [\$HAUL_CLI, else build/bin/haul-cli, else PATH]
  --tmpdir DIR       where the data, nginx prefix and downloads live [\$TMPDIR or /tmp]
  --outdir DIR       put the downloads here instead (e.g. /dev/shm to take the disk out)
  --warmup N         untimed curl downloads before a/b/d and before c [1]
  --timeout SECONDS  kill a download that takes longer than this [600; b: at least 3 × SIZE/RATE]
  --aria2-prealloc   a: also run aria2c with its default --file-allocation=prealloc
  --rate RATE        b: nginx limit_rate per connection, bytes/s, binary units [20m = 20 MiB/s]
  --files N          c: number of small files [1000]
  --file-size SIZE   c: size of each small file [100K]
  --jobs N           c: files at once [8]
  --kill-at PCT      d: SIGKILL the first run after it has written PCT % of the file [50]
  -h, --help         show this help

Needs: nginx, curl, wget, aria2c, python3, openssl (Debian: nginx-light curl wget aria2
python3 openssl; GNU time from the package "time" for exact peak RSS) and about 2 × SIZE
of free space in --tmpdir (or SIZE in --tmpdir and SIZE in --outdir).
EOF
}

die() { echo "run.sh: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
    opt=$1
    case "$opt" in
        --*=*) val=${opt#*=}; opt=${opt%%=*}; shift ;;
        --aria2-prealloc|-h|--help) val=""; shift ;;
        --*) [ $# -ge 2 ] || die "$opt needs a value"; val=$2; shift 2 ;;
        *) usage >&2; die "unknown argument: $opt" ;;
    esac
    case "$opt" in
        --scenarios) SCENARIOS=$val ;;
        --size) SIZE_ARG=$val ;;
        --runs) RUNS=$val ;;
        --haul) HAUL=$val ;;
        --tmpdir) TMPBASE=$val ;;
        --outdir) OUTBASE=$val ;;
        --warmup) WARMUP=$val ;;
        --timeout) TIMEOUT=$val ;;
        --aria2-prealloc) ARIA2_PREALLOC=1 ;;
        --rate) RATE_ARG=$val ;;
        --files) FILES=$val ;;
        --file-size) FILE_SIZE_ARG=$val ;;
        --jobs) JOBS=$val ;;
        --kill-at) KILL_PCT=$val ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown option: $opt" ;;
    esac
done

[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a whole number of 1 or more"
[[ "$WARMUP" =~ ^[0-9]+$ ]] || die "--warmup needs a whole number of 0 or more"
[[ "$TIMEOUT" =~ ^[1-9][0-9]*$ ]] || die "--timeout needs a whole number of seconds"
[[ "$FILES" =~ ^[1-9][0-9]*$ ]] || die "--files needs a whole number of 1 or more"
[[ "$JOBS" =~ ^[1-9][0-9]*$ ]] || die "--jobs needs a whole number of 1 or more"
if ! [[ "$KILL_PCT" =~ ^[0-9]+$ ]] || [ "$KILL_PCT" -lt 1 ] || [ "$KILL_PCT" -gt 99 ]; then
    die "--kill-at needs a percentage from 1 to 99"
fi

WANT_A=0 WANT_B=0 WANT_C=0 WANT_D=0 WANT_E=0
IFS=', ' read -r -a _list <<<"$SCENARIOS"
[ ${#_list[@]} -gt 0 ] || die "--scenarios needs at least one of a,b,c,d,e"
for s in "${_list[@]}"; do
    case "$s" in
        a) WANT_A=1 ;; b) WANT_B=1 ;; c) WANT_C=1 ;; d) WANT_D=1 ;; e) WANT_E=1 ;;
        "") ;;
        *) die "unknown scenario '$s' (use a, b, c, d, e)" ;;
    esac
done
NEED_BIG=$(( WANT_A | WANT_B | WANT_D | WANT_E ))

# shellcheck source=bench/lib.sh
. "$HERE/lib.sh"
# shellcheck source=bench/scenarios/a_single.sh
. "$HERE/scenarios/a_single.sh"
# shellcheck source=bench/scenarios/b_ratelimit.sh
. "$HERE/scenarios/b_ratelimit.sh"
# shellcheck source=bench/scenarios/c_smallfiles.sh
. "$HERE/scenarios/c_smallfiles.sh"
# shellcheck source=bench/scenarios/d_resume.sh
. "$HERE/scenarios/d_resume.sh"

# --- tools -------------------------------------------------------------------------
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
if [ "$WANT_C" = 1 ]; then
    command -v xargs >/dev/null || missing+=("xargs (Debian package: findutils)")
    curl --help all 2>/dev/null | grep -q -- '--parallel-max' || missing+=("curl 7.66 or newer (for --parallel)")
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "run.sh: missing tools:" >&2
    printf '  %s\n' "${missing[@]}" >&2
    echo "Install them with: sudo apt-get install nginx-light curl wget aria2 python3 openssl time" >&2
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
RATE_BYTES=$(python3 "$MEASURE" parse-size "$RATE_ARG") || exit 2
FILE_SIZE=$(python3 "$MEASURE" parse-size "$FILE_SIZE_ARG") || exit 2

human() {  # bytes → "2 GiB", "256 MiB", "100 KiB" or "N bytes"
    local b=$1
    if [ $((b % 1073741824)) = 0 ]; then echo "$((b / 1073741824)) GiB"
    elif [ $((b % 1048576)) = 0 ]; then echo "$((b / 1048576)) MiB"
    elif [ $((b % 1024)) = 0 ]; then echo "$((b / 1024)) KiB"
    else echo "$b bytes"; fi
}
SIZE_TEXT=$(human "$SIZE")
if [ "$RUNS" = 1 ]; then RUNS_TEXT="1 run"; else RUNS_TEXT="$RUNS runs"; fi
FILE_SIZE_TEXT=$(human "$FILE_SIZE")
RATE_TEXT="$(human "$RATE_BYTES")/s"

# Peak RSS: GNU time's %M is the tool's own; without it we fall back to wait4, whose
# figure can't go below the RSS of the forking Python (see measure.py).
GNU_TIME=$(python3 "$MEASURE" gnu-time || true)
if [ -n "$GNU_TIME" ]; then
    TIME_ARGS=(--gnu-time "$GNU_TIME")
    RSS_METHOD="GNU time's %M (the tool's own peak)"
else
    TIME_ARGS=()
    RSS_METHOD="wait4's maxrss — GNU time not found (Debian package: time), so every figure includes a floor of Python's own RSS (~15 MB)"
    echo "run.sh: GNU time not found; peak RSS figures will include Python's own RSS. Install it with: sudo apt-get install time" >&2
fi

# --- scratch space and cleanup -------------------------------------------------------
[ -d "$TMPBASE" ] || die "--tmpdir $TMPBASE is not a folder"
[ -z "$OUTBASE" ] || [ -d "$OUTBASE" ] || die "--outdir $OUTBASE is not a folder"
avail_kib() { df -Pk "$1" | awk 'NR == 2 { print $4 }'; }
big=$(( NEED_BIG ? SIZE : 0 ))
small=$(( WANT_C ? FILES * (FILE_SIZE + 4096) : 0 ))
data_kib=$(( (big + small) / 1024 + 65536 ))
dl_kib=$(( (big > small ? big : small) / 1024 + 65536 ))
if [ -z "$OUTBASE" ] || [ "$(stat -c %d "$OUTBASE")" = "$(stat -c %d "$TMPBASE")" ]; then
    need_kib=$(( data_kib + dl_kib ))
    [ "$(avail_kib "$TMPBASE")" -ge "$need_kib" ] ||
        die "not enough space in $TMPBASE: need $((need_kib / 1024)) MiB (the data plus one download), have $(( $(avail_kib "$TMPBASE") / 1024 )) MiB"
else
    [ "$(avail_kib "$TMPBASE")" -ge "$data_kib" ] || die "not enough space in $TMPBASE for the data ($((data_kib / 1024)) MiB)"
    [ "$(avail_kib "$OUTBASE")" -ge "$dl_kib" ] || die "not enough space in $OUTBASE for a download ($((dl_kib / 1024)) MiB)"
fi

WORK=$(mktemp -d "$TMPBASE/haul-bench.XXXXXX")
OUT="$WORK/out"
NGINX_PID=""

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    stop_nginx
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
for s in a b c d; do : >"$WORK/$s.jsonl"; : >"$WORK/$s.failures.tsv"; : >"$WORK/$s.notes"; done

# --- nginx -------------------------------------------------------------------------
PORT=""
for _ in 1 2 3 4 5; do
    candidate=$(python3 "$MEASURE" free-port)
    if start_nginx "$candidate"; then PORT=$candidate; break; fi
    # Lost the race for the port (or nginx is broken: then every attempt fails alike).
    stop_nginx
done
if [ -z "$PORT" ]; then
    echo "run.sh: nginx did not come up; its error log:" >&2
    cat "$WORK/nginx/logs/error.log" "$WORK/nginx/logs/stderr.log" >&2 2>/dev/null || true
    exit 1
fi
URL_BASE="http://127.0.0.1:$PORT"
NGINX_VERSION=$("$NGINX" -v 2>&1 | sed 's/^nginx version: nginx\///')
log "nginx $NGINX_VERSION serving $URL_BASE (pid $NGINX_PID, prefix $WORK/nginx)"

# --- data ----------------------------------------------------------------------------
DATA_SHA=""
if [ "$NEED_BIG" = 1 ]; then
    log "Generating $SIZE_TEXT of test data ..."
    python3 "$MEASURE" make-data "$WORK/www/data.bin" "$SIZE"
    DATA_SHA=$(sha256_of "$WORK/www/data.bin")
fi
[ "$WANT_C" = 0 ] || c_setup
sync  # get the generator's writeback out of the way before anything is timed

# --- SHA-256 speed (before the downloads, while the machine is quiet) ---------------
SHA_SPEED=0
if [ "$WANT_E" = 1 ]; then
    log "Measuring SHA-256 speed (openssl speed, 3 s) ..."
    SHA_SPEED=$(python3 "$MEASURE" sha256-speed --seconds 3) || die "openssl speed failed"
fi

# --- scenarios ---------------------------------------------------------------------
# Untimed warm-up: in a VM, the first touch of guest memory for page cache is much
# slower than later ones, which would penalise whichever tool happens to go first.
if [ "$NEED_BIG" = 1 ]; then
    for w in $(seq "$WARMUP"); do
        log "--- warm-up download $w of $WARMUP (curl, untimed) ---"
        curl -q -s -o "$OUT/warmup.bin" "$URL_BASE/data.bin" || die "warm-up download failed"
        rm -f "$OUT/warmup.bin"
        sync
    done
fi

# The tree as the runs start (HEAD may move while they run); the binary's own age, since
# it need not have been built from that tree.
commit=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$REPO" status --porcelain --untracked-files=no 2>/dev/null || true)" ]; then commit="$commit, with local changes"; fi
haul_built=$(date -u -r "$HAUL" '+%Y-%m-%d %H:%M UTC' 2>/dev/null || echo unknown)
STARTED=$(date +%s)
if [ "$WANT_A" = 1 ] || [ "$WANT_E" = 1 ]; then a_run; fi
[ "$WANT_B" = 0 ] || b_run
[ "$WANT_C" = 0 ] || c_run
[ "$WANT_D" = 0 ] || d_run
ELAPSED=$(( $(date +%s) - STARTED ))

# --- report --------------------------------------------------------------------------
cpu_model=$(grep -m1 '^model name' /proc/cpuinfo 2>/dev/null | sed 's/^model name[[:space:]]*:[[:space:]]*//' || true)
mem_gib=$(awk '/^MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true)
fs_type=$(findmnt -n -o FSTYPE -T "$OUT" 2>/dev/null | awk 'NR == 1' || stat -f -c %T "$OUT" 2>/dev/null || echo unknown)
[ -z "$OUTBASE" ] || fs_type="$fs_type ($OUTBASE)"
ran=""
for s in a b c d e; do v="WANT_${s^^}"; [ "${!v}" = 0 ] || ran+="${ran:+, }$s"; done
loadavg=$(cut -d' ' -f1-3 /proc/loadavg)

REPORT=$(
    cat <<EOF
## Haul download benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')

Machine: $(nproc) CPUs, ${cpu_model:-unknown CPU}, ${mem_gib} GiB RAM, Linux $(uname -r); load average at the end ${loadavg}.
Server: nginx ${NGINX_VERSION} on 127.0.0.1 (sendfile on, one process). Downloads written to ${fs_type}.
Versions: $("$HAUL" --version 2>/dev/null | head -1) ($HAUL, built ${haul_built}; tree at commit ${commit}); $(curl --version | head -1 | cut -d' ' -f1-2); $(wget --version | head -1 | cut -d' ' -f1-3); $(aria2c --version | head -1); $(openssl version | cut -d' ' -f1-2).
Scenarios ${ran}; ${RUNS_TEXT} per tool, interleaved (the first tool rotates each round), medians; ${WARMUP} untimed warm-up download(s); $((ELAPSED / 60)) min $((ELAPSED % 60)) s of measuring.
MB = 10^6 bytes, MiB = 2^20 bytes.

EOF
    if [ "$WANT_A" = 1 ] || [ "$WANT_E" = 1 ]; then a_report; fi
    [ "$WANT_B" = 0 ] || b_report
    [ "$WANT_C" = 0 ] || c_report
    [ "$WANT_D" = 0 ] || d_report
)

echo
echo "$REPORT"
mkdir -p "$HERE/results"
echo "$REPORT" >"$HERE/results/latest.md"
# The raw figures, so the tables can be made again (measure.py report) or checked.
rm -rf "$HERE/results/latest-raw"
mkdir -p "$HERE/results/latest-raw"
cp "$WORK"/*.jsonl "$WORK"/*.failures.tsv "$WORK"/*.notes "$HERE/results/latest-raw/" 2>/dev/null || true
cp "$WORK/nginx/logs/timing.log" "$HERE/results/latest-raw/nginx-timing.log" 2>/dev/null || true
echo >&2
echo "Written to $HERE/results/latest.md (raw figures in $HERE/results/latest-raw/)" >&2

any_failed=0
for s in a b c d; do [ ! -s "$WORK/$s.failures.tsv" ] || any_failed=1; done
[ "$any_failed" = 0 ]
