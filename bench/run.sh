#!/usr/bin/env bash
# Benchmark: the hub beside the same bytes served by a bare ASP.NET Core endpoint and by nginx. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")"
. ./debian-packages.sh
install_missing wrk nginx
exec python3 run.py "$@"
