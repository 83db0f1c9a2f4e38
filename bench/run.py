#!/usr/bin/env python3
"""CseaHub benchmark: the hub beside a bare ASP.NET Core endpoint and nginx serving the same bytes.

For each measured URL the hub's response is captured once, then served from memory by a bare endpoint
(WebApplication.CreateSlimBuilder, no logging: the framework's ceiling) and as a static file by nginx (the machine's
ceiling). wrk measures the three side by side on loopback: a warm-up, then alternating runs, and the median is
reported with the ratios hub/bare and hub/nginx. It never fails on a figure: it reports. Results go to
bench/results/<date>-<commit>.json and .md, and bench/results/latest.md.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import NamedTuple

from memory import PeakMemory, resident_mib

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
class Target(NamedTuple):
    """A measured URL. A distinct target adds a unique throwaway parameter to every request (see DISTINCT_LUA), so the
    hub's output cache never answers and each request runs the search itself, or renders the page as it does the first
    time after a change ("first render"). An encoded target is asked for as a browser asks (Accept-Encoding), and the
    bare endpoint and nginx send the same compressed bytes with the same Content-Encoding."""
    name: str
    path: str
    distinct: bool = False
    encoding: str | None = None


TARGETS = [
    Target("profile", "/organisations/council-of-europe"),
    Target("profile-br", "/organisations/council-of-europe", encoding="br"),
    Target("profile-first-render", "/organisations/council-of-europe", distinct=True),
    Target("directory-filtered", "/organisations?audience=law-enforcement&country=FR"),
    Target("directory", "/organisations"),
    Target("directory-br", "/organisations", encoding="br"),
    Target("directory-first-render", "/organisations?country=FR", distinct=True),
    Target("library-first-render", "/library", distinct=True),
    Target("api-list", "/api/v1/organisations?pageSize=20"),
    Target("api-item", "/api/v1/organisations/council-of-europe"),
    Target("instrument", "/instruments/budapest-convention"),
    Target("instrument-br", "/instruments/budapest-convention", encoding="br"),
    Target("instrument-first-render", "/instruments/budapest-convention", distinct=True),
    Target("instrument-first-render-br", "/instruments/budapest-convention", distinct=True, encoding="br"),
    Target("country", "/countries/fr"),
    Target("country-br", "/countries/fr", encoding="br"),
    Target("country-first-render", "/countries/fr", distinct=True),
    Target("search-page", "/search?q=grooming"),
    Target("search-page-br", "/search?q=grooming", encoding="br"),
    Target("search-api", "/api/v1/search?q=child+sexual+abuse+material"),
    Target("search-api-distinct", "/api/v1/search?q=child+sexual+abuse+material", distinct=True),
    Target("search-page-distinct", "/search?q=grooming", distinct=True),
    Target("cooperation-api", "/api/v1/cooperation?from=FR&to=RO&measure=subscriber-info&date=2026-11-28"),
    Target("cooperation-page", "/cooperation?from=FR&to=RO&measure=subscriber-info&date=2026-11-28"),
    Target("cooperation-grid", "/cooperation/grid?from=FR&region=eu&date=2026-11-28"),
]

# Each wrk thread gets its own id, so "id-counter" never repeats across threads.
NUMBERED_REQUESTS_LUA = """
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end
local counter = 0
"""

DISTINCT_LUA = NUMBERED_REQUESTS_LUA + """
function request()
  counter = counter + 1
  local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. separator .. "distinct=" .. id .. "-" .. counter)
end
"""

# The in-process benchmark's query mix (SearchBench), over HTTP: every request a different search (query, language,
# country filter, page) and never answered from the cache.
MIXED_QUERIES = ["grooming", "child sexual abuse material", "subscriber information", "mutual assistance extradition", "CETS 450",
                 "sollicitation enfant", "données trafic", "emergency disclosure registrar", '"service provider"', "groming",
                 "victim identification", "preservaton", "online exploitation evidence", "entraide judiciaire", "hotline report police"]
MIXED_LUA = NUMBERED_REQUESTS_LUA + """
local queries = {%s}
local countries = {"FR", "DE", "IT", "ES", "RO"}
function request()
  counter = counter + 1
  local path = "/api/v1/search?q=" .. queries[counter %% #queries + 1] .. "&lang=" .. (counter %% 2 == 0 and "en" or "fr")
    .. "&page=" .. (counter %% 3 + 1) .. "&distinct=" .. id .. "-" .. counter
  if counter %% 4 == 0 then path = path .. "&country=" .. countries[counter %% #countries + 1] end
  return wrk.format(nil, path)
end
""" % ", ".join('"%s"' % urllib.parse.quote_plus(q) for q in MIXED_QUERIES)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=int(os.environ.get("BENCH_DURATION", 10)), help="seconds per wrk run")
    parser.add_argument("--warmup", type=int, default=int(os.environ.get("BENCH_WARMUP", 10)), help="warm-up seconds per server and URL")
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", 3)), help="alternating runs per URL")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--organisations", type=int, default=int(os.environ.get("BENCH_ORGANISATIONS", 20000)),
                        help="synthetic organisations added to the bundled dataset")
    parser.add_argument("--documents", type=int, default=int(os.environ.get("BENCH_DOCUMENTS", 100000)),
                        help="synthetic library documents added to the bundled dataset")
    parser.add_argument("--findings", type=int, default=int(os.environ.get("BENCH_FINDINGS", 50000)),
                        help="synthetic monitoring findings added to the bundled dataset (all three 0: the bundled dataset alone)")
    parser.add_argument("--no-import", action="store_true", help="skip the export and import of the whole corpus")
    parser.add_argument("--queries", type=int, default=2000, help="queries for the in-process search benchmark")
    return parser.parse_args()


def run(cmd, **kwargs):
    done = subprocess.run(cmd, text=True, capture_output=True, **kwargs)
    if done.returncode != 0:
        # What failed and why, not only the exit code: the output was captured.
        sys.stderr.write(done.stdout[-4000:] + done.stderr[-4000:])
        done.check_returncode()
    return done


def wait_for(url, timeout=90):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except Exception:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout}s")


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wrk(url, duration, threads, connections, script=None, encoding=None):
    options = [*(["-s", script] if script else []), *(["-H", f"Accept-Encoding: {encoding}"] if encoding else [])]
    out = run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", *options, url]).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    def latency(p):
        m = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    return {"rps": rps, "p50_ms": latency(50), "p99_ms": latency(99),
            "non_2xx": int(errors.group(1)) if errors else 0,
            "socket_errors": socket_errors.group(1) if socket_errors else ""}


def timed(cmd, cwd, env):
    """Runs a hub command under /usr/bin/time: its wall time in seconds, peak RSS in MiB, and last line of output."""
    done = subprocess.run(["/usr/bin/time", "-f", "%e %M", *cmd], cwd=cwd, env=env, check=True, text=True, capture_output=True)
    seconds, peak_kb = done.stderr.strip().splitlines()[-1].split()
    return {"seconds": float(seconds), "peak_rss_mib": round(int(peak_kb) / 1024, 1), "output": done.stdout.strip().splitlines()[-1]}


def measure_export_and_import(work, env):
    """Exports the whole corpus (professionals-only records too) as JSON in the dataset's layout, then imports and
    publishes it into an empty hub: the bulk path an administrator restores a backup with."""
    print("Export of the whole corpus, then its import into an empty hub…", flush=True)
    hub = ["dotnet", str(work / "hub/CseaHub.Web.dll")]
    exported = work / "export"
    export = timed([*hub, "export", "--out", str(exported), "--include-professionals"], work, env)
    files = [f for f in exported.rglob("*.json")]
    export["files"] = len(files)
    export["mib"] = round(sum(f.stat().st_size for f in files) / 2**20, 1)
    imported = timed([*hub, "import", str(exported), "--publish"], work, dict(env, CSEAHUB_DATA_DIR=str(work / "imported")))
    shutil.rmtree(exported, ignore_errors=True)
    shutil.rmtree(work / "imported", ignore_errors=True)
    return {"export": export, "import": imported}


def main():
    args = parse_args()
    work = Path(tempfile.mkdtemp(prefix="cseahub-bench-"))
    work.chmod(0o755)  # nginx workers run as an unprivileged user and must read the payloads
    processes = []
    try:
        print("Building the hub and the bare endpoint in Release…", flush=True)
        # As docs/deployment.md publishes it: ReadyToRun, so the cold start measures the hub, not the JIT.
        run(["dotnet", "publish", str(ROOT / "src/CseaHub.Web"), "-c", "Release", "-r", "linux-x64", "--self-contained", "false",
             "-p:PublishReadyToRun=true", "-o", str(work / "hub")])
        run(["dotnet", "publish", str(BENCH / "BareEndpoint"), "-c", "Release", "-o", str(work / "bare")])

        hub_port, bare_port, nginx_port = free_port(), free_port(), free_port()
        # The search API's per-address limit would refuse wrk's single address within the first second: off for the benchmark.
        env = dict(os.environ, CSEAHUB_DATA_DIR=str(work / "data"), Logging__LogLevel__Default="Warning", RateLimits__SearchPerMinute="0")
        corpus = {"synthetic_organisations": args.organisations, "synthetic_documents": args.documents, "synthetic_findings": args.findings}
        if args.organisations or args.documents or args.findings:
            print(f"Generating {args.organisations} organisations, {args.documents} documents and {args.findings} findings, then the index…", flush=True)
            started = time.time()
            generated = subprocess.run(["/usr/bin/time", "-f", "%M", "dotnet", str(work / "hub/CseaHub.Web.dll"), "generate",
                                        "--organisations", str(args.organisations), "--documents", str(args.documents),
                                        "--findings", str(args.findings)], cwd=work, env=env, check=True, text=True, capture_output=True)
            corpus["generate_and_index_s"] = round(time.time() - started, 1)
            corpus["generate_output"] = generated.stdout.strip().splitlines()[-1]
            corpus["generate_peak_rss_mib"] = round(int(generated.stderr.strip().splitlines()[-1]) / 1024, 1)
        started = time.time()
        hub = subprocess.Popen(["dotnet", str(work / "hub/CseaHub.Web.dll"), "serve", "--urls", f"http://127.0.0.1:{hub_port}"],
                               cwd=work, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        processes.append(hub)
        hub_memory = PeakMemory(hub.pid)
        hub_memory.start()
        wait_for(f"http://127.0.0.1:{hub_port}/organisations/council-of-europe")
        cold_start_s = time.time() - started

        lua = work / "distinct.lua"
        lua.write_text(DISTINCT_LUA)

        payloads = work / "payloads"
        payloads.mkdir()
        transferred = {}
        for name, path, _, encoding in TARGETS:
            asked = urllib.request.Request(f"http://127.0.0.1:{hub_port}{path}", headers={"Accept-Encoding": encoding} if encoding else {})
            with urllib.request.urlopen(asked) as response:
                (payloads / f"{name}.body").write_bytes(response.read())
                (payloads / f"{name}.type").write_text(response.headers["Content-Type"])
                if encoding:
                    (payloads / f"{name}.encoding").write_text(response.headers.get("Content-Encoding", "identity"))
            # What a browser receives (wrk asks for no encoding, so the three servers send the same bytes).
            request = urllib.request.Request(f"http://127.0.0.1:{hub_port}{path}", headers={"Accept-Encoding": "br, gzip"})
            with urllib.request.urlopen(request) as response:
                transferred[name] = {"bytes": len(response.read()), "encoding": response.headers.get("Content-Encoding", "identity")}

        bare = subprocess.Popen(["dotnet", str(work / "bare/BareEndpoint.dll"), str(payloads), f"http://127.0.0.1:{bare_port}"],
                                cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        processes.append(bare)
        wait_for(f"http://127.0.0.1:{bare_port}/{TARGETS[0].name}")

        nginx_conf = work / "nginx.conf"
        types = "\n".join(f"location = /{t.name} {{ default_type \"{(payloads / f'{t.name}.type').read_text()}\"; "
                          + (f"add_header Content-Encoding {(payloads / f'{t.name}.encoding').read_text()}; " if t.encoding else "")
                          + f"try_files /{t.name}.body =404; }}" for t in TARGETS)
        nginx_conf.write_text(f"""
worker_processes 2;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  server {{
    listen 127.0.0.1:{nginx_port};
    root {payloads};
    {types}
  }}
}}
""")
        nginx = subprocess.Popen(["nginx", "-c", str(nginx_conf), "-p", str(work), "-g", "daemon off;"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        processes.append(nginx)
        wait_for(f"http://127.0.0.1:{nginx_port}/{TARGETS[0].name}")

        servers = {
            "hub": lambda name, path: f"http://127.0.0.1:{hub_port}{path}",
            "bare": lambda name, path: f"http://127.0.0.1:{bare_port}/{name}",
            "nginx": lambda name, path: f"http://127.0.0.1:{nginx_port}/{name}",
        }
        results = {}
        for name, path, distinct, encoding in TARGETS:
            script = str(lua) if distinct else None
            print(f"== {name} ({path}{', distinct requests' if distinct else ''}{f', Accept-Encoding: {encoding}' if encoding else ''}), "
                  f"{len((payloads / f'{name}.body').read_bytes())} bytes", flush=True)
            for server, url in servers.items():
                wrk(url(name, path), args.warmup, args.threads, args.connections, script, encoding)
            runs = {server: [] for server in servers}
            for _ in range(args.runs):
                for server, url in servers.items():
                    runs[server].append(wrk(url(name, path), args.duration, args.threads, args.connections, script, encoding))
            summary = {}
            for server, measured in runs.items():
                summary[server] = {
                    "rps": statistics.median(r["rps"] for r in measured),
                    "p50_ms": statistics.median(r["p50_ms"] for r in measured),
                    "p99_ms": statistics.median(r["p99_ms"] for r in measured),
                    "non_2xx": sum(r["non_2xx"] for r in measured),
                    "runs": measured,
                }
            summary["hub_vs_bare"] = summary["hub"]["rps"] / summary["bare"]["rps"]
            summary["hub_vs_nginx"] = summary["hub"]["rps"] / summary["nginx"]["rps"]
            summary["bytes"] = len((payloads / f"{name}.body").read_bytes())
            summary["transferred"] = transferred[name]
            if encoding:
                summary["encoding"] = (payloads / f"{name}.encoding").read_text()
            results[name] = summary
            print(f"   hub {summary['hub']['rps']:.0f} rps, bare {summary['bare']['rps']:.0f}, nginx {summary['nginx']['rps']:.0f}; "
                  f"hub/bare {summary['hub_vs_bare']:.2f}, hub/nginx {summary['hub_vs_nginx']:.2f}", flush=True)

        mixed_lua = work / "mixed.lua"
        mixed_lua.write_text(MIXED_LUA)
        print("== search API, mixed distinct queries", flush=True)
        hub_url = f"http://127.0.0.1:{hub_port}/"
        wrk(hub_url, args.warmup, args.threads, args.connections, str(mixed_lua))
        mixed = wrk(hub_url, args.duration * args.runs, args.threads, args.connections, str(mixed_lua))
        mixed["requests"] = round(mixed["rps"] * args.duration * args.runs)

        hub_peak_rss_mib = (resident_mib(hub.pid) or {}).get("peak_rss")
        hub_peak_by_kind = hub_memory.finish()
        # Measured last, when the hub has certainly finished any index build of its own.
        corpus["index_mib"] = round(sum(f.stat().st_size for f in (work / "data/index").glob("*")) / 2**20, 1)
        exchange = None if args.no_import else measure_export_and_import(work, env)
        print("In-process search benchmark…", flush=True)
        in_process = json.loads(run(["dotnet", "run", "-c", "Release", "--project", str(BENCH / "SearchBench"), "--",
                                     str(max(args.documents, 1000)), str(args.queries)]).stdout.strip().splitlines()[-1])

        commit = run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT).stdout.strip()
        report = {
            "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "commit": commit,
            "machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                        "memory_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)},
            "settings": vars(args),
            "corpus": corpus,
            "cold_start_to_first_page_s": round(cold_start_s, 2),
            "hub_peak_rss_mib": hub_peak_rss_mib,
            # Sampled every 0.5 s, each kind's own peak: anonymous (heaps) and file-mapped (index, code) pages.
            "hub_peak_resident_by_kind_mib": hub_peak_by_kind,
            "search_in_process": in_process,
            "search_api_mixed": mixed,
            "exchange": exchange,
            "results": results,
        }
        write_reports(report)
    finally:
        for process in reversed(processes):
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(work, ignore_errors=True)


def exchange_lines(exchange):
    if not exchange:
        return []
    e, i = exchange["export"], exchange["import"]
    return [f"Export of the whole corpus (JSON, dataset layout, {e['files']} files, {e['mib']} MiB): {e['seconds']} s, peak RSS {e['peak_rss_mib']} MiB. "
            f"Import and publish of that export into an empty hub: {i['seconds']} s, peak RSS {i['peak_rss_mib']} MiB ({i['output']}).", ""]


def write_reports(report):
    stem = f"{report['date'][:10]}-{report['commit']}"
    results = BENCH / "results"
    results.mkdir(exist_ok=True)
    (results / f"{stem}.json").write_text(json.dumps(report, indent=2) + "\n")
    s, c, p, m = report["settings"], report["corpus"], report["search_in_process"], report["search_api_mixed"]
    lines = [
        f"# Benchmark {report['date']} (commit {report['commit']})", "",
        f"Machine: {report['machine']['cpus']} CPUs, {report['machine']['memory_gib']} GiB, {report['machine']['platform']}. "
        f"wrk -t{s['threads']} -c{s['connections']}, {s['warmup']} s warm-up then median of {s['runs']} alternating runs of {s['duration']} s.",
        "", f"Corpus: bundled dataset + {c['synthetic_organisations']} synthetic organisations, {c['synthetic_documents']} documents, "
        f"{c['synthetic_findings']} findings"
        + (f" (generated and indexed in {c['generate_and_index_s']} s, peak RSS {c['generate_peak_rss_mib']} MiB: {c['generate_output']})" if 'generate_output' in c else "")
        + f"; index {c['index_mib']} MiB.",
        "", f"Cold start to first profile page (existing index): {report['cold_start_to_first_page_s']} s. Hub peak RSS: {report['hub_peak_rss_mib']} MiB "
        f"(each kind's own peak: anonymous {report['hub_peak_resident_by_kind_mib'].get('anonymous')} MiB, "
        f"file-mapped {report['hub_peak_resident_by_kind_mib'].get('file')} MiB).", "",
        f"Search in-process ({p['documents']} synthetic entries, {p['editsAfterBuild']} edits after the build, {p['segments']} segments, "
        f"{p['queries']} mixed queries): p50 {p['p50Ms']} ms, p99 {p['p99Ms']} ms, max {p['maxMs']} ms; build {p['buildSeconds']} s, {p['indexMiB']} MiB.", "",
        f"Search API over HTTP, the same query mix, every request distinct (no cache), wrk -c{s['connections']}: "
        f"{m['requests']} requests, {m['rps']:.0f} req/s, p50 {m['p50_ms']:.1f} ms, p99 {m['p99_ms']:.1f} ms, non-2xx {m['non_2xx']}.", "",
        *exchange_lines(report.get("exchange")),
        "| URL | bytes | to a browser | hub req/s | hub p50 / p99 ms | bare req/s | nginx req/s | hub / bare | hub / nginx | non-2xx |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for (name, path, distinct, encoding) in TARGETS:
        r = report["results"][name]
        t = r.get("transferred", {"bytes": r["bytes"], "encoding": "identity"})
        labels = [*(["distinct"] if distinct else []), *([f"sent {r['encoding']}"] if encoding else [])]
        asked = f" ({', '.join(labels)})" if labels else ""
        lines.append(f"| `{path}`{asked} | {r['bytes']} | {t['bytes']} {t['encoding']} | {r['hub']['rps']:.0f} | {r['hub']['p50_ms']:.2f} / {r['hub']['p99_ms']:.2f} | "
                     f"{r['bare']['rps']:.0f} | {r['nginx']['rps']:.0f} | **{r['hub_vs_bare']:.2f}** | {r['hub_vs_nginx']:.2f} | {r['hub']['non_2xx']} |")
    text = "\n".join(lines) + "\n"
    (results / f"{stem}.md").write_text(text)
    (results / "latest.md").write_text(text)
    print(text)


if __name__ == "__main__":
    sys.exit(main())
