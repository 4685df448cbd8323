#!/usr/bin/env bash
# eID sign-in round trip against the NIA simulator (issue 3): publishes the site in Release, starts it on a fresh
# data folder in the Development environment (the simulator is on there), and runs bench/SignInBench.
# Usage: bash bench/signin.sh [rounds]        Results: docs/benchmarks.md, section "eID sign-in".
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${BENCH_PORT:-5930}"
ROUNDS="${1:-500}"
WORK="$(mktemp -d /tmp/pelhrimov-signin.XXXXXX)"
APP_PID=""
cleanup() { [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

dotnet publish "$REPO/src/Pelhrimov.Web" -c Release -o "$WORK/app" -v q >/dev/null
dotnet build "$REPO/bench/SignInBench" -c Release -o "$WORK/bench" -v q >/dev/null
( cd "$WORK/app" && ASPNETCORE_ENVIRONMENT=Development App__DataPath="$WORK/data" Logging__LogLevel__Default=Warning \
    exec dotnet Pelhrimov.Web.dll --urls "http://127.0.0.1:$PORT" >"$WORK/app.log" 2>&1 ) &
APP_PID=$!
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/health" && break; sleep 0.5; done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$WORK/bench/SignInBench.dll" "http://127.0.0.1:$PORT" "$ROUNDS" 50
