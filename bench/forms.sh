#!/usr/bin/env bash
# Smart forms (issue 14) over HTTP, with bench/FormsBench against the published site on SQLite, anonymous
# street-light report (/formulare/zavada-verejneho-osvetleni):
#   1. latency: step pages (GET) and step posts, p50/p95/p99 (target p95 <= 30 ms);
#   2. throughput: submissions acknowledged per second (target >= 100/s), then how long the receipts (PDF) and
#      confirmation e-mails, made after commit by SendReceipt, take to catch up;
#   3. crash: kill -9 during a stream of submissions, restart on the same data, check exactly-once.
# The site runs in Development (sample content and forms) on fresh data folders, with two settings for the bench only:
#   Forms__SubmissionsPerMinute  the per-address submit limit (10 by default): all bench clients share 127.0.0.1;
#   Events__LeaseDuration=30 s, Events__HandlerTimeout=10 s  instead of 5 min and 1 min (crash run only): the killed
#                                node's claimed deliveries are taken over within 30 s of the restart instead of 5 min
#                                (the dispatcher runs a handler only while its timeout fits in the lease).
# Usage: bash bench/forms.sh [latency fills=400] [submissions=3000] [concurrency=16] [crash submissions=2000] [kill after=600]
# BENCH_APP_DIR=dir runs an existing publish output; BENCH_PHASES="latency throughput crash" picks phases;
# BENCH_KEEP=1 keeps the temporary folder (app log, data folders).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${BENCH_PORT:-5941}"
WORK="$(mktemp -d /tmp/pelhrimov-forms.XXXXXX)"
PHASES="${BENCH_PHASES:-latency throughput crash}"
APP_PID=""
cleanup() {
    local status=$?
    [[ $status -ne 0 && -f "$WORK/app.log" ]] && tail -n 40 "$WORK/app.log" >&2
    [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
    if [[ "${BENCH_KEEP:-0}" == 1 ]]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

start_app() { # data folder, extra environment...
    local data="$1"; shift
    ( cd "$APP_DIR" && exec env ASPNETCORE_ENVIRONMENT=Development App__DataPath="$data" Logging__LogLevel__Default=Warning \
        Forms__SubmissionsPerMinute=1000000 "$@" dotnet Pelhrimov.Web.dll --urls "http://127.0.0.1:$PORT" >>"$WORK/app.log" 2>&1 ) &
    APP_PID=$!
    for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/formulare/zavada-verejneho-osvetleni" && return 0; sleep 0.2; done
    echo "the site did not start" >&2; return 1
}
stop_app() { kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

if [[ -n "${BENCH_APP_DIR:-}" ]]; then
    APP_DIR="$(cd "$BENCH_APP_DIR" && pwd)"
else
    APP_DIR="$WORK/app"
    dotnet publish "$REPO/src/Pelhrimov.Web" -c Release -o "$APP_DIR" -v q >/dev/null
fi
dotnet build "$REPO/bench/FormsBench" -c Release -o "$WORK/bench" -v q >/dev/null
BENCH=(dotnet "$WORK/bench/FormsBench.dll")
URL="http://127.0.0.1:$PORT"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); database: SQLite; commit $(git -C "$REPO" rev-parse --short HEAD)"

if [[ " $PHASES " == *" latency "* || " $PHASES " == *" throughput "* ]]; then
    start_app "$WORK/data"
    [[ " $PHASES " == *" latency "* ]] && "${BENCH[@]}" latency "$URL" "${1:-400}" 1
    [[ " $PHASES " == *" throughput "* ]] && "${BENCH[@]}" throughput "$URL" "$WORK/data" "${2:-3000}" "${3:-16}"
    stop_app
fi

if [[ " $PHASES " == *" crash "* ]]; then
    echo "crash run: kill -9 after ${5:-600} acknowledged submissions"
    start_app "$WORK/crash" Events__LeaseDuration=00:00:30 Events__HandlerTimeout=00:00:10
    "${BENCH[@]}" crash "$URL" "$WORK/crash" "$APP_PID" "$WORK/acknowledged.txt" "${4:-2000}" "${5:-600}" "${3:-16}"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
    start_app "$WORK/crash" Events__LeaseDuration=00:00:30 Events__HandlerTimeout=00:00:10
    "${BENCH[@]}" verify "$WORK/crash" "$WORK/acknowledged.txt"
fi
