#!/usr/bin/env bash
# Statement import (issue 13): the admin import of a generated 10 000-line GPC statement through the running site —
# upload (parse + match + store the draft) and booking (background, 250 lines per transaction) — ADR 0032.
# Publishes the site in Release, starts it on a fresh data folder (SQLite) in Development, runs
# bench/StatementImportBench.   Usage: bash bench/statement-import.sh [lines]     Results: docs/benchmarks.md.
# BENCH_APP_DIR=src/Pelhrimov.Web/bin/Debug/net10.0 runs an existing build output instead of publishing.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${BENCH_PORT:-5933}"
WORK="$(mktemp -d /tmp/pelhrimov-statements.XXXXXX)"
ADMIN_EMAIL="bench@example.cz"
ADMIN_PASSWORD="Bench-Heslo-$(date +%s)-Pelhrimov!"
APP_PID=""
cleanup() {
    local status=$?
    [[ $status -ne 0 && -f "$WORK/app.log" ]] && tail -n 40 "$WORK/app.log" >&2
    [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

if [[ -n "${BENCH_APP_DIR:-}" ]]; then
    APP_DIR="$(cd "$BENCH_APP_DIR" && pwd)"
else
    APP_DIR="$WORK/app"
    dotnet publish "$REPO/src/Pelhrimov.Web" -c Release -o "$APP_DIR" -v q >/dev/null
fi
dotnet build "$REPO/bench/StatementImportBench" -c Release -o "$WORK/bench" -v q >/dev/null
( cd "$APP_DIR" && ASPNETCORE_ENVIRONMENT=Development App__DataPath="$WORK/data" Logging__LogLevel__Default=Warning \
    Admin__Email="$ADMIN_EMAIL" Admin__Password="$ADMIN_PASSWORD" \
    exec dotnet Pelhrimov.Web.dll --urls "http://127.0.0.1:$PORT" >"$WORK/app.log" 2>&1 ) &
APP_PID=$!
for _ in $(seq 1 1200); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/health" && break; sleep 0.5; done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); database: SQLite"
dotnet "$WORK/bench/StatementImportBench.dll" "http://127.0.0.1:$PORT" "$ADMIN_EMAIL" "$ADMIN_PASSWORD" "${1:-10000}"
