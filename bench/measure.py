#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Helpers for bench/run.sh (stdlib only, Python 3.7+).

Subcommands:
  parse-size TEXT          print TEXT ("2G", "512M", "1.5GiB", "1000") as bytes
  free-port                print a TCP port that was free on 127.0.0.1 a moment ago
  make-data FILE SIZE      write SIZE bytes: one 1 MiB random block, repeated
  gnu-time                 print the path of GNU time if there is one
  time [opts] -- CMD...    run CMD, append one JSON line with its wall time,
                           user/sys CPU seconds (os.wait4 rusage) and peak RSS
                           (GNU time's %M with --gnu-time, else wait4's)
  sha256-speed             run `openssl speed` and print SHA-256 bytes per CPU second
  report [opts]            turn the JSON lines into the Markdown table
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

KIB = 1024
MIB = 1024 * KIB
GIB = 1024 * MIB


def parse_size(text):
    """Binary units: 2G == 2 GiB. Plain numbers are bytes."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*", text, re.IGNORECASE)
    if not m:
        raise ValueError("bad size: %r (use e.g. 2G, 512M, 100K or a byte count)" % text)
    mult = {"": 1, "k": KIB, "m": MIB, "g": GIB, "t": 1024 * GIB}[m.group(2).lower()]
    value = int(float(m.group(1)) * mult)
    if value <= 0:
        raise ValueError("size must be positive: %r" % text)
    return value


def cmd_parse_size(args):
    print(parse_size(args.text))


def cmd_free_port(_args):
    # Bind to port 0 and let the kernel pick; run.sh retries if nginx loses the race.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        print(s.getsockname()[1])


def cmd_make_data(args):
    size = parse_size(args.size)
    # One random MiB repeated: not compressible within a block, cheap to write, and
    # nothing on the path (nginx, loopback) compresses or deduplicates anyway.
    block = os.urandom(MIB)
    with open(args.file, "wb", buffering=0) as f:
        left = size
        while left >= MIB:
            f.write(block)
            left -= MIB
        if left:
            f.write(block[:left])


def is_gnu_time(path):
    try:
        out = subprocess.run([path, "--version"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             universal_newlines=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return "GNU" in out


def cmd_gnu_time(_args):
    """Print the path of GNU time, or nothing (exit 1)."""
    for path in ("/usr/bin/time", shutil.which("gtime") or ""):
        if path and os.access(path, os.X_OK) and is_gnu_time(path):
            print(path)
            return
    sys.exit(1)


def cmd_time(args):
    cmd = args.cmd
    if cmd and cmd[0] == "--":
        cmd = cmd[1:]
    if not cmd:
        sys.exit("measure.py time: no command")
    rss_file = None
    if args.gnu_time:
        # Peak RSS must come from GNU time, not from our own wait4: Linux seeds a process's
        # maxrss with the RSS of whoever forked it, so a child of this Python (~14 MB) never
        # reports less than that. GNU time is ~1 MB, so its %M is the tool's own peak.
        fd, rss_file = tempfile.mkstemp(prefix="haul-bench-rss.")
        os.close(fd)
        cmd = [args.gnu_time, "-o", rss_file, "-f", "HAULBENCH_MAXRSS_KIB %M", "--"] + cmd
    stderr = open(args.stderr, "wb") if args.stderr else subprocess.DEVNULL
    timed_out = False

    start = time.perf_counter()
    # Own session, so a timeout can kill the tool and not just GNU time in front of it.
    child = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr,
                             start_new_session=True)

    def on_alarm(_sig, _frame):
        nonlocal timed_out
        timed_out = True
        try:
            os.killpg(child.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    interrupted = 0

    def on_interrupt(sig, _frame):
        # The tool is in its own session, so Ctrl-C does not reach it: pass it on.
        nonlocal interrupted
        interrupted = sig
        try:
            os.killpg(child.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    signal.signal(signal.SIGINT, on_interrupt)
    signal.signal(signal.SIGTERM, on_interrupt)
    if args.timeout > 0:
        signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, args.timeout)
    # wait4 instead of Popen.wait: it hands back the child's rusage, which includes
    # everything the child waited for (the tool, when GNU time sits in front of it).
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    signal.setitimer(signal.ITIMER_REAL, 0)
    if os.WIFEXITED(status):
        rc = os.WEXITSTATUS(status)
    else:
        rc = -os.WTERMSIG(status)
    if stderr is not subprocess.DEVNULL:
        stderr.close()
    if interrupted:
        if rss_file:
            os.unlink(rss_file)
        sys.exit(128 + interrupted)

    maxrss_kib = usage.ru_maxrss  # Linux reports KiB
    rss_source = "wait4"
    if rss_file:
        with open(rss_file) as f:
            for line in f:
                if line.startswith("HAULBENCH_MAXRSS_KIB "):
                    maxrss_kib = int(line.split()[1])
                    rss_source = "gnu-time"
        os.unlink(rss_file)

    record = {
        "tool": args.tool,
        "run": args.run,
        "wall": wall,
        "user": usage.ru_utime,
        "sys": usage.ru_stime,
        "maxrss_kib": maxrss_kib,
        "rss_source": rss_source,
        "rc": rc,
        "timed_out": timed_out,
    }
    with open(args.out, "a") as f:
        f.write(json.dumps(record) + "\n")
    print("%-16s run %d: %7.2f s wall, %6.2f s user, %6.2f s sys, %7.1f MB RSS, rc %s%s"
          % (args.tool, args.run, wall, usage.ru_utime, usage.ru_stime, maxrss_kib * KIB / 1e6,
             rc, " (TIMED OUT)" if timed_out else ""), file=sys.stderr)
    sys.exit(0 if rc == 0 and not timed_out else 1)


def sha256_speed(seconds):
    """SHA-256 bytes per second of CPU time, 1 MiB blocks (OpenSSL 3.0 `speed`)."""
    # Default `openssl speed` divides by user CPU time (not wall time), which is what a
    # CPU budget needs and makes the figure less sensitive to a busy VM.
    out = subprocess.run(["openssl", "speed", "-evp", "sha256", "-bytes", str(MIB), "-seconds", str(seconds)],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True, check=True).stdout
    for line in out.splitlines():
        m = re.match(r"\s*sha256\s+([\d.]+)k\s*$", line, re.IGNORECASE)
        if m:
            return float(m.group(1)) * 1000.0  # the table is in 1000s of bytes per second
    raise RuntimeError("could not parse `openssl speed` output:\n" + out)


def cmd_sha256_speed(args):
    print("%.0f" % sha256_speed(args.seconds))


def fmt_ratio(x):
    return "%.2f×" % x if x is not None else "—"


def cmd_report(args):
    size = args.size
    records = []
    with open(args.results) as f:
        for line in f:
            line = line.strip()
            if line:
                records.append(json.loads(line))
    tools = args.tools.split(",")
    stats = {}
    for tool in tools:
        mine = [r for r in records if r["tool"] == tool]
        bad = failed_runs(args.failures, tool) | {r["run"] for r in mine if r["rc"] != 0 or r["timed_out"]}
        ok = [r for r in mine if r["run"] not in bad]
        if not ok:
            stats[tool] = None
            continue
        mbps = [size / r["wall"] / 1e6 for r in ok]
        cpu = [(r["user"] + r["sys"]) / (size / GIB) for r in ok]
        stats[tool] = {
            "n": len(ok),
            "mbps": statistics.median(mbps),
            "mbps_min": min(mbps),
            "mbps_max": max(mbps),
            "wall": statistics.median(r["wall"] for r in ok),
            "cpu": statistics.median(cpu),
            "user": statistics.median(r["user"] / (size / GIB) for r in ok),
            "sys": statistics.median(r["sys"] / (size / GIB) for r in ok),
            "rss": max(r["maxrss_kib"] for r in ok) * KIB / 1e6,
        }

    curl = stats.get("curl")
    lines = []
    lines.append("| Tool | Median wall (s) | Median MB/s (MiB/s) | Min–max MB/s | Throughput vs curl | CPU s/GiB (user+sys) | CPU vs curl | Peak RSS (MB) | Good runs |")
    lines.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|")
    for tool in tools:
        s = stats[tool]
        if s is None:
            lines.append("| %s | failed | — | — | — | — | — | — | 0/%d |" % (tool, args.runs))
            continue
        tput_ratio = s["mbps"] / curl["mbps"] if curl else None
        cpu_ratio = s["cpu"] / curl["cpu"] if curl and curl["cpu"] > 0 else None
        lines.append("| %s | %.2f | %.0f (%.0f) | %.0f–%.0f | %s | %.3f (%.3f + %.3f) | %s | %.1f | %d/%d |" % (
            tool, s["wall"], s["mbps"], s["mbps"] * 1e6 / MIB, s["mbps_min"], s["mbps_max"], fmt_ratio(tput_ratio),
            s["cpu"], s["user"], s["sys"], fmt_ratio(cpu_ratio), s["rss"], s["n"], args.runs))

    lines.append("")
    hash_cpu_per_gib = GIB / args.sha256_speed if args.sha256_speed > 0 else None
    if hash_cpu_per_gib:
        lines.append("SHA-256 on this machine (`openssl speed -evp sha256 -bytes 1048576`, per CPU second): "
                     "%.0f MB/s, i.e. %.3f CPU s/GiB." % (args.sha256_speed / 1e6, hash_cpu_per_gib))
    haul = stats.get("haul-cli")
    if curl and hash_cpu_per_gib:
        budget = curl["cpu"] + 2 * hash_cpu_per_gib
        line = "haul-cli CPU budget = curl CPU s/GiB + 2 × SHA-256 s/GiB = %.3f + 2 × %.3f = **%.3f CPU s/GiB**" % (
            curl["cpu"], hash_cpu_per_gib, budget)
        if haul:
            verdict = "within budget" if haul["cpu"] <= budget else "**OVER budget**"
            line += "; haul-cli used %.3f → %s (%.0f%% of budget)." % (haul["cpu"], verdict, 100 * haul["cpu"] / budget)
        else:
            line += "; haul-cli has no successful run."
        lines.append(line)
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)


def failed_runs(path, tool):
    """Runs that run.sh marked bad after the fact (wrong size or checksum)."""
    runs = set()
    if path and os.path.exists(path):
        with open(path) as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 2 and parts[0] == tool:
                    try:
                        runs.add(int(parts[1]))
                    except ValueError:
                        pass
    return runs


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command")
    sub.required = True

    s = sub.add_parser("parse-size")
    s.add_argument("text")
    s.set_defaults(func=cmd_parse_size)

    s = sub.add_parser("free-port")
    s.set_defaults(func=cmd_free_port)

    s = sub.add_parser("make-data")
    s.add_argument("file")
    s.add_argument("size")
    s.set_defaults(func=cmd_make_data)

    s = sub.add_parser("time")
    s.add_argument("--out", required=True, help="JSON-lines file to append to")
    s.add_argument("--tool", required=True)
    s.add_argument("--run", type=int, required=True)
    s.add_argument("--stderr", help="file for the command's standard error")
    s.add_argument("--timeout", type=float, default=0, help="kill the command after this many seconds")
    s.add_argument("--gnu-time", help="path of GNU time, for the tool's own peak RSS")
    s.add_argument("cmd", nargs=argparse.REMAINDER)
    s.set_defaults(func=cmd_time)

    s = sub.add_parser("gnu-time")
    s.set_defaults(func=cmd_gnu_time)

    s = sub.add_parser("sha256-speed")
    s.add_argument("--seconds", type=int, default=3)
    s.set_defaults(func=cmd_sha256_speed)

    s = sub.add_parser("report")
    s.add_argument("--results", required=True)
    s.add_argument("--failures", help="tab-separated 'tool<TAB>run<TAB>reason' lines from run.sh")
    s.add_argument("--tools", required=True, help="comma-separated, in table order")
    s.add_argument("--size", type=int, required=True)
    s.add_argument("--runs", type=int, required=True)
    s.add_argument("--sha256-speed", type=float, default=0, help="bytes per CPU second")
    s.set_defaults(func=cmd_report)

    args = p.parse_args()
    try:
        args.func(args)
    except ValueError as e:
        sys.exit("measure.py: %s" % e)


if __name__ == "__main__":
    main()
