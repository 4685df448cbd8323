#!/usr/bin/env bash
# Performance benchmark of the published site: start-up time, throughput and latency
# against a static file of the same size, and memory after a sustained load.
# Usage: bash bench/run.sh        (from anywhere; see docs/benchmarks.md)
#
# Only loopback traffic (127.0.0.1). Every run is bounded in time; everything the script
# starts is stopped on exit. Knobs (environment variables, all optional):
#   BENCH_PORT=5917          first port to try (the next free one is taken)
#   BENCH_RUNS=3             start-up repetitions (median reported)
#   BENCH_DURATION=20        seconds of each throughput run
#   BENCH_MEM_DURATION=60    seconds of each memory run
#   BENCH_WARMUP=5           seconds of warm-up per URL
#   BENCH_CONNECTIONS=32     wrk connections; BENCH_THREADS=2 wrk threads
#   BENCH_MODE=composite     how to publish: composite (default, the production form in the README: -r linux-x64
#                            --self-contained, runtime and app in one ReadyToRun composite image), r2r (-r linux-x64
#                            --self-contained false, ReadyToRun on the installed runtime), jit (plain)
#   BENCH_R2R=1              the same as BENCH_MODE=r2r (older knob)
#   BENCH_PUBLISH_DIR=dir    reuse an existing publish output instead of publishing
#   BENCH_APP_ENV="K=V ..."  the app's environment (default: deploy/portal.env, as in production; "" for none)
#   BENCH_WRITE_DOCS=0       do not update docs/benchmarks.md (default: update it)
#   BENCH_KEEP=1             keep the temporary folder (logs, wrk outputs)
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${BENCH_PORT:-5917}"
RUNS="${BENCH_RUNS:-3}"
DURATION="${BENCH_DURATION:-20}"
MEM_DURATION="${BENCH_MEM_DURATION:-60}"
WARMUP="${BENCH_WARMUP:-5}"
CONNS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
MODE="${BENCH_MODE:-composite}"
[[ "${BENCH_R2R:-0}" == 1 ]] && MODE=r2r
case "$MODE" in composite|r2r|jit) ;; *) echo "BENCH_MODE must be composite, r2r or jit" >&2; exit 2 ;; esac
APP_ENV="${BENCH_APP_ENV-$(grep -v '^[[:space:]]*\(#\|$\)' "$REPO/deploy/portal.env" | xargs)}"
WRITE_DOCS="${BENCH_WRITE_DOCS:-1}"
START_TIMEOUT=120        # seconds to wait for the first 200 of /
STOP_TIMEOUT=15          # seconds to wait for a graceful stop before SIGKILL

# Targets
T_START_FRESH_MS=3000
T_START_EXISTING_MS=1500
T_RATIO_PCT=60
T_P99_MS=25
T_RSS_MB=250

SCRIPT_START=$(date +%s)
WORK="$(mktemp -d /tmp/pelhrimov-bench.XXXXXX)"
APP_PID=""
CHILD_PID=""

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------- process handling
is_running() { # pid -> 0 while alive and not a zombie
    local pid="$1" state
    [[ -n "$pid" ]] || return 1
    state="$(ps -o stat= -p "$pid" 2>/dev/null || true)"
    [[ -n "$state" && "$state" != Z* ]]
}

stop_pid() { # pid: SIGTERM, wait up to STOP_TIMEOUT, then SIGKILL; reaps the child
    local pid="$1" i
    [[ -n "$pid" ]] || return 0
    if is_running "$pid"; then
        kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < STOP_TIMEOUT * 10; i++)); do
            is_running "$pid" || break
            sleep 0.1
        done
        if is_running "$pid"; then
            log "pid $pid did not stop in ${STOP_TIMEOUT}s, killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    [[ -n "$CHILD_PID" ]] && stop_pid "$CHILD_PID"
    [[ -n "$APP_PID" ]] && stop_pid "$APP_PID"
    [[ -n "${PUBLISH:-}" ]] && rm -f "$PUBLISH/wwwroot/bench-static.html"
    if [[ "${BENCH_KEEP:-0}" == 1 ]]; then
        log "kept $WORK"
    else
        rm -rf "$WORK"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs a bounded command in the background and waits for it, so that a signal reaches the trap at once.
run_bounded() { # seconds cmd... ; stdout of cmd goes wherever the caller redirects
    local limit="$1"; shift
    timeout --kill-after=5 "$limit" "$@" &
    CHILD_PID=$!
    local rc=0
    wait "$CHILD_PID" || rc=$?
    CHILD_PID=""
    return "$rc"
}

# ---------------------------------------------------------------- helpers
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

median() { # numbers... -> median (middle of the sorted list, lower middle for an even count)
    printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

fmt_s() { awk -v ms="$1" 'BEGIN {printf "%.2f s", ms/1000}'; }

yesno() { if [[ "$1" == 1 ]]; then echo "yes"; else echo "**no**"; fi; }

port_free() { [[ -z "$(ss -ltnH "sport = :$1" 2>/dev/null)" ]]; }

http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time "${2:-5}" "$1" 2>/dev/null || true; }

# ---------------------------------------------------------------- 1. tools and publish
if ! command -v wrk >/dev/null 2>&1; then
    log "installing wrk from Debian"
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >"$WORK/apt.log" 2>&1; then
        apt-get update >>"$WORK/apt.log" 2>&1 || true
        DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >>"$WORK/apt.log" 2>&1 || { cat "$WORK/apt.log" >&2; die "could not install wrk"; }
    fi
fi
for tool in curl dotnet wrk ss timeout; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is missing"
done

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
NPROC="$(nproc)"
DOTNET_VERSION="$(cd "$REPO" && dotnet --version)"
RUNTIME_VERSION="$(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ {v=$2} END {print v}')"
DATE="$(date -u '+%Y-%m-%d %H:%M UTC')"
COMMIT="$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git -C "$REPO" status --porcelain -- src 2>/dev/null || true)" ]]; then COMMIT="$COMMIT + uncommitted changes in src/"; fi

if [[ -n "${BENCH_PUBLISH_DIR:-}" ]]; then
    PUBLISH="$(cd "$BENCH_PUBLISH_DIR" && pwd)"
    [[ -f "$PUBLISH/Pelhrimov.Web.dll" ]] || die "$PUBLISH has no Pelhrimov.Web.dll"
    log "using the existing publish output $PUBLISH"
    PUBLISH_S="(reused)"
else
    # Publish from a copy of the sources: other builds may be running in the work tree's obj/ folders.
    log "copying the sources to $WORK/src-copy"
    mkdir -p "$WORK/src-copy"
    (cd "$REPO" && tar --exclude=bin --exclude=obj --exclude=node_modules --exclude='App_Data' -cf - \
        src App_Data.sample deploy .editorconfig Directory.Build.props Directory.Packages.props global.json \
        $(ls -d NuGet.Config nuget.config 2>/dev/null || true)) | tar -xf - -C "$WORK/src-copy"
    PUBLISH="$WORK/publish"
    publish_args=(publish "$WORK/src-copy/src/Pelhrimov.Web" -c Release -o "$PUBLISH" -nologo -v quiet)
    case "$MODE" in
        composite) publish_args+=(-r linux-x64 --self-contained) ;;   # ReadyToRun composite: Pelhrimov.Web.csproj
        r2r) publish_args+=(-r linux-x64 --self-contained false -p:PublishReadyToRun=true) ;;
    esac
    log "dotnet ${publish_args[*]}"
    t0=$(date +%s)
    if ! run_bounded 1500 dotnet "${publish_args[@]}" >"$WORK/publish.log" 2>&1; then
        tail -40 "$WORK/publish.log" >&2
        die "dotnet publish failed"
    fi
    PUBLISH_S="$(( $(date +%s) - t0 )) s"
    log "published in $PUBLISH_S"
fi
GC_SERVER="$(grep -o '"System.GC.Server": *[a-z]*' "$PUBLISH/Pelhrimov.Web.runtimeconfig.json" | awk '{print $2}' || true)"
GC_MODE="server GC: ${GC_SERVER:-default}"
GC_CONC="$(grep -o '"System.GC.Concurrent": *[a-z]*' "$PUBLISH/Pelhrimov.Web.runtimeconfig.json" | awk '{print $2}' || true)"
[[ -n "$GC_CONC" ]] && GC_MODE="$GC_MODE, concurrent: $GC_CONC"
[[ -n "$APP_ENV" ]] && GC_MODE="$GC_MODE; app env: $APP_ENV"

# A self-contained publish runs through its own executable; a framework-dependent one through the installed runtime.
if grep -q '"includedFrameworks"' "$PUBLISH/Pelhrimov.Web.runtimeconfig.json"; then
    LAUNCH="$PUBLISH/Pelhrimov.Web"; MODE_TEXT="self-contained, ReadyToRun composite"
else
    LAUNCH="dotnet $PUBLISH/Pelhrimov.Web.dll"
    case "$MODE" in r2r) MODE_TEXT="framework-dependent, ReadyToRun" ;; *) MODE_TEXT="framework-dependent, JIT only" ;; esac
    [[ -n "${BENCH_PUBLISH_DIR:-}" ]] && MODE_TEXT="framework-dependent (reused publish output)"
fi
while ! port_free "$PORT"; do PORT=$((PORT + 1)); done
BASE="http://127.0.0.1:$PORT"
log "using $BASE"

# ---------------------------------------------------------------- app start/stop
# start_app data_dir log_file [extra args...]: sets APP_PID and APP_T0 (ms).
# The app runs with the publish folder as working directory, as a deployment would (content root = wwwroot's parent).
start_app() {
    local data="$1" logfile="$2"; shift 2
    APP_T0=$(now_ms)
    (
        cd "$PUBLISH"
        # shellcheck disable=SC2086
        exec env ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production App__PublicUrl="$BASE/" $APP_ENV \
            $LAUNCH --urls "$BASE" --App:DataPath="$data" "$@"
    ) >"$logfile" 2>&1 &
    APP_PID=$!
}

# cpu_ms pid: user + system CPU time the process has used so far, in ms.
cpu_ms() {
    local hz; hz="$(getconf CLK_TCK)"
    awk -v hz="$hz" '{sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz)}' "/proc/$1/stat" 2>/dev/null || echo 0
}

# wait_first_200 log_file: polls / every 20 ms; prints "wall_ms cpu_ms" since APP_T0, or fails.
# The CPU time is less sensitive than the wall time to other work on a shared machine.
wait_first_200() {
    local logfile="$1" code deadline
    deadline=$(( $(now_ms) + START_TIMEOUT * 1000 ))
    while :; do
        code="$(http_code "$BASE/" 30)"
        if [[ "$code" == 200 ]]; then
            echo "$(( $(now_ms) - APP_T0 )) $(cpu_ms "$APP_PID")"
            return 0
        fi
        if ! is_running "$APP_PID"; then
            log "the app exited before answering; its log:"; tail -30 "$logfile" >&2
            return 1
        fi
        if (( $(now_ms) > deadline )); then
            log "no 200 from / within ${START_TIMEOUT}s (last code $code)"; tail -30 "$logfile" >&2
            return 1
        fi
        sleep 0.02
    done
}

stop_app() { stop_pid "$APP_PID"; APP_PID=""; }

# ---------------------------------------------------------------- 2. start-up
FRESH=(); EXISTING=(); FRESH_CPU=(); EXISTING_CPU=()
for ((r = 1; r <= RUNS; r++)); do
    data="$WORK/data-$r"           # does not exist yet: the app creates it from App_Data.sample
    start_app "$data" "$WORK/start-fresh-$r.log"
    out="$(wait_first_200 "$WORK/start-fresh-$r.log")" || die "fresh start-up $r failed"
    read -r ms cpu <<<"$out"
    FRESH+=("$ms"); FRESH_CPU+=("$cpu"); log "start-up $r, fresh data folder: $ms ms (CPU $cpu ms)"
    stop_app
    start_app "$data" "$WORK/start-existing-$r.log"
    out="$(wait_first_200 "$WORK/start-existing-$r.log")" || die "start-up $r on the existing data folder failed"
    read -r ms cpu <<<"$out"
    EXISTING+=("$ms"); EXISTING_CPU+=("$cpu"); log "start-up $r, existing data folder: $ms ms (CPU $cpu ms)"
    stop_app
done
FRESH_MED="$(median "${FRESH[@]}")"
EXISTING_MED="$(median "${EXISTING[@]}")"
FRESH_CPU_MED="$(median "${FRESH_CPU[@]}")"
EXISTING_CPU_MED="$(median "${EXISTING_CPU[@]}")"

# ---------------------------------------------------------------- output-cache check
# With EF Core command logging on: after the first request of a page, further requests must run no SQL.
DATA="$WORK/data-1"
# With log scopes on, a command run for a request carries the request's path; background work (the search indexer's
# poll, mail delivery) runs SQL too, but outside any request, and is not what the output cache is about.
start_app "$DATA" "$WORK/cache-check.log" --Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information \
    --Logging:Console:FormatterOptions:IncludeScopes=true
wait_first_200 "$WORK/cache-check.log" >/dev/null || die "cache-check start failed"
curl -s --max-time 30 -o "$WORK/home.html" "$BASE/" || die "could not fetch /"
curl -s --max-time 30 -o "$WORK/aktuality.html" "$BASE/aktuality" || die "could not fetch /aktuality"
ARTICLE="$(grep -o 'href="/aktuality/[a-z0-9-]*"' "$WORK/aktuality.html" | sed 's/href="//; s/"$//' | grep -vx '/aktuality/' | head -1 || true)"
if grep -q 'href="/aktuality/poplatek-za-odpad-2027"' "$WORK/aktuality.html"; then ARTICLE=/aktuality/poplatek-za-odpad-2027; fi
[[ -n "$ARTICLE" ]] || die "no article link found on /aktuality"
curl -s --max-time 30 -o /dev/null "$BASE$ARTICLE"
sleep 0.5
before="$(wc -l <"$WORK/cache-check.log")"
for u in / "$ARTICLE" / "$ARTICLE"; do
    curl -s --max-time 30 -D "$WORK/headers.txt" -o /dev/null "$BASE$u"
done
sleep 0.5
SQL_AFTER_WARM="$(tail -n +"$((before + 1))" "$WORK/cache-check.log" | grep 'Executed DbCommand' | grep -c '"RequestPath"' || true)"
SQL_BACKGROUND="$(tail -n +"$((before + 1))" "$WORK/cache-check.log" | grep 'Executed DbCommand' | grep -vc '"RequestPath"' || true)"
CACHE_AGE="$(grep -i '^age:' "$WORK/headers.txt" | tr -d '\r' || true)"
log "SQL commands for 4 repeated requests: $SQL_AFTER_WARM (and $SQL_BACKGROUND by background work meanwhile); last response header: ${CACHE_AGE:-no Age header}"
if [[ "$SQL_AFTER_WARM" == 0 ]]; then CACHE_OK=1; else CACHE_OK=0; fi
stop_app

# ---------------------------------------------------------------- 3. throughput
HOME_BYTES="$(wc -c <"$WORK/home.html")"
[[ "$HOME_BYTES" -gt 1000 ]] || die "the home page is suspiciously small ($HOME_BYTES bytes)"
# The framework's ceiling: a static file of the same size, served by the same pipeline.
cp "$WORK/home.html" "$PUBLISH/wwwroot/bench-static.html"
STATIC_URL=/bench-static.html

start_app "$DATA" "$WORK/load.log"
wait_first_200 "$WORK/load.log" >/dev/null || die "load-test start failed"
IDLE_RSS_KB="$(awk '/^VmRSS/ {print $2}' "/proc/$APP_PID/status")"

# Static web assets of the theme (an RCL) must be served from the publish output's wwwroot/_content.
css="$(grep -o '/_content/Pelhrimov.Theme/[^"?]*\.css' "$WORK/home.html" | head -1 || true)"
[[ -n "$css" ]] || die "the home page links no theme stylesheet"
[[ "$(http_code "$BASE$css")" == 200 ]] || die "static web asset $css is not served"
ct="$(curl -s --max-time 5 -o /dev/null -w '%{content_type}' "$BASE$css")"
[[ "$ct" == text/css* ]] || die "$css served as $ct"
[[ "$(curl -s --max-time 5 "$BASE$STATIC_URL" | wc -c)" == "$HOME_BYTES" ]] || die "$STATIC_URL is not served whole"
log "static files OK ($css, $STATIC_URL = $HOME_BYTES bytes)"

# parse_wrk file -> "rps p99_ms errors"
parse_wrk() {
    awk '
        /Requests\/sec:/ { rps = $2 }
        /^ +99%/ { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
                   p99 = (u == "us") ? v / 1000 : (u == "s") ? v * 1000 : (u == "m") ? v * 60000 : v }
        /Non-2xx or 3xx responses:/ { err += $NF }
        /Socket errors:/ { gsub(/,/, ""); err += $4 + $6 + $8 + $10 }
        END { printf "%s %.2f %d\n", rps, p99, err }' "$1"
}

wrk_run() { # name seconds url [extra wrk args...] -> writes $WORK/wrk-name.txt
    local name="$1" secs="$2" url="$3"; shift 3
    run_bounded $((secs + 30)) wrk -t"$THREADS" -c"$CONNS" -d"${secs}s" --latency "$@" "$url" >"$WORK/wrk-$name.txt" 2>&1 \
        || { cat "$WORK/wrk-$name.txt" >&2; die "wrk $name failed"; }
}

declare -A RPS P99 ERR
for target in "static:$STATIC_URL" "home:/" "article:$ARTICLE"; do
    name="${target%%:*}"; url="$BASE${target#*:}"
    [[ "$(http_code "$url")" == 200 ]] || die "$url does not answer 200"
    log "warm-up $url (${WARMUP}s)"
    wrk_run "warmup-$name" "$WARMUP" "$url"
    log "wrk $url (${DURATION}s)"
    wrk_run "$name" "$DURATION" "$url"
    read -r RPS[$name] P99[$name] ERR[$name] < <(parse_wrk "$WORK/wrk-$name.txt")
    log "$name: ${RPS[$name]} req/s, p99 ${P99[$name]} ms, errors ${ERR[$name]}"
done

# ---------------------------------------------------------------- 4. memory
log "memory: wrk / for ${MEM_DURATION}s"
wrk_run mem-home "$MEM_DURATION" "$BASE/"
read -r MEM_HOME_RPS _ MEM_HOME_ERR < <(parse_wrk "$WORK/wrk-mem-home.txt")
RSS_HOME_KB="$(awk '/^VmRSS/ {print $2}' "/proc/$APP_PID/status")"

# A mix: home, list, every article linked from the list, life situations, notice board.
MIX_PATHS=(/ /aktuality "$ARTICLE" /zivotni-situace /uredni-deska)
while read -r p; do MIX_PATHS+=("$p"); done < <(grep -o 'href="/aktuality/[a-z0-9-]*"' "$WORK/aktuality.html" | sed 's/href="//; s/"$//' | sort -u | head -20)
LUA_PATHS=""; MIX_N=0
declare -A seen=()
for p in "${MIX_PATHS[@]}"; do
    [[ -n "${seen[$p]:-}" ]] && continue; seen[$p]=1
    if [[ "$(http_code "$BASE$p")" == 200 ]]; then LUA_PATHS+="\"$p\", "; MIX_N=$((MIX_N + 1)); else log "mix: $p is not 200, left out"; fi
done
cat >"$WORK/mix.lua" <<EOF
local paths = { $LUA_PATHS }
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
EOF
log "memory: wrk a mix of $MIX_N pages for ${MEM_DURATION}s"
wrk_run mem-mix "$MEM_DURATION" "$BASE/" -s "$WORK/mix.lua"
read -r MEM_MIX_RPS MEM_MIX_P99 MEM_MIX_ERR < <(parse_wrk "$WORK/wrk-mem-mix.txt")
RSS_MIX_KB="$(awk '/^VmRSS/ {print $2}' "/proc/$APP_PID/status")"
HWM_KB="$(awk '/^VmHWM/ {print $2}' "/proc/$APP_PID/status")"
stop_app
rm -f "$PUBLISH/wwwroot/bench-static.html"

# ---------------------------------------------------------------- 5. report
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
RUNTIME_S=$(( $(date +%s) - SCRIPT_START ))
mb() { awk -v kb="$1" 'BEGIN {printf "%.0f", kb/1024}'; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.0f", (b > 0) ? 100*a/b : 0}'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN {print (a <= b) ? 1 : 0}'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN {print (a >= b) ? 1 : 0}'; }
HOME_PCT="$(pct "${RPS[home]}" "${RPS[static]}")"
ART_PCT="$(pct "${RPS[article]}" "${RPS[static]}")"
RSS_MAX_KB=$(( RSS_HOME_KB > RSS_MIX_KB ? RSS_HOME_KB : RSS_MIX_KB ))

RESULTS="$WORK/results.md"
{
    echo "Run: $DATE · \`nproc\` $NPROC · \`dotnet --version\` $DOTNET_VERSION (ASP.NET Core runtime $RUNTIME_VERSION) · commit $COMMIT"
    echo "· publish: $MODE_TEXT · $GC_MODE · load average before/after: $LOAD_BEFORE / $LOAD_AFTER · script runtime: ${RUNTIME_S} s (publish: $PUBLISH_S)"
    echo
    echo "| Measure | Result | Target | Met |"
    echo "| --- | --- | --- | --- |"
    echo "| Start-up to first 200 of \`/\`, fresh data folder (median of $RUNS) | $(fmt_s "$FRESH_MED") (runs: ${FRESH[*]} ms; CPU time used: median $(fmt_s "$FRESH_CPU_MED")) | ≤ $(fmt_s $T_START_FRESH_MS) | $(yesno "$(le "$FRESH_MED" $T_START_FRESH_MS)") |"
    echo "| Start-up to first 200 of \`/\`, existing data folder (median of $RUNS) | $(fmt_s "$EXISTING_MED") (runs: ${EXISTING[*]} ms; CPU time used: median $(fmt_s "$EXISTING_CPU_MED")) | ≤ $(fmt_s $T_START_EXISTING_MS) | $(yesno "$(le "$EXISTING_MED" $T_START_EXISTING_MS)") |"
    echo "| Static file \`$STATIC_URL\` ($HOME_BYTES B), req/s · p99 | ${RPS[static]} · ${P99[static]} ms | ceiling | — |"
    echo "| Home \`/\`, req/s (share of static) | ${RPS[home]} ($HOME_PCT %) | ≥ $T_RATIO_PCT % | $(yesno "$(ge "$HOME_PCT" $T_RATIO_PCT)") |"
    echo "| Home \`/\`, p99 latency | ${P99[home]} ms | ≤ $T_P99_MS ms | $(yesno "$(le "${P99[home]}" $T_P99_MS)") |"
    echo "| Article \`$ARTICLE\`, req/s (share of static) | ${RPS[article]} ($ART_PCT %) | ≥ $T_RATIO_PCT % | $(yesno "$(ge "$ART_PCT" $T_RATIO_PCT)") |"
    echo "| Article, p99 latency | ${P99[article]} ms | ≤ $T_P99_MS ms | $(yesno "$(le "${P99[article]}" $T_P99_MS)") |"
    echo "| RSS after ${MEM_DURATION} s of \`/\` ($MEM_HOME_RPS req/s) | $(mb "$RSS_HOME_KB") MB | ≤ $T_RSS_MB MB | $(yesno "$(le "$(mb "$RSS_HOME_KB")" $T_RSS_MB)") |"
    echo "| RSS after a further ${MEM_DURATION} s of a $MIX_N-page mix ($MEM_MIX_RPS req/s, p99 $MEM_MIX_P99 ms) | $(mb "$RSS_MIX_KB") MB (peak VmHWM $(mb "$HWM_KB") MB; idle after start $(mb "$IDLE_RSS_KB") MB) | ≤ $T_RSS_MB MB | $(yesno "$(le "$(mb "$RSS_MIX_KB")" $T_RSS_MB)") |"
    echo "| Output cache: SQL commands run by 4 repeated requests of \`/\` and the article | $SQL_AFTER_WARM (last response: ${CACHE_AGE:-no Age header}; background work ran $SQL_BACKGROUND meanwhile) | 0 | $(yesno "$CACHE_OK") |"
    echo
    echo "wrk: \`-t$THREADS -c$CONNS -d${DURATION}s --latency\` after a ${WARMUP} s warm-up per URL; errors (non-2xx + socket errors): static ${ERR[static]}, home ${ERR[home]}, article ${ERR[article]}, memory runs $MEM_HOME_ERR / $MEM_MIX_ERR."
} >"$RESULTS"

echo
cat "$RESULTS"
echo

if [[ "$WRITE_DOCS" == 1 ]]; then
    DOC="$REPO/docs/benchmarks.md"
    BEGIN_MARK='<!-- bench:results:begin (written by bench/run.sh) -->'
    END_MARK='<!-- bench:results:end -->'
    if [[ ! -f "$DOC" ]] || ! grep -qF "$BEGIN_MARK" "$DOC"; then
        mkdir -p "$(dirname "$DOC")"
        { echo "# Benchmarks"; echo; echo "Run with \`bash bench/run.sh\`."; echo; echo "## Latest results"; echo
          echo "$BEGIN_MARK"; echo "$END_MARK"; } >>"$DOC"
    fi
    awk -v begin="$BEGIN_MARK" -v end="$END_MARK" -v results="$RESULTS" '
        $0 == begin { print; while ((getline line < results) > 0) print line; skip = 1; next }
        $0 == end { skip = 0 }
        !skip { print }' "$DOC" >"$WORK/doc.md"
    cat "$WORK/doc.md" >"$DOC"
    log "updated $DOC"
fi
log "done in ${RUNTIME_S} s"
