#!/usr/bin/env bash
# Benchmark: the hub beside the same bytes served by a bare ASP.NET Core endpoint and by nginx. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")"
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { echo "Installing $tool"; apt-get install -y -qq "$tool" >/dev/null; }
done
exec python3 run.py "$@"
