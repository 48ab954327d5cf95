#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Helpers for bench/run.sh (stdlib only, Python 3.7+, Linux).

Subcommands:
  parse-size TEXT          print TEXT ("2G", "512M", "1.5GiB", "1000") as bytes
  free-port                print a TCP port that was free on 127.0.0.1 a moment ago
  make-data FILE SIZE      write SIZE bytes: one 1 MiB random block, repeated
  make-small DIR N SIZE    write N files of SIZE random bytes, a URL list and a manifest
  check-dir DIR MANIFEST   do DIR's files match the manifest (names, sizes, SHA-256)?
  gnu-time                 print the path of GNU time if there is one
  time [opts] -- CMD...    run CMD, append one JSON line with its wall time,
                           user/sys CPU seconds (os.wait4 rusage), peak RSS
                           (GNU time's %M with --gnu-time, else wait4's) and,
                           with --io, the final /proc/PID/io counters
  kill-at [opts] -- CMD... run CMD, SIGKILL it once it has written --bytes
                           (its /proc/PID/io wchar); one JSON line
  evict DIR                fsync every file in DIR and drop it from the page cache
                           (posix_fadvise DONTNEED); print what is still cached
  sha256-speed             run `openssl speed` and print SHA-256 bytes per CPU second
  report --scenario X      turn the JSON lines of scenario a, b, c, d or e into Markdown
"""

import argparse
import ctypes
import ctypes.util
import hashlib
import json
import mmap
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
BLOCK = 8 * MIB  # haul's checkpoint block (DefaultBlockSize in src/core/controlfile.h)


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


def cmd_make_small(args):
    """N files of their own random content, a URL list (one per line) and a manifest."""
    size = parse_size(args.size)
    width = max(4, len(str(args.count)))
    os.makedirs(args.dir, exist_ok=True)
    with open(args.list, "w") as urls, open(args.manifest, "w") as manifest:
        for i in range(1, args.count + 1):
            name = "f%0*d.bin" % (width, i)
            data = os.urandom(size)
            with open(os.path.join(args.dir, name), "wb") as f:
                f.write(data)
            urls.write("%s/%s\n" % (args.base_url.rstrip("/"), name))
            manifest.write("%s  %d  %s\n" % (hashlib.sha256(data).hexdigest(), size, name))


def cmd_check_dir(args):
    """Exit 0 when DIR holds exactly the manifest's files with the right content."""
    expected = {}
    with open(args.manifest) as f:
        for line in f:
            digest, size, name = line.split()
            expected[name] = (digest, int(size))
    problems = []
    present = set(os.listdir(args.dir))
    for name, (digest, size) in sorted(expected.items()):
        path = os.path.join(args.dir, name)
        if name not in present:
            problems.append("missing %s" % name)
            continue
        got = os.stat(path).st_size
        if got != size:
            problems.append("%s: size %d, expected %d" % (name, got, size))
            continue
        with open(path, "rb") as fh:
            if hashlib.sha256(fh.read()).hexdigest() != digest:
                problems.append("%s: wrong SHA-256" % name)
    extra = sorted(present - set(expected))
    if extra:
        problems.append("extra files: %s%s" % (" ".join(extra[:10]), " …" if len(extra) > 10 else ""))
    if problems:
        print("%d problem(s): %s%s" % (len(problems), "; ".join(problems[:5]), "; …" if len(problems) > 5 else ""))
        sys.exit(1)


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


def read_proc_io(pid):
    """/proc/PID/io as a dict of ints (all threads of the process together)."""
    out = {}
    try:
        with open("/proc/%d/io" % pid) as f:
            for line in f:
                key, _, value = line.partition(":")
                out[key.strip()] = int(value)
    except (OSError, ValueError):
        return None
    return out


class Child:
    """A command in its own session, killed with its whole group on timeout or Ctrl-C."""

    def __init__(self, cmd, stderr_path, timeout):
        self.timed_out = False
        self.interrupted = 0
        self.stderr = open(stderr_path, "wb") if stderr_path else subprocess.DEVNULL
        signal.signal(signal.SIGINT, self._on_interrupt)
        signal.signal(signal.SIGTERM, self._on_interrupt)
        self.start_epoch = time.time()
        self.start = time.perf_counter()
        # Own session, so a timeout can kill the tool and not just GNU time in front of it.
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self.stderr,
                                     start_new_session=True)
        self.pid = self.proc.pid
        if timeout > 0:
            signal.signal(signal.SIGALRM, self._on_alarm)
            signal.setitimer(signal.ITIMER_REAL, timeout)

    def kill(self):
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def _on_alarm(self, _sig, _frame):
        self.timed_out = True
        self.kill()

    def _on_interrupt(self, sig, _frame):
        # The tool is in its own session, so Ctrl-C does not reach it: pass it on.
        self.interrupted = sig
        self.kill()

    def wait(self, io=False):
        """(rc, rusage, wall, end_epoch, io counters or None). The io counters are read
        from the exited but not yet reaped process (waitid WNOWAIT), so they are final."""
        proc_io = None
        if io:
            os.waitid(os.P_PID, self.pid, os.WEXITED | os.WNOWAIT)
            proc_io = read_proc_io(self.pid)
        # wait4 instead of Popen.wait: it hands back the child's rusage, which includes
        # everything the child waited for (the tool, when GNU time sits in front of it).
        _pid, status, usage = os.wait4(self.pid, 0)
        wall = time.perf_counter() - self.start
        end_epoch = time.time()
        self.proc.returncode = 0  # reaped by hand; keep Popen from trying again
        signal.setitimer(signal.ITIMER_REAL, 0)
        if self.stderr is not subprocess.DEVNULL:
            self.stderr.close()
        rc = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -os.WTERMSIG(status)
        return rc, usage, wall, end_epoch, proc_io


def die_by(sig):
    """Exit by the signal itself, so that bash sees that we were interrupted (a plain exit
    status 130 would make it assume we handled Ctrl-C and carry on with the script)."""
    signal.signal(sig, signal.SIG_DFL)
    os.kill(os.getpid(), sig)
    sys.exit(128 + sig)


def strip_dashes(cmd):
    if cmd and cmd[0] == "--":
        cmd = cmd[1:]
    if not cmd:
        sys.exit("measure.py: no command")
    return cmd


def cmd_time(args):
    cmd = strip_dashes(args.cmd)
    rss_file = None
    if args.gnu_time and not args.io:
        # Peak RSS must come from GNU time, not from our own wait4: Linux seeds a process's
        # maxrss with the RSS of whoever forked it, so a child of this Python (~14 MB) never
        # reports less than that. GNU time is ~1 MB, so its %M is the tool's own peak.
        fd, rss_file = tempfile.mkstemp(prefix="haul-bench-rss.")
        os.close(fd)
        cmd = [args.gnu_time, "-o", rss_file, "-f", "HAULBENCH_MAXRSS_KIB %M", "--"] + cmd

    child = Child(cmd, args.stderr, args.timeout)
    rc, usage, wall, end_epoch, proc_io = child.wait(io=args.io)
    if child.interrupted:
        if rss_file:
            os.unlink(rss_file)
        die_by(child.interrupted)

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
        "start_epoch": child.start_epoch,
        "end_epoch": end_epoch,
        "user": usage.ru_utime,
        "sys": usage.ru_stime,
        "maxrss_kib": maxrss_kib,
        "rss_source": rss_source,
        "rc": rc,
        "timed_out": child.timed_out,
    }
    if args.io:
        record["io"] = proc_io
    with open(args.out, "a") as f:
        f.write(json.dumps(record) + "\n")
    extra = ""
    if proc_io:
        extra = ", read_bytes %.1f MiB, rchar %.1f MiB" % (proc_io.get("read_bytes", 0) / MIB,
                                                          proc_io.get("rchar", 0) / MIB)
    print("  %-20s run %d: %7.2f s wall, %6.2f s user, %6.2f s sys, %7.1f MB RSS%s, rc %s%s"
          % (args.tool, args.run, wall, usage.ru_utime, usage.ru_stime, maxrss_kib * KIB / 1e6, extra,
             rc, " (TIMED OUT)" if child.timed_out else ""), file=sys.stderr)
    sys.exit(0 if rc == 0 and not child.timed_out else 1)


def cmd_kill_at(args):
    """Start CMD; SIGKILL its process group once it has written --bytes bytes."""
    cmd = strip_dashes(args.cmd)
    child = Child(cmd, args.stderr, args.timeout)
    last = None
    killed = False
    while True:
        io = read_proc_io(child.pid)
        if io is None:  # gone (a zombie still has its io file, so this is rare)
            break
        last = io
        if io.get("wchar", 0) >= args.bytes:
            child.kill()
            killed = True
            break
        try:
            exited = os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        except ChildProcessError:
            break
        if exited is not None:  # exited by itself before reaching the mark
            last = read_proc_io(child.pid) or last
            break
        time.sleep(args.interval)
    rc, _usage, wall, _end, _io = child.wait()
    if child.interrupted:
        die_by(child.interrupted)
    record = {"tool": args.tool, "run": args.run, "killed": killed, "rc": rc, "elapsed": wall,
              "timed_out": child.timed_out,
              "wchar": (last or {}).get("wchar", 0), "rchar": (last or {}).get("rchar", 0)}
    with open(args.out, "a") as f:
        f.write(json.dumps(record) + "\n")
    print("  %-20s run %d: %s after %.2f s, %.1f MiB written" % (
        args.tool, args.run, "killed (SIGKILL)" if killed else "NOT killed (exit %s)" % rc, wall,
        record["wchar"] / MIB), file=sys.stderr)
    sys.exit(0 if killed else 1)


_libc = None


def resident_bytes(fd, size):
    """How much of the file is in the page cache (mmap + mincore, like util-linux fincore)."""
    global _libc
    if size == 0:
        return 0
    if _libc is None:
        _libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        _libc.mmap.restype = ctypes.c_void_p
        _libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                               ctypes.c_long]
        _libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
        _libc.mincore.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p]
    addr = _libc.mmap(None, size, mmap.PROT_READ, mmap.MAP_SHARED, fd, 0)
    if addr in (None, ctypes.c_void_p(-1).value):
        return -1
    try:
        page = mmap.PAGESIZE
        pages = (size + page - 1) // page
        vec = (ctypes.c_ubyte * pages)()
        if _libc.mincore(addr, size, vec) != 0:
            return -1
        return sum(1 for v in vec if v & 1) * page
    finally:
        _libc.munmap(addr, size)


def cmd_evict(args):
    """Make the next read of DIR's files come from the disk: sync them, then drop their
    pages from the page cache. Only these files: no drop_caches for the whole machine."""
    files = 0
    total = 0
    resident = 0
    for name in sorted(os.listdir(args.dir)):
        path = os.path.join(args.dir, name)
        if not os.path.isfile(path):
            continue
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)  # dirty pages cannot be dropped
            size = os.fstat(fd).st_size
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            r = resident_bytes(fd, size)
        finally:
            os.close(fd)
        files += 1
        total += size
        resident += max(r, 0)
    record = {"tool": args.tool, "run": args.run, "files": files, "bytes": total, "resident_after": resident}
    with open(args.out, "a") as f:
        f.write(json.dumps(record) + "\n")
    print("  %-20s run %d: %d file(s), %.1f MiB synced and dropped from the page cache; %.1f MiB still cached"
          % (args.tool, args.run, files, total / MIB, resident / MIB), file=sys.stderr)


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


# --- reports ---------------------------------------------------------------------------

def fmt_ratio(x):
    return "%.2f×" % x if x is not None else "—"


def fmt_mib(n):
    if n is None:
        return "—"
    if n == 0:
        return "0"
    if n < 0.1 * MIB:
        return "%.0f KiB" % (n / KIB)
    return "%.1f MiB" % (n / MIB)


def load_jsonl(path):
    records = []
    if path and os.path.exists(path):
        with open(path) as f:
            for line in f:
                line = line.strip()
                if line:
                    records.append(json.loads(line))
    return records


def failed_runs(path, tool):
    """Runs that run.sh marked bad after the fact (wrong size or checksum, failed kill)."""
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


def good_records(args, tool, records):
    mine = [r for r in records if r["tool"] == tool]
    bad = failed_runs(args.failures, tool) | {r["run"] for r in mine if r["rc"] != 0 or r["timed_out"]}
    return [r for r in mine if r["run"] not in bad]


def labels(args):
    """--tools is 'id' or 'id=label' items, comma-separated, in table order."""
    out = []
    for item in args.tools.split(","):
        tool, _, label = item.partition("=")
        out.append((tool, label or tool))
    return out


LOG_RE = re.compile(r'^(?P<msec>[\d.]+) (?P<rt>[\d.]+) (?P<status>\d+) (?P<sent>\d+) (?P<body>\d+) (?P<conn>\d+) '
                    r'(?P<creq>\d+) "(?P<range>[^"]*)" "(?P<request>[^"]*)" "(?P<ua>[^"]*)"$')


def load_access_log(path):
    """nginx lines in run.sh's 'timing' format; start = end ($msec) − $request_time."""
    reqs = []
    if path and os.path.exists(path):
        with open(path) as f:
            for line in f:
                m = LOG_RE.match(line.strip())
                if not m:
                    continue
                end = float(m.group("msec"))
                rt = float(m.group("rt"))
                reqs.append({"start": end - rt, "end": end, "rt": rt, "status": int(m.group("status")),
                             "sent": int(m.group("sent")), "body": int(m.group("body")),
                             "conn": int(m.group("conn")), "range": m.group("range"),
                             "path": (m.group("request").split() + ["", ""])[1]})
    return reqs


def requests_in(reqs, record, prefix):
    # nginx logs milliseconds, so allow a few of them at each end of the window.
    lo, hi = record["start_epoch"] - 0.005, record["end_epoch"] + 0.005
    return sorted((q for q in reqs if lo <= q["start"] <= hi and q["path"].startswith(prefix)),
                  key=lambda q: q["start"])


def median_or_none(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def report_a(args):
    size = args.size
    records = load_jsonl(args.results)
    stats = {}
    for tool, _label in labels(args):
        ok = good_records(args, tool, records)
        if not ok:
            stats[tool] = None
            continue
        mbps = [size / r["wall"] / 1e6 for r in ok]
        stats[tool] = {"n": len(ok), "mbps": statistics.median(mbps), "mbps_min": min(mbps),
                       "mbps_max": max(mbps), "wall": statistics.median(r["wall"] for r in ok)}
    curl = stats.get("curl")
    lines = ["| Tool | Median wall (s) | Median MB/s (MiB/s) | Min–max MB/s | Throughput vs curl | Good runs |",
             "|---|--:|--:|--:|--:|--:|"]
    for tool, label in labels(args):
        s = stats[tool]
        if s is None:
            lines.append("| %s | failed | — | — | — | 0/%d |" % (label, args.runs))
            continue
        ratio = s["mbps"] / curl["mbps"] if curl else None
        lines.append("| %s | %.2f | %.0f (%.0f) | %.0f–%.0f | %s | %d/%d |" % (
            label, s["wall"], s["mbps"], s["mbps"] * 1e6 / MIB, s["mbps_min"], s["mbps_max"], fmt_ratio(ratio),
            s["n"], args.runs))
    return lines


def report_e(args):
    size = args.size
    gib = size / GIB
    records = load_jsonl(args.results)
    stats = {}
    for tool, _label in labels(args):
        ok = good_records(args, tool, records)
        if not ok:
            stats[tool] = None
            continue
        cpu = [(r["user"] + r["sys"]) / gib for r in ok]
        stats[tool] = {"n": len(ok), "cpu": statistics.median(cpu), "cpu_min": min(cpu), "cpu_max": max(cpu),
                       "user": statistics.median(r["user"] / gib for r in ok),
                       "sys": statistics.median(r["sys"] / gib for r in ok),
                       "rss": max(r["maxrss_kib"] for r in ok) * KIB / 1e6}
    curl = stats.get("curl")
    lines = ["| Tool | CPU s/GiB, median (user + sys) | Min–max CPU s/GiB | CPU vs curl | Peak RSS (MB) | Good runs |",
             "|---|--:|--:|--:|--:|--:|"]
    for tool, label in labels(args):
        s = stats[tool]
        if s is None:
            lines.append("| %s | failed | — | — | — | 0/%d |" % (label, args.runs))
            continue
        ratio = s["cpu"] / curl["cpu"] if curl and curl["cpu"] > 0 else None
        lines.append("| %s | %.3f (%.3f + %.3f) | %.3f–%.3f | %s | %.1f | %d/%d |" % (
            label, s["cpu"], s["user"], s["sys"], s["cpu_min"], s["cpu_max"], fmt_ratio(ratio), s["rss"],
            s["n"], args.runs))
    lines.append("")
    hash_cpu_per_gib = GIB / args.sha256_speed if args.sha256_speed > 0 else None
    if hash_cpu_per_gib:
        lines.append("SHA-256 on this machine (`openssl speed -evp sha256 -bytes 1048576`, per CPU second): "
                     "%.0f MB/s, i.e. %.3f CPU s/GiB." % (args.sha256_speed / 1e6, hash_cpu_per_gib))
    haul = stats.get("haul-cli")
    if curl and hash_cpu_per_gib:
        budget = curl["cpu"] + 2 * hash_cpu_per_gib
        line = ("CPU budget = curl's CPU s/GiB + 2 × SHA-256 s/GiB = %.3f + 2 × %.3f = **%.3f CPU s/GiB**"
                % (curl["cpu"], hash_cpu_per_gib, budget))
        if haul:
            verdict = "within budget" if haul["cpu"] <= budget else "**OVER budget**"
            line += ("; haul-cli used **%.3f** → %s (%.0f%% of budget; hashing every byte twice is %.0f%% of "
                     "haul-cli's CPU)." % (haul["cpu"], verdict, 100 * haul["cpu"] / budget,
                                           100 * 2 * hash_cpu_per_gib / haul["cpu"] if haul["cpu"] > 0 else 0))
        else:
            line += "; haul-cli has no successful run."
        lines.append(line)
    return lines


def report_b(args):
    size = args.size
    rate = args.rate
    records = load_jsonl(args.results)
    reqs = load_access_log(args.access_log)
    stats = {}
    for tool, _label in labels(args):
        ok = good_records(args, tool, records)
        if not ok:
            stats[tool] = None
            continue
        mbps = [size / r["wall"] / 1e6 for r in ok]
        conns = [len({q["conn"] for q in requests_in(reqs, r, args.prefix)}) for r in ok]
        nreq = [len(requests_in(reqs, r, args.prefix)) for r in ok]
        stats[tool] = {"n": len(ok), "mbps": statistics.median(mbps), "mbps_min": min(mbps), "mbps_max": max(mbps),
                       "wall": statistics.median(r["wall"] for r in ok), "conns": statistics.median(conns),
                       "reqs": statistics.median(nreq)}
    lines = ["| Tool | Connections asked | Connections (requests) seen by nginx, median | Median wall (s) | "
             "Median MB/s (MiB/s) | Min–max MB/s | Share of ideal | vs aria2c with as many connections | Good runs |",
             "|---|--:|--:|--:|--:|--:|--:|--:|--:|"]
    for tool, label in labels(args):
        s = stats[tool]
        n = int(re.search(r"x(\d+)$", tool).group(1))
        if s is None:
            lines.append("| %s | %d | — | failed | — | — | — | — | 0/%d |" % (label, n, args.runs))
            continue
        ideal = n * rate / 1e6
        peer = stats.get("aria2c-x%d" % n)
        ratio = s["mbps"] / peer["mbps"] if peer and not tool.startswith("aria2c") else (1.0 if peer else None)
        lines.append("| %s | %d | %g (%g) | %.2f | %.1f (%.1f) | %.1f–%.1f | %.0f%% of %.0f MB/s | %s | %d/%d |" % (
            label, n, s["conns"], s["reqs"], s["wall"], s["mbps"], s["mbps"] * 1e6 / MIB, s["mbps_min"],
            s["mbps_max"], 100 * s["mbps"] / ideal, ideal, fmt_ratio(ratio), s["n"], args.runs))
    return lines


def report_c(args):
    records = load_jsonl(args.results)
    stats = {}
    for tool, _label in labels(args):
        ok = good_records(args, tool, records)
        if not ok:
            stats[tool] = None
            continue
        walls = [r["wall"] for r in ok]
        stats[tool] = {"n": len(ok), "wall": statistics.median(walls), "min": min(walls), "max": max(walls),
                       "cpu": statistics.median(r["user"] + r["sys"] for r in ok),
                       "rss": max(r["maxrss_kib"] for r in ok) * KIB / 1e6}
    curl = stats.get("curl")
    lines = ["| Tool | Median wall (s) | Min–max wall (s) | Files/s | Speed vs curl | CPU s (user+sys), median | "
             "CPU vs curl | Peak RSS (MB) | Good runs |",
             "|---|--:|--:|--:|--:|--:|--:|--:|--:|"]
    for tool, label in labels(args):
        s = stats[tool]
        if s is None:
            lines.append("| %s | failed | — | — | — | — | — | — | 0/%d |" % (label, args.runs))
            continue
        speed = curl["wall"] / s["wall"] if curl else None
        cpu_ratio = s["cpu"] / curl["cpu"] if curl and curl["cpu"] > 0 else None
        lines.append("| %s | %.2f | %.2f–%.2f | %.0f | %s | %.2f | %s | %.1f | %d/%d |" % (
            label, s["wall"], s["min"], s["max"], args.count / s["wall"], fmt_ratio(speed), s["cpu"],
            fmt_ratio(cpu_ratio), s["rss"], s["n"], args.runs))
    return lines


def parse_range_start(text):
    m = re.match(r"bytes=(\d+)-", text or "")
    return int(m.group(1)) if m else 0


def report_d(args):
    size = args.size
    records = load_jsonl(args.results)
    kills = load_jsonl(args.kills)
    evictions = load_jsonl(args.evictions)
    reqs = load_access_log(args.access_log)
    rows = []
    verdict = None
    stats = {}
    for tool, _label in labels(args):
        ok = good_records(args, tool, records)
        per = []
        for r in ok:
            k = next((x for x in kills if x["tool"] == tool and x["run"] == r["run"]), None)
            ev = next((x for x in evictions if x["tool"] == tool and x["run"] == r["run"]), None)
            mine = requests_in(reqs, r, args.prefix)
            if not mine:
                continue
            first = mine[0]
            # The resumed request is the one that carried the most: aria2c, for one, first
            # sends a GET without Range, drops it after a few MB, then asks for the rest.
            main = max(mine, key=lambda q: q["body"])
            received = sum(q["sent"] for q in mine)
            io = r.get("io") or {}
            rchar = io.get("rchar")
            # Sockets read with read(2) count in rchar, those read with recv(2) do not. Which
            # one a tool uses shows in its killed run: rchar ≈ wchar there means read(2).
            reads_sockets = bool(k and k["wchar"] > 0 and k["rchar"] >= 0.5 * k["wchar"])
            file_bytes = None
            if rchar is not None:
                file_bytes = max(0, rchar - received) if reads_sockets else rchar
            per.append({"killed_at": k["wchar"] if k else None,
                        "resumed_from": parse_range_start(main["range"]) if main["status"] == 206 else 0,
                        "again": sum(q["body"] for q in mine),
                        "read_bytes": io.get("read_bytes"),
                        "file_bytes": file_bytes,
                        "reads_sockets": reads_sockets,
                        "ttfb": main["start"] - r["start_epoch"],
                        "overhead": r["wall"] - (mine[-1]["end"] - first["start"]),
                        "wall": r["wall"], "requests": len(mine),
                        "resident": ev["resident_after"] if ev else None})
        if not per:
            stats[tool] = None
            continue
        stats[tool] = {
            "n": len(per),
            "killed_at": median_or_none(p["killed_at"] for p in per),
            "resumed_from": statistics.median(p["resumed_from"] for p in per),
            "again": statistics.median(p["again"] for p in per),
            "read_med": median_or_none(p["read_bytes"] for p in per),
            "read_max": max((p["read_bytes"] for p in per if p["read_bytes"] is not None), default=None),
            "file_med": median_or_none(p["file_bytes"] for p in per),
            "file_max": max((p["file_bytes"] for p in per if p["file_bytes"] is not None), default=None),
            "reads_sockets": any(p["reads_sockets"] for p in per),
            "ttfb": statistics.median(p["ttfb"] for p in per),
            "ttfb_min": min(p["ttfb"] for p in per), "ttfb_max": max(p["ttfb"] for p in per),
            "overhead": statistics.median(p["overhead"] for p in per),
            "wall": statistics.median(p["wall"] for p in per),
            "requests": max(p["requests"] for p in per),
            "resident": max((p["resident"] for p in per if p["resident"] is not None), default=None),
        }
    curl = stats.get("curl")
    lines = ["| Tool | Killed at | Resumed from | Downloaded again (requests) | Disk reads in the rerun (read_bytes), median (max) | "
             "File bytes read (from rchar), median (max) | Start → resumed request at nginx, median (min–max) | "
             "TTFB vs curl | Rerun: wall − transfer | Rerun wall (s) | Good runs |",
             "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"]
    for tool, label in labels(args):
        s = stats[tool]
        if s is None:
            lines.append("| %s | — | — | — | — | — | failed | — | — | — | 0/%d |" % (label, args.runs))
            continue
        ttfb_ratio = s["ttfb"] / curl["ttfb"] if curl and curl["ttfb"] > 0 else None
        lines.append("| %s | %s | %s | %s | %s (%s) | %s (%s)%s | %.0f ms (%.0f–%.0f) | %s | %.0f ms | %.2f | %d/%d |" % (
            label,
            "%.0f%%" % (100 * s["killed_at"] / size) if s["killed_at"] is not None else "—",
            "%.0f%%" % (100 * s["resumed_from"] / size),
            "%.0f%% (%s; %d)" % (100 * s["again"] / size, fmt_mib(s["again"]), s["requests"]),
            fmt_mib(s["read_med"]), fmt_mib(s["read_max"]),
            fmt_mib(s["file_med"]), fmt_mib(s["file_max"]), "¹" if s["reads_sockets"] else "²",
            1000 * s["ttfb"], 1000 * s["ttfb_min"], 1000 * s["ttfb_max"], fmt_ratio(ttfb_ratio),
            1000 * s["overhead"], s["wall"], s["n"], args.runs))
    lines.append("")
    lines.append("Requests: the most any rerun made. Resumed from, and the time to the resumed request, refer "
                 "to the request that carried the most bytes (aria2c first sends a GET without Range, drops "
                 "it after a few MB, then asks for the rest).")
    lines.append("")
    lines.append("¹ reads its socket with read(2), which rchar counts: shown is rchar − the bytes nginx sent "
                 "in the rerun (headers included). ² reads its socket with recv(2), which rchar does not "
                 "count: shown is rchar itself. Which one a tool does is taken from its killed run "
                 "(rchar ≈ bytes written there means read(2)).")
    haul = stats.get("haul-cli")
    if haul and haul["read_max"] is not None:
        worst = max(haul["read_max"], haul["file_max"] or 0)
        verdict = "**met**" if worst <= BLOCK else "**NOT met**"
        lines.append("")
        lines.append("haul-cli target: at most one 8 MiB block read during a resume. Worst run: %s from disk, "
                     "%s by the process → %s." % (fmt_mib(haul["read_max"]), fmt_mib(haul["file_max"]), verdict))
    res = [s["resident"] for s in stats.values() if s and s["resident"] is not None]
    if res:
        lines.append("")
        lines.append("Before each rerun the download folder was synced and dropped from the page cache "
                     "(`posix_fadvise(POSIX_FADV_DONTNEED)` per file); still cached afterwards, worst case: %s."
                     % fmt_mib(max(res)))
    return lines


def cmd_report(args):
    fn = {"a": report_a, "b": report_b, "c": report_c, "d": report_d, "e": report_e}[args.scenario]
    sys.stdout.write("\n".join(fn(args)) + "\n")


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

    s = sub.add_parser("make-small")
    s.add_argument("dir")
    s.add_argument("count", type=int)
    s.add_argument("size")
    s.add_argument("--base-url", required=True)
    s.add_argument("--list", required=True, help="URL list to write, one per line")
    s.add_argument("--manifest", required=True, help="'sha256  size  name' lines to write")
    s.set_defaults(func=cmd_make_small)

    s = sub.add_parser("check-dir")
    s.add_argument("dir")
    s.add_argument("manifest")
    s.set_defaults(func=cmd_check_dir)

    def add_run_args(s):
        s.add_argument("--out", required=True, help="JSON-lines file to append to")
        s.add_argument("--tool", required=True)
        s.add_argument("--run", type=int, required=True)
        s.add_argument("--stderr", help="file for the command's standard error")
        s.add_argument("--timeout", type=float, default=0, help="kill the command after this many seconds")
        s.add_argument("cmd", nargs=argparse.REMAINDER)

    s = sub.add_parser("time")
    add_run_args(s)
    s.add_argument("--gnu-time", help="path of GNU time, for the tool's own peak RSS")
    s.add_argument("--io", action="store_true", help="record /proc/PID/io at exit (no GNU time in front)")
    s.set_defaults(func=cmd_time)

    s = sub.add_parser("kill-at")
    add_run_args(s)
    s.add_argument("--bytes", type=int, required=True, help="SIGKILL once the tool has written this much")
    s.add_argument("--interval", type=float, default=0.002, help="polling interval, seconds")
    s.set_defaults(func=cmd_kill_at)

    s = sub.add_parser("evict")
    s.add_argument("dir")
    s.add_argument("--out", required=True, help="JSON-lines file to append to")
    s.add_argument("--tool", required=True)
    s.add_argument("--run", type=int, required=True)
    s.set_defaults(func=cmd_evict)

    s = sub.add_parser("gnu-time")
    s.set_defaults(func=cmd_gnu_time)

    s = sub.add_parser("sha256-speed")
    s.add_argument("--seconds", type=int, default=3)
    s.set_defaults(func=cmd_sha256_speed)

    s = sub.add_parser("report")
    s.add_argument("--scenario", required=True, choices="abcde")
    s.add_argument("--results", required=True)
    s.add_argument("--failures", help="tab-separated 'tool<TAB>run<TAB>reason' lines from run.sh")
    s.add_argument("--tools", required=True, help="comma-separated 'id' or 'id=label', in table order")
    s.add_argument("--size", type=int, default=0, help="bytes per download (a, b, d, e)")
    s.add_argument("--runs", type=int, required=True)
    s.add_argument("--sha256-speed", type=float, default=0, help="bytes per CPU second (e)")
    s.add_argument("--rate", type=float, default=0, help="nginx limit_rate in bytes per second (b)")
    s.add_argument("--count", type=int, default=0, help="number of small files (c)")
    s.add_argument("--access-log", help="nginx access log in run.sh's timing format (b, d)")
    s.add_argument("--prefix", default="/", help="URL path prefix of the scenario's requests (b, d)")
    s.add_argument("--kills", help="JSON lines from kill-at (d)")
    s.add_argument("--evictions", help="JSON lines from evict, with tool and run (d)")
    s.set_defaults(func=cmd_report)

    args = p.parse_args()
    try:
        args.func(args)
    except ValueError as e:
        sys.exit("measure.py: %s" % e)


if __name__ == "__main__":
    main()
