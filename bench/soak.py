#!/usr/bin/env python3
"""CseaHub soak test: mixed read traffic for a long run, with a write published every second.

Readers: wrk over a mix of pages, API answers, searches, feeds and sitemaps, one request in four made distinct so the
output cache does not answer it, measured in slices so drift shows. Writer: every second, an editor's program changes
an organisation's description through the content API, submits it, and a reviewer's program publishes it (each write
on its own thread, ten organisations in turn); the public profile must show the change within a few seconds.
Reported: errors of every kind (target 0), latency and throughput
per slice and their drift, the hub's memory over time and its growth after the warm-up (target: flat), and the
database's growth. It never fails on a figure: it reports. Results go to bench/results/soak-<date>-<commit>.json/.md.
"""
import argparse
import datetime
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from memory import resident_mib
from run import BENCH, NUMBERED_REQUESTS_LUA, ROOT, free_port, run, wait_for, wrk

READ_PATHS = [
    "/", "/fr/", "/organisations/council-of-europe", "/fr/organisations/europol", "/organisations/eurojust",
    "/organisations", "/organisations?audience=law-enforcement&country=FR", "/fr/organisations?topic=grooming",
    "/instruments/budapest-convention", "/instruments/lanzarote-convention", "/countries/fr", "/fr/countries/de",
    "/library", "/monitoring", "/search?q=grooming", "/fr/search?q=entraide+judiciaire", "/search?q=preservaton",
    "/api/v1/organisations?pageSize=20", "/api/v1/organisations/council-of-europe", "/api/v1/search?q=child+sexual+abuse+material",
    "/cooperation?from=FR&to=RO&measure=subscriber-info&date=2026-11-28",
    "/api/v1/cooperation?from=FR&to=RO&measure=subscriber-info&date=2026-11-28",
    "/cooperation/grid?from=FR&region=eu&date=2026-11-28", "/feeds/updates.atom", "/sitemap.xml", "/glossary",
]

# Round robin over the paths; one request in four gets a throwaway parameter, so the page is rendered (or the search
# run) as the first time after a change.
MIX_LUA = NUMBERED_REQUESTS_LUA + """
local paths = {%s}
function request()
  counter = counter + 1
  local path = paths[(counter + id) %% #paths + 1]
  if counter %% 4 == 0 then
    local separator = string.find(path, "?", 1, true) and "&" or "?"
    path = path .. separator .. "distinct=" .. id .. "-" .. counter
  end
  return wrk.format(nil, path)
end
"""

# Ten bundled organisations in turn: a write that takes longer than a second overlaps the next, never on the same file.
WRITTEN_FILES = ["council-of-europe", "europol", "eurojust", "interpol", "inhope", "internet-watch-foundation", "ncmec",
                 "ecpat-international", "missing-children-europe", "offlimits"]
RUNTIME_SETTINGS = ("DOTNET_", "MALLOC_", "GLIBC_")
GCDUMP = Path.home() / ".dotnet/tools/dotnet-gcdump"
COUNTERS = Path.home() / ".dotnet/tools/dotnet-counters"
COMMITTED = "dotnet.gc.last_collection.memory.committed_size"
HEAP_SIZE = "dotnet.gc.last_collection.heap.size"
COLLECTIONS = "dotnet.gc.collections"
MALLOC_ALLOCATED = "cseahub.malloc.allocated"
MALLOC_FREE = "cseahub.malloc.free"
REQUEST_DURATION = "http.server.request.duration"
LOG_LEVELS = ("trce:", "dbug:", "info:", "warn:", "fail:", "crit:")
PASSWORD = "soak test password, long enough 7"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10, help="length of the soak")
    parser.add_argument("--warmup-minutes", type=float, default=2, help="left out of the growth and drift figures")
    parser.add_argument("--slice", type=int, default=30, help="seconds per wrk slice")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--label", help="added to the results' file names, for runs side by side on one commit")
    parser.add_argument("--corpus", type=Path, help="a data directory made earlier by `generate` (copied, left as it is): "
                        "skips generating, for runs side by side on the same corpus")
    parser.add_argument("--organisations", type=int, default=int(os.environ.get("BENCH_ORGANISATIONS", 20000)))
    parser.add_argument("--documents", type=int, default=int(os.environ.get("BENCH_DOCUMENTS", 100000)))
    parser.add_argument("--findings", type=int, default=int(os.environ.get("BENCH_FINDINGS", 50000)))
    return parser.parse_args()


def hub_command(work, env, *args, stdin=None):
    return subprocess.run(["dotnet", str(work / "hub/CseaHub.Web.dll"), *args], cwd=work, env=env, check=True, text=True,
                          capture_output=True, input=stdin)


def staff_token(work, env, email, role):
    hub_command(work, env, "users", "add", "--email", email, "--role", role, stdin=PASSWORD + "\n")
    return hub_command(work, env, "users", "token", "--email", email, "--name", "soak").stdout.strip()


class Writer(threading.Thread):
    """Starts a write every second, each on its own thread: GET, change, PUT, submit (editor), publish (reviewer),
    then wait for the public page to show it. A write still running on the same file when its turn comes again is
    counted as skipped, not started."""

    def __init__(self, base, editor, reviewer, stop):
        super().__init__(daemon=True)
        self.base, self.editor, self.reviewer, self.stop = base, editor, reviewer, stop
        self.started, self.skipped, self.failures, self.visible_s, self.cycle_s = 0, 0, [], [], []
        self.originals, self.busy, self.lock = {}, set(), threading.Lock()

    def call(self, method, path, token, etag=None, body=None):
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        if etag:
            headers["If-Match"] = etag
        request = urllib.request.Request(self.base + path, method=method, headers=headers,
                                         data=json.dumps(body).encode() if body is not None else None)
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read()), response.headers["ETag"]

    def write(self, n, slug):
        query = f"?file=organisations/{slug}.json"
        state, etag = self.call("GET", "/api/v1/content" + query, self.editor)
        record = state["draft"] or state["published"]
        original = self.originals.setdefault(slug, record["description"]["en"].split(" Soak write ")[0])
        marker = f"Soak write {n}."
        record["description"]["en"] = f"{original} {marker}"
        _, etag = self.call("PUT", "/api/v1/content" + query, self.editor, etag, record)
        _, etag = self.call("POST", "/api/v1/content/submit" + query, self.editor, etag)
        self.call("POST", "/api/v1/content/publish" + query, self.reviewer, etag)
        published = time.monotonic()
        while time.monotonic() - published < 10:
            with urllib.request.urlopen(f"{self.base}/organisations/{slug}", timeout=30) as response:
                if marker in response.read().decode():
                    return time.monotonic() - published
            time.sleep(0.05)
        raise RuntimeError(f"{marker} not on /organisations/{slug} 10 s after publishing")

    def one(self, n, slug):
        started = time.monotonic()
        try:
            visible = self.write(n, slug)
            with self.lock:
                self.visible_s.append(visible)
        except urllib.error.HTTPError as error:
            with self.lock:
                self.failures.append(f"write {n} ({slug}): {error.code} {error.read()[:300]!r}")
        except Exception as error:  # noqa: BLE001 - every failure is reported, none stops the soak
            with self.lock:
                self.failures.append(f"write {n} ({slug}): {error}")
        with self.lock:
            self.cycle_s.append(time.monotonic() - started)
            self.busy.discard(slug)

    def run(self):
        n, next_tick, threads = 0, time.monotonic(), []
        while not self.stop.is_set():
            slug = WRITTEN_FILES[n % len(WRITTEN_FILES)]
            with self.lock:
                free = slug not in self.busy
                if free:
                    self.busy.add(slug)
            if free:
                self.started += 1
                thread = threading.Thread(target=self.one, args=(n, slug), daemon=True)
                thread.start()
                threads.append(thread)
            else:
                self.skipped += 1
            n += 1
            next_tick += 1
            self.stop.wait(max(0, next_tick - time.monotonic()))
        for thread in threads:
            thread.join(timeout=40)


class Memory(threading.Thread):
    """The hub's resident memory every 5 seconds: (seconds, RSS, anonymous, file-mapped) in MiB."""

    def __init__(self, pid, stop):
        super().__init__(daemon=True)
        self.pid, self.stop, self.samples, self.started = pid, stop, [], time.monotonic()

    def run(self):
        while not self.stop.is_set():
            sample = resident_mib(self.pid)
            if sample:
                at = round(time.monotonic() - self.started, 1)
                self.samples.append((at, sample["rss"], sample["anonymous"], sample["file"]))
            self.stop.wait(5)


class RuntimeCounters:
    """The runtime's and ASP.NET Core's own metrics, read every 5 s by dotnet-counters beside the hub (nothing without
    the tool): the memory the GC holds from the system, each generation's size, the collections, and each route's
    request duration.

    Anonymous memory is the GC's committed memory plus native allocations (SQLite's, the runtime's own): sampling both
    says which of the two grows; the generations say where in the GC it grows; the routes say which read slows down.
    """

    SELECTED = (f"System.Runtime[{COMMITTED},{HEAP_SIZE},{COLLECTIONS}],"
                f"CseaHub.Malloc[{MALLOC_ALLOCATED},{MALLOC_FREE}],"
                f"Microsoft.AspNetCore.Hosting[{REQUEST_DURATION}]")

    def __init__(self, pid, work, seconds):
        self.csv, self.started = work / "counters.csv", time.time()
        # Stops by itself just before the soak ends, which is when the tool writes its file.
        self.process = subprocess.Popen(
            [str(COUNTERS), "collect", "-p", str(pid), "--format", "csv", "-o", str(self.csv), "--refresh-interval", "5",
             # One histogram per route and status: the tool's default of 10 drops most of the mix's routes.
             "--maxHistograms", "200", "--duration", time.strftime("00:%H:%M:%S", time.gmtime(max(10, seconds - 5))), "--counters", self.SELECTED],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) if COUNTERS.exists() else None

    def series(self):
        """{(counter, tags): [(seconds since start, value)]}, tags as a sorted tuple of (name, value)."""
        if self.process is None:
            return {}
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        if not self.csv.exists():
            return {}
        found = {}
        for line in self.csv.read_text().splitlines()[1:]:
            fields = line.split(",")
            stamp, name, value = fields[0], ",".join(fields[2:-2]), float(fields[-1])
            counter, _, tags = name.partition("[")
            key = (counter.split(" (")[0], tuple(sorted(tuple(t.split("=", 1)) for t in tags.rstrip("]").split(";") if "=" in t)))
            at = datetime.datetime.strptime(stamp, "%m/%d/%Y %H:%M:%S").timestamp() - self.started
            found.setdefault(key, []).append((round(at), value))
        return found


def counter_figures(series, warmup_s):
    """What the soak reports of the counters: the GC's committed memory and glibc's (allocated, held free) over time,
    each generation's size (median of the first and of the last third after warm-up), the collections after warm-up,
    and each route's p50 and p99 (median over the first and the last third after warm-up), the routes that slowed most
    first."""
    def thirds(points):
        steady = [v for at, v in points if at >= warmup_s]
        third = max(1, len(steady) // 3)
        return (statistics.median(steady[:third]), statistics.median(steady[-third:])) if steady else (None, None)

    mib = 2 ** 20
    memory = {counter: [(at, round(v / mib, 1)) for (name, _), points in series.items() if name == counter for at, v in points]
              for counter in (COMMITTED, MALLOC_ALLOCATED, MALLOC_FREE)}
    generations = {dict(tags)["gc.heap.generation"]: [round(v / mib, 1) for v in thirds(points) if v is not None]
                   for (name, tags), points in series.items() if name == HEAP_SIZE}
    collections = {dict(tags)["gc.heap.generation"]: round(sum(v for at, v in points if at >= warmup_s))
                   for (name, tags), points in series.items() if name == COLLECTIONS}
    durations = {}
    for (name, tags), points in series.items():
        tag = dict(tags)
        if name == REQUEST_DURATION and tag.get("http.response.status_code", "").startswith("2") and "http.route" in tag:
            durations.setdefault((tag["http.request.method"], tag["http.route"]), {})[tag["Percentile"]] = thirds(points)
    routes = [{"method": method, "route": route,
               **{f"p{p}_ms": [round(v * 1000, 1) for v in durations[(method, route)][p]] for p in ("50", "99")}}
              for method, route in durations if all(None not in durations[(method, route)].get(p, (None,)) for p in ("50", "99"))]
    routes.sort(key=lambda r: r["p50_ms"][1] / max(r["p50_ms"][0], 0.01), reverse=True)
    return memory, {"heap_by_generation_mib": generations, "collections_after_warmup": collections, "routes": routes}


def live_heap_mib(pid, work, label):
    """The managed heap still alive after a full collection (dotnet-gcdump forces one), or None without the tool."""
    if not GCDUMP.exists():
        return None
    dump = work / f"{label}.gcdump"
    subprocess.run([str(GCDUMP), "collect", "-p", str(pid), "-o", str(dump)], check=True, capture_output=True, text=True)
    report = subprocess.run([str(GCDUMP), "report", str(dump)], check=True, capture_output=True, text=True).stdout
    return round(int(report.split("GC Heap bytes")[0].split()[-1].replace(",", "")) / 2**20, 1)


def error_blocks(log_lines):
    """Each fail: or crit: entry with the lines that follow it (message, exception, stack), up to the next entry."""
    blocks, current = [], None
    for line in log_lines:
        if line.startswith(LOG_LEVELS):
            current = [line] if line.startswith(("fail:", "crit:")) else None
            if current is not None:
                blocks.append(current)
        elif current is not None and len(current) < 40:
            current.append(line)
    return ["\n".join(block) for block in blocks]


def steady_trend(prefix, samples, warmup_s):
    """A counter's first value after warm-up, its last, and its trend after warm-up, named with the prefix."""
    steady = [s for s in samples if s[0] >= warmup_s]
    return {f"{prefix}_after_warmup_mib": steady[0][1] if steady else None,
            f"{prefix}_end_mib": samples[-1][1] if samples else None,
            f"{prefix}_slope_after_warmup_mib_per_min": round(slope_per_minute(steady), 2)}


def slope_per_minute(points):
    """Least-squares slope of (seconds, value) points, per minute."""
    if len(points) < 2:
        return 0.0
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    spread = sum((x - mx) ** 2 for x in xs)
    return 0.0 if spread == 0 else 60 * sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / spread


def database_mib(data):
    return round(sum(f.stat().st_size for f in data.glob("hub.db*")) / 2**20, 1)


def published_gc_settings(hub_dir):
    """The GC settings the published hub's runtimeconfig.json carries."""
    config = json.loads((hub_dir / "CseaHub.Web.runtimeconfig.json").read_text())
    properties = config["runtimeOptions"]["configProperties"]
    return {k: v for k, v in properties.items() if k.startswith("System.GC.")}


def main():
    args = parse_args()
    work = Path(tempfile.mkdtemp(prefix="cseahub-soak-"))
    hub = None
    try:
        print("Publishing the hub in Release…", flush=True)
        run(["dotnet", "publish", str(ROOT / "src/CseaHub.Web"), "-c", "Release", "-r", "linux-x64", "--self-contained", "false",
             "-p:PublishReadyToRun=true", "-o", str(work / "hub")])
        env = dict(os.environ, CSEAHUB_DATA_DIR=str(work / "data"), Logging__LogLevel__Default="Warning", RateLimits__SearchPerMinute="0")
        if args.corpus:
            print(f"Copying the corpus {args.corpus}…", flush=True)
            shutil.copytree(args.corpus, work / "data")
        elif args.organisations or args.documents or args.findings:
            print(f"Generating {args.organisations} organisations, {args.documents} documents, {args.findings} findings…", flush=True)
            hub_command(work, env, "generate", "--organisations", str(args.organisations), "--documents", str(args.documents),
                        "--findings", str(args.findings))
        editor = staff_token(work, env, "soak-editor@bench.invalid", "Editor")
        reviewer = staff_token(work, env, "soak-reviewer@bench.invalid", "Reviewer")

        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log = (work / "hub.log").open("w")
        hub = subprocess.Popen(["dotnet", str(work / "hub/CseaHub.Web.dll"), "serve", "--urls", base], cwd=work, env=env,
                               stdout=log, stderr=subprocess.STDOUT)
        wait_for(base + "/organisations/council-of-europe")
        database_start = database_mib(work / "data")
        lua = work / "mix.lua"
        lua.write_text(MIX_LUA % ", ".join(f'"{p}"' for p in READ_PATHS))

        stop = threading.Event()
        writer, memory = Writer(base, editor, reviewer, stop), Memory(hub.pid, stop)
        counters = RuntimeCounters(hub.pid, work, args.minutes * 60)
        memory.start()
        writer.start()
        slices, started, heaps = [], time.monotonic(), {}
        print(f"Soaking for {args.minutes} minutes: wrk -c{args.connections} in {args.slice}-s slices, a publish every second…", flush=True)
        while time.monotonic() - started < args.minutes * 60:
            measured = wrk(base + "/", args.slice, args.threads, args.connections, str(lua))
            measured["at_s"] = round(time.monotonic() - started)
            slices.append(measured)
            if "after_warmup" not in heaps and measured["at_s"] >= args.warmup_minutes * 60:
                heaps["after_warmup"] = live_heap_mib(hub.pid, work, "after-warmup")
            print(f"  {measured['at_s']:>4} s: {measured['rps']:.0f} req/s, p50 {measured['p50_ms']:.1f} ms, p99 {measured['p99_ms']:.1f} ms, "
                  f"non-2xx {measured['non_2xx']}, RSS {memory.samples[-1][1] if memory.samples else '?'} MiB, "
                  f"writes {writer.started} ({len(writer.failures)} failed, {writer.skipped} skipped)", flush=True)
        stop.set()
        writer.join(timeout=60)
        memory.join(timeout=10)
        counter_series = counters.series()
        heaps["end"] = live_heap_mib(hub.pid, work, "end")
        peak_rss_mib = (resident_mib(hub.pid) or {}).get("peak_rss")
        hub.send_signal(signal.SIGTERM)
        hub.wait(timeout=30)
        log.close()
        logged = (work / "hub.log").read_text(errors="replace").splitlines()
        logged_errors = error_blocks(logged)

        warmup_s = args.warmup_minutes * 60
        memory_samples, runtime = counter_figures(counter_series, warmup_s)
        steady = [s for s in memory.samples if s[0] >= warmup_s]
        after = [s for s in slices if s["at_s"] - args.slice >= warmup_s] or slices
        third = max(1, len(after) // 3)
        commit = run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT).stdout.strip()
        report = {
            "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "commit": commit,
            "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
            "settings": {**vars(args), "corpus": str(args.corpus) if args.corpus else None},
            # Runtime settings given from outside (a GC mode, glibc's allocator), so runs side by side say what differed.
            "runtime_environment": {k: v for k, v in os.environ.items() if k.startswith(RUNTIME_SETTINGS)},
            # ... and those the build itself sets (the project's GC settings), which the environment may override.
            "runtime_config": published_gc_settings(work / "hub"),
            "reads": {
                "requests": round(sum(s["rps"] * args.slice for s in slices)),
                "non_2xx": sum(s["non_2xx"] for s in slices),
                "socket_errors": [s["socket_errors"] for s in slices if s["socket_errors"]],
                "first_third_after_warmup": {k: statistics.median(s[k] for s in after[:third]) for k in ("rps", "p50_ms", "p99_ms")},
                "last_third": {k: statistics.median(s[k] for s in after[-third:]) for k in ("rps", "p50_ms", "p99_ms")},
                "slices": slices,
            },
            "writes": {
                "started": writer.started,
                "skipped": writer.skipped,
                "failures": writer.failures,
                "visible_p50_s": round(statistics.median(writer.visible_s), 3) if writer.visible_s else None,
                "visible_max_s": round(max(writer.visible_s), 3) if writer.visible_s else None,
                "cycle_p50_s": round(statistics.median(writer.cycle_s), 3) if writer.cycle_s else None,
                "cycle_max_s": round(max(writer.cycle_s), 3) if writer.cycle_s else None,
            },
            "hub_errors_logged": len(logged_errors),
            "hub_error_lines": logged_errors[:20],
            "memory": {
                "rss_after_warmup_mib": steady[0][1] if steady else None,
                "rss_end_mib": memory.samples[-1][1] if memory.samples else None,
                "rss_max_after_warmup_mib": max(s[1] for s in steady) if steady else None,
                "slope_after_warmup_mib_per_min": round(slope_per_minute(steady), 2),
                # Anonymous pages are what the process itself allocated; the rest of RSS is mapped files (index, code).
                "anonymous_after_warmup_mib": steady[0][2] if steady else None,
                "anonymous_end_mib": memory.samples[-1][2] if memory.samples else None,
                "anonymous_slope_after_warmup_mib_per_min": round(slope_per_minute([(t, a) for t, _, a, _ in steady]), 2),
                "file_mapped_end_mib": memory.samples[-1][3] if memory.samples else None,
                "peak_rss_mib": peak_rss_mib,
                **steady_trend("gc_committed", memory_samples[COMMITTED], warmup_s),
                "gc_committed_samples": memory_samples[COMMITTED],
                # Native memory from glibc's malloc (the hub's CseaHub.Malloc meter): what is in use, what it keeps freed.
                **steady_trend("malloc_allocated", memory_samples[MALLOC_ALLOCATED], warmup_s),
                **steady_trend("malloc_free", memory_samples[MALLOC_FREE], warmup_s),
                "live_heap_after_warmup_mib": heaps.get("after_warmup"),
                "live_heap_end_mib": heaps.get("end"),
                "samples": memory.samples,
            },
            "database_mib": {"start": database_start, "end": database_mib(work / "data")},
            "runtime": runtime,
        }
        write_reports(report)
    finally:
        if hub and hub.poll() is None:
            hub.kill()
        shutil.rmtree(work, ignore_errors=True)


def write_reports(report):
    results = BENCH / "results"
    results.mkdir(exist_ok=True)
    label = report["settings"]["label"]
    stem = f"soak-{report['date'][:10]}-{report['commit']}" + (f"-{label}" if label else "")
    (results / f"{stem}.json").write_text(json.dumps(report, indent=2))
    r, w, m = report["reads"], report["writes"], report["memory"]
    s = report["settings"]
    lines = [
        f"# Soak {report['date']} ({report['commit']})",
        "",
        f"{s['minutes']} min, wrk -t{s['threads']} -c{s['connections']} over {len(READ_PATHS)} URLs (one request in four distinct), "
        f"a publish every second; corpus: "
        + (f"a copy of {s['corpus']}" if s["corpus"] else f"bundled + {s['organisations']} organisations, {s['documents']} documents, {s['findings']} findings")
        + f"; warm-up {s['warmup_minutes']} min; {report['machine']['cpus']} CPUs"
        + "".join(f"; {k}={v}" for k, v in report["runtime_environment"].items())
        + "".join(f"; {k}={v} (runtimeconfig)" for k, v in report["runtime_config"].items()) + ".",
        "",
        "| | figure |",
        "|---|---|",
        f"| read requests | {r['requests']:,} |",
        f"| read errors (non-2xx/3xx, socket) | {r['non_2xx']} / {len(r['socket_errors'])} slices with socket errors |",
        f"| writes published | {w['started'] - len(w['failures'])} of {w['started']} started ({len(w['failures'])} failed; "
        f"{w['skipped']} seconds skipped: that file's previous edit still running) |",
        f"| write visible on the public page | p50 {w['visible_p50_s']} s, max {w['visible_max_s']} s |",
        f"| write cycle (GET, PUT, submit, publish) | p50 {w['cycle_p50_s']} s, max {w['cycle_max_s']} s |",
        f"| errors in the hub's log | {report['hub_errors_logged']} |",
        f"| reads after warm-up, first third → last third | {r['first_third_after_warmup']['rps']:.0f} → {r['last_third']['rps']:.0f} req/s; "
        f"p50 {r['first_third_after_warmup']['p50_ms']:.1f} → {r['last_third']['p50_ms']:.1f} ms; "
        f"p99 {r['first_third_after_warmup']['p99_ms']:.1f} → {r['last_third']['p99_ms']:.1f} ms |",
        f"| RSS after warm-up → end (max after warm-up) | {m['rss_after_warmup_mib']} → {m['rss_end_mib']} MiB ({m['rss_max_after_warmup_mib']} MiB) |",
        f"| RSS trend after warm-up | {m['slope_after_warmup_mib_per_min']:+.2f} MiB/min |",
        f"| of which anonymous (heaps), after warm-up → end | {m['anonymous_after_warmup_mib']} → {m['anonymous_end_mib']} MiB, "
        f"trend {m['anonymous_slope_after_warmup_mib_per_min']:+.2f} MiB/min; file-mapped (index, code) at the end: {m['file_mapped_end_mib']} MiB |",
        f"| of which the GC's committed memory, after warm-up → end | {m['gc_committed_after_warmup_mib']} → {m['gc_committed_end_mib']} MiB, "
        f"trend {m['gc_committed_slope_after_warmup_mib_per_min']:+.2f} MiB/min |",
        f"| glibc's malloc: allocated, after warm-up → end | {m['malloc_allocated_after_warmup_mib']} → {m['malloc_allocated_end_mib']} MiB, "
        f"trend {m['malloc_allocated_slope_after_warmup_mib_per_min']:+.2f} MiB/min |",
        f"| glibc's malloc: held free, after warm-up → end | {m['malloc_free_after_warmup_mib']} → {m['malloc_free_end_mib']} MiB, "
        f"trend {m['malloc_free_slope_after_warmup_mib_per_min']:+.2f} MiB/min |",
        f"| peak RSS | {m['peak_rss_mib']} MiB |",
        f"| live managed heap after a full GC, after warm-up → end | {m['live_heap_after_warmup_mib']} → {m['live_heap_end_mib']} MiB |",
        f"| database | {report['database_mib']['start']} → {report['database_mib']['end']} MiB |",
        "",
        "| at (s) | req/s | p50 ms | p99 ms | non-2xx |",
        "|---|---|---|---|---|",
        *[f"| {x['at_s']} | {x['rps']:.0f} | {x['p50_ms']:.1f} | {x['p99_ms']:.1f} | {x['non_2xx']} |" for x in r["slices"]],
    ]
    lines += runtime_lines(report["runtime"])
    if w["failures"] or report["hub_error_lines"]:
        lines += ["", "## Failures", "", *[f"- {f}" for f in w["failures"][:20]],
                  *[f"\n```\n{e}\n```" for e in report["hub_error_lines"]]]
    text = "\n".join(lines) + "\n"
    (results / f"{stem}.md").write_text(text)
    print(text)


def runtime_lines(runtime):
    """The counters' part of the Markdown summary (empty without dotnet-counters)."""
    lines = []
    if runtime["heap_by_generation_mib"]:
        generations = runtime["heap_by_generation_mib"]
        collections = ", ".join(f"{g} {n:,}" for g, n in sorted(runtime["collections_after_warmup"].items())) or "not sampled"
        lines += ["", "GC heap after each collection by generation, MiB (median of the first → last third after warm-up); "
                  f"collections after warm-up: {collections}.",
                  "", "| " + " | ".join(sorted(generations)) + " |", "|" + "---|" * len(generations),
                  "| " + " | ".join(" → ".join(str(v) for v in generations[g]) for g in sorted(generations)) + " |"]
    if runtime["routes"]:
        lines += ["", "Request duration by route (successful answers; median over the first → last third after warm-up), slowed most first:",
                  "", "| route | p50 ms | p99 ms |", "|---|---|---|",
                  *[f"| {r['method']} {r['route']} | {r['p50_ms'][0]} → {r['p50_ms'][1]} | {r['p99_ms'][0]} → {r['p99_ms'][1]} |"
                    for r in runtime["routes"]]]
    return lines


if __name__ == "__main__":
    sys.exit(main())
