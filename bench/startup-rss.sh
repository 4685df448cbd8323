#!/usr/bin/env bash
# Start-up time and RSS of two publish outputs, interleaved, on one existing data folder each (a quick A/B of one change;
# bench/run.sh is the full benchmark). Usage: bash bench/startup-rss.sh <publish dir A> <publish dir B> [runs]
# Reports per run: milliseconds from starting the process to the first 200 of `/`, and VmRSS 15 s after that
# (once background work, the scheduler among it, has started). Only 127.0.0.1 is contacted; every process is stopped.
set -euo pipefail
A="$(cd "$1" && pwd)"; B="$(cd "$2" && pwd)"; RUNS="${3:-3}"; PORT=5931
WORK="$(mktemp -d /tmp/startup-rss.XXXXXX)"; PID=""
trap '[[ -n "$PID" ]] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
run() { # dir label
    local dir="$1" label="$2" data="$WORK/data-$2" start end ms rss
    start=$(date +%s%N)
    (cd "$dir" && exec env ASPNETCORE_ENVIRONMENT=Production dotnet Pelhrimov.Web.dll --urls "http://127.0.0.1:$PORT" --App:DataPath="$data" >"$WORK/$label.log" 2>&1) &
    PID=$!
    for _ in $(seq 1 3000); do
        curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/" 2>/dev/null | grep -q 200 && break
        sleep 0.02
    done
    end=$(date +%s%N); ms=$(( (end - start) / 1000000 ))
    sleep 15
    rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$(pgrep -P "$PID" -f Pelhrimov.Web.dll || echo "$PID")/status" 2>/dev/null || echo "?")
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
    echo "$label start ${ms} ms, RSS ${rss} MB"
}
# The first start of each sets its data folder up; the measured ones start on an existing folder.
run "$A" A >/dev/null; run "$B" B >/dev/null
for i in $(seq 1 "$RUNS"); do run "$A" A; run "$B" B; done
