#!/usr/bin/env bash
# Start-up time and RSS of two variants, interleaved, on one existing data folder each (a quick A/B of one change;
# bench/run.sh is the full benchmark). A variant is a publish output plus optional configuration:
#   bash bench/startup-rss.sh <publish dir A> <publish dir B> [runs]
#   A_ARGS / B_ARGS: extra command-line configuration of A / B, e.g. one build with the events pipeline and the
#   scheduler off and on (docs/benchmarks.md):
#   A_ARGS="--Events:Enabled=false --Scheduler:Enabled=false" bash bench/startup-rss.sh /tmp/pub /tmp/pub 7
# Reports per run: milliseconds from starting the process to the first 200 of `/`, and VmRSS 15 s after that
# (once background work, the scheduler and the event dispatcher among it, has started); then the medians.
# The app's environment is deploy/portal.env's, as in production (BENCH_APP_ENV="K=V ..." to change it; "" for none):
# its small gen0 budget matters here, or garbage of the start waiting for a collection counts as RSS.
# Only 127.0.0.1 is contacted; every process is stopped.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP_ENV="${BENCH_APP_ENV-$(grep -v '^[[:space:]]*\(#\|$\)' "$REPO/deploy/portal.env" | xargs)}"
A="$(cd "$1" && pwd)"; B="$(cd "$2" && pwd)"; RUNS="${3:-3}"; PORT=5931
A_ARGS="${A_ARGS:-}"; B_ARGS="${B_ARGS:-}"
WORK="$(mktemp -d /tmp/startup-rss.XXXXXX)"; PID=""
trap '[[ -n "$PID" ]] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
run() { # dir label extra-args
    local dir="$1" label="$2" extra="$3" data="$WORK/data-$2" start end ms rss
    start=$(date +%s%N)
    # shellcheck disable=SC2086 # the environment and the extra arguments are meant to be split
    (cd "$dir" && exec env ASPNETCORE_ENVIRONMENT=Production App__PublicUrl="http://127.0.0.1:$PORT/" $APP_ENV \
        dotnet Pelhrimov.Web.dll --urls "http://127.0.0.1:$PORT" --App:DataPath="$data" $extra >"$WORK/$label.log" 2>&1) &
    PID=$!
    for _ in $(seq 1 3000); do
        curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/" 2>/dev/null | grep -q 200 && break
        sleep 0.02
    done
    end=$(date +%s%N); ms=$(( (end - start) / 1000000 ))
    sleep 15
    rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$PID/status" 2>/dev/null || echo "?")
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
    echo "$label start ${ms} ms, RSS ${rss} MB"
}
# The first start of each sets its data folder up; the measured ones start on an existing folder.
run "$A" A "$A_ARGS" >/dev/null; run "$B" B "$B_ARGS" >/dev/null
for _ in $(seq 1 "$RUNS"); do run "$A" A "$A_ARGS"; run "$B" B "$B_ARGS"; done | tee "$WORK/results"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for label in A B; do
    echo "$label median: start $(awk -v l="$label" '$1 == l { print $3 }' "$WORK/results" | median) ms, RSS $(awk -v l="$label" '$1 == l { print $6 }' "$WORK/results" | median) MB"
done
