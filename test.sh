#!/usr/bin/env bash
# Runs every test of the hub: a dependency check, unit tests, the integration suite against SQLite and against a
# throwaway PostgreSQL server that this script starts (and stops), then the browser tests in Debian's Chromium.
# Needs the .NET SDK, and the Debian packages postgresql, chromium and python3, which it installs when missing (as
# root). Ends with a line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

configuration="${CONFIGURATION:-Release}"
results="$(mktemp -d)"
touch "$results/failures.txt"
passed=0
failed=0
failures=()
status=0

run_suite() { # name, project, extra environment...
  local name="$1" project="$2"; shift 2
  local log="$results/$name.log"
  echo "== $name"
  env "$@" dotnet test "$project" -c "$configuration" --no-build 2>&1 | tee "$log"
  local code=${PIPESTATUS[0]}
  local suite_passed suite_failed
  suite_passed=$(grep -Eo 'succeeded: *[0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+' || echo 0)
  suite_failed=$(grep -Eo 'failed: *[0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+' || echo 0)
  # Named again at the end, where a CI log's tail shows them (a suite's own output scrolls them away).
  while IFS= read -r test; do
    failures+=("$name: $test")
  done < <(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -Eo '^ *failed [A-Za-z_][^ ]*' | sed 's/^ *failed //')
  # Each failure's message and first frames too: a CI log is often cut to its tail, and a failure that shows up once
  # in many runs must be diagnosable from that tail.
  sed 's/\x1b\[[0-9;]*m//g' "$log" | awk -v suite="$name" '
    /^ *failed [A-Za-z_]/ { left = 10; print "--- " suite ": " $0; next }
    !/^ / { left = 0 }
    left > 0 { print; left-- }' >> "$results/failures.txt"
  passed=$((passed + ${suite_passed:-0}))
  failed=$((failed + ${suite_failed:-0}))
  if [ "$code" -ne 0 ]; then
    status=1
    # A crashed run may report no count at all: never let it pass as zero failures.
    [ "${suite_failed:-0}" -eq 0 ] && failed=$((failed + 1))
  fi
}

pg_root=""
stop_postgres() {
  if [ -n "$pg_root" ]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_root/data" -m immediate stop >/dev/null 2>&1 \
      || "$pg_bin/pg_ctl" -D "$pg_root/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$pg_root"
  fi
  rm -rf "$results"
}
trap stop_postgres EXIT

start_postgres() {
  [ -n "$pg_bin" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)"; return 1; }
  pg_root="$(mktemp -d /tmp/cseahub-pg-XXXXXX)"
  local port="${CSEAHUB_PG_PORT:-55432}"
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$pg_root"
    as=(runuser -u postgres --)
  fi
  # An ICU collation, as production servers usually have, so ordering differences between providers show up here.
  "${as[@]}" "$pg_bin/initdb" -D "$pg_root/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --locale-provider=icu --icu-locale=en-US >/dev/null || return 1
  "${as[@]}" "$pg_bin/pg_ctl" -D "$pg_root/data" -l "$pg_root/server.log" \
    -o "-p $port -k $pg_root -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" -w start >/dev/null || return 1
  export CSEAHUB_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
}

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x "${CSEAHUB_CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing ${missing[*]} (Debian packages)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing Debian packages: ${missing[*]} (run: sudo apt-get install ${missing[*]})"
  fi
fi

pg_bin=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/initdb" ] && pg_bin="$candidate"
done

dotnet build CseaHub.slnx -c "$configuration" || exit 1

# Dependency hygiene: no known vulnerability, only permissive licences (see the script).
echo "== dependencies"
if ! python3 tools/check-dependencies.py; then
  status=1
  failed=$((failed + 1))
  failures+=("dependencies: a vulnerable package or a licence outside the list (see above)")
fi

run_suite unit tests/CseaHub.UnitTests
run_suite integration-sqlite tests/CseaHub.IntegrationTests CSEAHUB_TEST_POSTGRES=
if [ -n "${CSEAHUB_TEST_POSTGRES:-}" ] || start_postgres; then
  run_suite integration-postgres tests/CseaHub.IntegrationTests CSEAHUB_TEST_POSTGRES="$CSEAHUB_TEST_POSTGRES"
else
  echo "Could not start PostgreSQL: the PostgreSQL run of the integration suite is missing."
  status=1
  failed=$((failed + 1))
fi
run_suite browser tests/CseaHub.BrowserTests CSEAHUB_TEST_POSTGRES=

echo
if [ ${#failures[@]} -gt 0 ]; then
  echo "Failures in detail:"
  cut -c1-300 "$results/failures.txt"
  echo
  echo "Failed tests:"
  printf '  %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed"
exit $status
