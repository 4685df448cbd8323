#!/usr/bin/env bash
# Receivables (issue 13): API batch upsert throughput and /muj-portal/platby for a citizen with 200 receivables.
# Publishes the site in Release, starts it on a fresh data folder in Development (NIA simulator on, sample persons and
# receivables from App_Data.sample), runs bench/ReceivablesBench.
# Usage: [BENCH_APP_DIR=dir] bash bench/receivables.sh [batches of 1000] [page requests]     Results: docs/benchmarks.md, "Receivables".
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${BENCH_PORT:-5931}"
WORK="$(mktemp -d /tmp/pelhrimov-receivables.XXXXXX)"
ADMIN_EMAIL="bench@example.cz"
ADMIN_PASSWORD="Bench-Heslo-$(date +%s)-Pelhrimov!"
APP_PID=""
cleanup() { [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

# BENCH_APP_DIR=<folder with Pelhrimov.Web.dll> runs an existing publish instead of publishing again.
APP_DIR="${BENCH_APP_DIR:-$WORK/app}"
if [[ -z "${BENCH_APP_DIR:-}" ]]; then
    dotnet publish "$REPO/src/Pelhrimov.Web" -c Release -o "$APP_DIR" -v q >"$WORK/publish.log" 2>&1 || { tail -20 "$WORK/publish.log"; exit 1; }
fi
dotnet build "$REPO/bench/ReceivablesBench" -c Release -o "$WORK/bench" -v q >"$WORK/build.log" 2>&1 || { tail -20 "$WORK/build.log"; exit 1; }
( cd "$APP_DIR" && ASPNETCORE_ENVIRONMENT=Development App__DataPath="$WORK/data" Logging__LogLevel__Default=Warning \
    Admin__Email="$ADMIN_EMAIL" Admin__Password="$ADMIN_PASSWORD" \
    exec dotnet Pelhrimov.Web.dll --urls "http://127.0.0.1:$PORT" >"$WORK/app.log" 2>&1 ) &
APP_PID=$!
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/health" && break; sleep 0.5; done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$WORK/bench/ReceivablesBench.dll" "http://127.0.0.1:$PORT" "$ADMIN_EMAIL" "$ADMIN_PASSWORD" "${1:-10}" "${2:-300}"
