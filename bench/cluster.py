#!/usr/bin/env python3
"""CseaHub cluster benchmark: one web node against two behind nginx, on SQLite and on PostgreSQL.

It publishes the hub in Release and starts a throwaway PostgreSQL server (Debian's postgresql, as the tests do). For
each provider it starts one node on a fresh database (the bundled dataset), puts nginx in front (round robin, keep-
alive), and measures a few URLs with wrk. Then it starts a second node on the same database, with a data directory
and index of its own, and measures again through the same nginx. CPU use of the machine over each run is read from
/proc/stat: on a 2-core machine, where wrk, nginx and the nodes share the cores, two nodes cannot go much faster than
one, and the CPU figure shows why. It reports and never fails on a figure. Results: bench/results/cluster-<date>-
<commit>.json and .md.
"""
import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import BENCH, DISTINCT_LUA, ROOT, free_port, run, wait_for, wrk

TARGETS = [
    ("profile", "/organisations/council-of-europe", False),
    ("directory", "/organisations", False),
    ("api-item", "/api/v1/organisations/council-of-europe", False),
    ("search-api", "/api/v1/search?q=child+sexual+abuse+material", False),
    ("search-api-distinct", "/api/v1/search?q=child+sexual+abuse+material", True),
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--warmup", type=int, default=5, help="warm-up seconds per URL")
    parser.add_argument("--runs", type=int, default=3, help="runs per URL (median reported)")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    return parser.parse_args()


def install_packages(*packages):
    """Debian packages, the package lists fetched first: a fresh machine has none yet."""
    print(f"Installing {' '.join(packages)} (Debian packages)", flush=True)
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    subprocess.run(["apt-get", "install", "-y", "-qq", *packages], check=True, stdout=subprocess.DEVNULL)


def ensure_tools():
    """wrk and nginx when missing, as run.sh installs them."""
    missing = [tool for tool in ("wrk", "nginx") if shutil.which(tool) is None]
    if missing:
        install_packages(*missing)


def cpu_times():
    fields = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]
    return sum(fields), idle


def measure(url, args, script):
    """The median of args.runs wrk runs, each with the machine's CPU use (percent of all cores) while it ran."""
    wrk(url, args.warmup, args.threads, args.connections, script)
    results = []
    for _ in range(args.runs):
        total_before, idle_before = cpu_times()
        result = wrk(url, args.duration, args.threads, args.connections, script)
        total_after, idle_after = cpu_times()
        result["cpu_percent"] = 100.0 * (1 - (idle_after - idle_before) / max(1, total_after - total_before))
        results.append(result)
    middle = sorted(results, key=lambda r: r["rps"])[len(results) // 2]
    return {**middle, "runs_rps": [r["rps"] for r in results]}


def start_postgres(work):
    binaries = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
    if not binaries:
        install_packages("postgresql")
        binaries = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
    pg_bin = binaries[-1]
    data = work / "pg"
    data.mkdir()
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if as_postgres:
        shutil.chown(data, "postgres")
    port = free_port()
    run([*as_postgres, str(pg_bin / "initdb"), "-D", str(data / "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"])
    run([*as_postgres, str(pg_bin / "pg_ctl"), "-D", str(data / "data"), "-l", str(data / "server.log"), "-w", "start",
         "-o", f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c max_connections=300"])
    stop = [*as_postgres, str(pg_bin / "pg_ctl"), "-D", str(data / "data"), "-m", "fast", "stop"]
    return f"Host=127.0.0.1;Port={port};Username=postgres;Database=cseahub", stop


def start_node(work, name, provider, connection_string):
    port = free_port()
    data_dir = work / name
    env = dict(os.environ, DataDirectory=str(data_dir), Database__Provider=provider, ConnectionStrings__Hub=connection_string,
               Logging__LogLevel__Default="Warning", RateLimits__SearchPerMinute="0")
    env.pop("CSEAHUB_DATA_DIR", None)
    process = subprocess.Popen(["dotnet", str(work / "hub" / "CseaHub.Web.dll"), "serve", "--urls", f"http://127.0.0.1:{port}"],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(f"http://127.0.0.1:{port}/health", timeout=180)
    return process, port


def start_nginx(work, ports):
    port = free_port()
    conf = work / f"nginx-{len(ports)}.conf"
    servers = "\n".join(f"    server 127.0.0.1:{p};" for p in ports)
    conf.write_text(f"""
worker_processes 1;
pid {work}/nginx-{len(ports)}.pid;
error_log {work}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  upstream hub {{
{servers}
    keepalive 64;
  }}
  server {{
    listen 127.0.0.1:{port};
    location / {{
      proxy_pass http://hub;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
    }}
  }}
}}
""")
    process = subprocess.Popen(["nginx", "-c", str(conf), "-p", str(work), "-g", "daemon off;"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(f"http://127.0.0.1:{port}/health")
    return process, port


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


def main():
    args = parse_args()
    ensure_tools()
    work = Path(tempfile.mkdtemp(prefix="cseahub-cluster-"))
    work.chmod(0o755)
    lua = work / "distinct.lua"
    lua.write_text(DISTINCT_LUA)
    processes, stop_postgres = [], None
    report = {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
              "commit": run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"]).stdout.strip(),
              "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
              "settings": vars(args), "providers": {}}
    try:
        print("Building the hub in Release…", flush=True)
        run(["dotnet", "publish", str(ROOT / "src/CseaHub.Web"), "-c", "Release", "-o", str(work / "hub")])
        postgres, stop_postgres = start_postgres(work)
        for provider, connection_string in (("Sqlite", f"Data Source={work / 'sqlite' / 'hub.db'}"), ("Postgres", postgres)):
            (work / "sqlite").mkdir(exist_ok=True)
            figures = report["providers"][provider] = {}
            nodes, ports = [], []
            for count in (1, 2):
                print(f"{provider}: starting node {count}…", flush=True)
                node, node_port = start_node(work, f"{provider.lower()}-node{count}", provider, connection_string)
                nodes.append(node)
                processes.append(node)
                ports.append(node_port)
                nginx, nginx_port = start_nginx(work, ports)
                processes.append(nginx)
                for name, path, distinct in TARGETS:
                    result = measure(f"http://127.0.0.1:{nginx_port}{path}", args, str(lua) if distinct else None)
                    figures.setdefault(name, {})[f"{count}_node"] = result
                    print(f"   {name}: {count} node(s) {result['rps']:.0f} req/s, p50 {result['p50_ms']:.2f} ms, "
                          f"p99 {result['p99_ms']:.2f} ms, CPU {result['cpu_percent']:.0f}%", flush=True)
                stop(nginx)
                processes.remove(nginx)
            for node in nodes:
                stop(node)
                processes.remove(node)
    finally:
        for process in processes:
            stop(process)
        if stop_postgres:
            subprocess.run(stop_postgres, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)
    write_reports(report)
    return 0


def write_reports(report):
    results = BENCH / "results"
    results.mkdir(exist_ok=True)
    stem = f"cluster-{report['date'][:10]}-{report['commit']}"
    (results / f"{stem}.json").write_text(json.dumps(report, indent=2) + "\n")
    s = report["settings"]
    lines = [f"# Cluster benchmark {report['date']} (commit {report['commit']})", "",
             f"Machine: {report['machine']['cpus']} CPUs, {report['machine']['platform']}. Bundled dataset. wrk -t{s['threads']} -c{s['connections']} "
             f"through nginx (round robin, keep-alive), {s['warmup']} s warm-up, median of {s['runs']} runs of {s['duration']} s. "
             "CPU: the whole machine's use during the run (wrk, nginx, the nodes and PostgreSQL share the cores).", "",
             "| URL | provider | 1 node req/s | p50 / p99 ms | CPU | 2 nodes req/s | p50 / p99 ms | CPU | 2 / 1 |",
             "|---|---|---|---|---|---|---|---|---|"]
    for name, _, distinct in TARGETS:
        for provider, figures in report["providers"].items():
            one, two = figures[name]["1_node"], figures[name]["2_node"]
            lines.append(f"| `{name}`{' (distinct)' if distinct else ''} | {provider} | {one['rps']:.0f} | {one['p50_ms']:.2f} / {one['p99_ms']:.2f} | "
                         f"{one['cpu_percent']:.0f}% | {two['rps']:.0f} | {two['p50_ms']:.2f} / {two['p99_ms']:.2f} | {two['cpu_percent']:.0f}% | "
                         f"**{two['rps'] / max(one['rps'], 1):.2f}** |")
    text = "\n".join(lines) + "\n"
    (results / f"{stem}.md").write_text(text)
    print(text)


if __name__ == "__main__":
    sys.exit(main())
