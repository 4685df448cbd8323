#!/usr/bin/env bash
# HTTP connectors (issue 13): /muj-portal p95 for Jan Novák with the receivables and filings connectors reading the
# back-office simulator, first answering each call in 40 ms, then down (the last good answers from the database).
# Publishes the site and the simulator in Release, starts both on a fresh data folder (site in Development: NIA
# simulator on, sample persons), runs bench/BackOfficeBench.
# Usage: bash bench/backoffice.sh [page requests] [simulator latency ms]     Results: docs/benchmarks.md, "Back office over HTTP".
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${BENCH_PORT:-5932}"
SIM_PORT="${BENCH_SIM_PORT:-5933}"
WORK="$(mktemp -d /tmp/pelhrimov-backoffice.XXXXXX)"
APP_PID=""
SIM_PID=""
cleanup() {
    [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
    [[ -n "$SIM_PID" ]] && kill "$SIM_PID" 2>/dev/null && wait "$SIM_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

dotnet publish "$REPO/src/Pelhrimov.Web" -c Release -o "$WORK/app" -v q >/dev/null
dotnet publish "$REPO/tools/Pelhrimov.BackOfficeSimulator" -c Release -o "$WORK/sim" -v q >/dev/null
dotnet build "$REPO/bench/BackOfficeBench" -c Release -o "$WORK/bench" -v q >/dev/null
( cd "$WORK/sim" && BackOfficeSimulator__LatencyMs="${2:-40}" exec dotnet Pelhrimov.BackOfficeSimulator.dll --urls "http://127.0.0.1:$SIM_PORT" >"$WORK/sim.log" 2>&1 ) &
SIM_PID=$!
connector() {
    echo "$1__Connector__Kind=Http $1__Connector__BaseUrl=http://127.0.0.1:$SIM_PORT/ $1__Connector__ApiKey=simulator-key"
}
( cd "$WORK/app" && exec env ASPNETCORE_ENVIRONMENT=Development App__DataPath="$WORK/data" Logging__LogLevel__Default=Warning \
    Logging__LogLevel__Pelhrimov.Receivables.Services=Error Logging__LogLevel__Pelhrimov.Filings.Services=Error \
    Logging__LogLevel__Pelhrimov.Core.BackOffice=Error Logging__LogLevel__Polly=Error \
    $(connector Receivables) $(connector Filings) \
    dotnet Pelhrimov.Web.dll --urls "http://127.0.0.1:$PORT" >"$WORK/app.log" 2>&1 ) &
APP_PID=$!
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/health" && curl -fs -o /dev/null "http://127.0.0.1:$SIM_PORT/_faults" && break; sleep 0.5; done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$WORK/bench/BackOfficeBench.dll" "http://127.0.0.1:$PORT" "http://127.0.0.1:$SIM_PORT" "${1:-300}"
