#!/usr/bin/env bash
# Keeps a release's databases as fixtures for the upgrade test (tests/CseaHub.IntegrationTests/Data/UpgradeTests.cs).
# Builds the release from its git tag in a throwaway worktree and lets it make a SQLite database and a PostgreSQL one
# as an operator's would be: its bundled dataset loaded, an account added (password: the tests' TestAccounts.Password),
# its data-protection keys made by a first start. Writes them, compressed, to
# tests/CseaHub.IntegrationTests/Data/Releases/TAG/. Needs the .NET SDK and a PostgreSQL server, named as the tests name
# it: CSEAHUB_TEST_POSTGRES="Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres" (trust authentication).
#
#   tools/release-fixture.sh v0.6.0
set -euo pipefail

tag="${1:?usage: tools/release-fixture.sh TAG}"
server="${CSEAHUB_TEST_POSTGRES:?set CSEAHUB_TEST_POSTGRES to a PostgreSQL server connection string}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/tests/CseaHub.IntegrationTests/Data/Releases/$tag"
password="correct horse 42"
email="reader@release.example"
setting() { sed -E "s/(^|.*;)$1=([^;]*).*/\\2/" <<<"$server"; }
pg_host="$(setting Host)"
pg_port="$(setting Port)"
pg_user="$(setting Username)"
database="cseahub_release_fixture"

work="$(mktemp -d)"
cleanup() {
  git -C "$root" worktree remove --force "$work/source" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

git -C "$root" worktree add --detach "$work/source" "$tag" >/dev/null
dotnet build "$work/source/src/CseaHub.Web" -c Release -o "$work/bin" >/dev/null

release() { # data directory, then the command and its options
  local data="$1"; shift
  cd "$work" && CSEAHUB_DATA_DIR="$data" exec dotnet "$work/bin/CseaHub.Web.dll" "$@" --Dataset:Path="$work/source/data"
}

first_start() { # data directory, then host options: serve until the home page answers, then stop
  local data="$1"; shift
  local port
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  (release "$data" serve --urls "http://127.0.0.1:$port" "$@") >"$work/serve.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$port/" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if ! curl -fsS "http://127.0.0.1:$port/" >/dev/null; then
    cat "$work/serve.log" >&2
    exit 1
  fi
  kill "$pid"
  wait "$pid" || true
}

make_database() { # data directory, then host options
  local data="$1"; shift
  printf '%s\n' "$password" | (release "$data" users add --email "$email" --role Professional --organisation "Release fixture" "$@") >/dev/null
  first_start "$data" "$@"
}

mkdir -p "$out"

make_database "$work/sqlite"
# One file: what the release left in its write-ahead log goes into the database.
python3 -c 'import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute("PRAGMA wal_checkpoint(TRUNCATE)")' "$work/sqlite/hub.db"
gzip -9 -n -c "$work/sqlite/hub.db" >"$out/sqlite.db.gz"

pg=(-h "$pg_host" -p "$pg_port" -U "$pg_user")
psql "${pg[@]}" -d postgres -q -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"
make_database "$work/postgres" --Database:Provider=Postgres "--ConnectionStrings:Hub=Host=$pg_host;Port=$pg_port;Username=$pg_user;Database=$database"
pg_dump "${pg[@]}" -d "$database" --no-owner --no-privileges --inserts --rows-per-insert=200 | gzip -9 -n >"$out/postgres.sql.gz"
psql "${pg[@]}" -d postgres -q -c "DROP DATABASE $database"

printf 'Made by tools/release-fixture.sh %s from commit %s.\n' "$tag" "$(git -C "$root" rev-parse "$tag^{commit}")" >"$out/README.md"
ls -l "$out"
