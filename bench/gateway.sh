#!/usr/bin/env bash
# Card payment gateway round trip (issue 13): publishes the site in Release, starts it on a fresh data folder in the
# Development environment with the payment gateway simulator on and one shop registered (a secret made per run),
# and runs bench/GatewayBench (create + status through the real ComGate client).
# Usage: bash bench/gateway.sh [rounds]        Results: docs/benchmarks.md, section "Card payment gateway".
# BENCH_APP_DIR=<a publish or build output> runs that instead of publishing.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${BENCH_PORT:-5931}"
ROUNDS="${1:-500}"
WORK="$(mktemp -d /tmp/pelhrimov-gateway.XXXXXX)"
SECRET="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
APP_PID=""
cleanup() { [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

if [[ -n "${BENCH_APP_DIR:-}" ]]; then
    APP_DIR="$(cd "$BENCH_APP_DIR" && pwd)"
else
    APP_DIR="$WORK/app"
    dotnet publish "$REPO/src/Pelhrimov.Web" -c Release -o "$APP_DIR" -v q >/dev/null
fi
dotnet build "$REPO/bench/GatewayBench" -c Release -o "$WORK/bench" -v q >/dev/null
( cd "$APP_DIR" && ASPNETCORE_ENVIRONMENT=Development App__DataPath="$WORK/data" Logging__LogLevel__Default=Warning \
    PaymentGatewaySimulator__Merchants__0__MerchantId=123456 PaymentGatewaySimulator__Merchants__0__Secret="$SECRET" \
    exec dotnet Pelhrimov.Web.dll --urls "http://127.0.0.1:$PORT" >"$WORK/app.log" 2>&1 ) &
APP_PID=$!
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/health" && break; sleep 0.5; done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$WORK/bench/GatewayBench.dll" "http://127.0.0.1:$PORT/platebni-brana-simulator/v1.0/" 123456 "$SECRET" "$ROUNDS" 50
