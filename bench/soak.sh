#!/usr/bin/env bash
# Soak test: mixed reads and a publish every second for 10 minutes, reporting errors, drift and memory growth. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")"
. ./debian-packages.sh
install_missing wrk
exec python3 soak.py "$@"
