#!/usr/bin/env bash
# Request costs of issue 17: req/s and p99 of a static file, a theme stylesheet, the cached home page, the Czech 404
# page and uncached search suggestions, against a bare Kestrel endpoint answering a fixed 20 KB string.
# Usage: bash bench/requests.sh <publish folder> [port]     (see docs/benchmarks.md, "Request costs")
# The publish folder is the output of `dotnet publish src/Pelhrimov.Web -c Release -o <folder>` (any mode). Only
# loopback traffic; everything started is stopped on exit. Knobs: BENCH_DURATION=10 (s per URL, after 3 s warm-up),
# BENCH_TARGETS="static css home notfound search bare", BENCH_DATA (data folder; default: a new temporary one).
set -euo pipefail
PUBLISH="$(cd "$1" && pwd)"; PORT="${2:-5991}"; BARE_PORT=$((PORT + 1))
DURATION="${BENCH_DURATION:-10}"
TARGETS="${BENCH_TARGETS:-static css home notfound search bare}"
WORK="$(mktemp -d /tmp/pelhrimov-requests.XXXXXX)"
DATA="${BENCH_DATA:-$WORK/data}"
BASE="http://127.0.0.1:$PORT"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -f "$PUBLISH/wwwroot/bench-static.html"; rm -rf "$WORK"; }
trap cleanup EXIT

(cd "$PUBLISH" && exec env ASPNETCORE_ENVIRONMENT=Production App__PublicUrl="$BASE/" \
    $(grep -v '^[[:space:]]*\(#\|$\)' "$(dirname "$0")/../deploy/portal.env" | xargs) \
    "$([[ -x ./Pelhrimov.Web ]] && echo ./Pelhrimov.Web || echo dotnet)" $([[ -x ./Pelhrimov.Web ]] || echo Pelhrimov.Web.dll) \
    --urls "$BASE" --App:DataPath="$DATA") >"$WORK/app.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 600); do [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/")" == 200 ]] && break; sleep 0.2; done
curl -s "$BASE/" -o "$WORK/home.html"
cp "$WORK/home.html" "$PUBLISH/wwwroot/bench-static.html"
CSS="$(grep -o '/_content/Pelhrimov.Theme/css/site.css[^"]*' "$WORK/home.html" | head -1)"

# Uncached suggestions: 20 common words in turn, each URL unique (the n parameter) as a visitor's typing would be.
cat >"$WORK/search.lua" <<'LUA'
local words = {"odpad","poplatek","obcansky","prukaz","pes","prihlaseni","matrika","stavebni","rizeni","doprava",
               "skola","voda","kultura","sport","radnice","urad","pas","auto","smlouva","dane"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/search?q=" .. words[(i % #words) + 1] .. "&n=" .. i)
end
LUA

measure() { # name url [wrk args]
    local name="$1" url="$2"; shift 2
    wrk -t2 -c32 -d3s "$@" "$url" >/dev/null 2>&1
    wrk -t2 -c32 -d"${DURATION}s" --latency "$@" "$url" >"$WORK/$name.txt" 2>&1
    printf '%-9s %10s req/s  p99 %-9s non-2xx %s  (load %s)\n' "$name" "$(awk '/Requests\/sec/ {print $2}' "$WORK/$name.txt")" \
        "$(awk '/^ +99%/ {print $2}' "$WORK/$name.txt")" "$(awk '/Non-2xx/ {print $NF}' "$WORK/$name.txt")" "$(cut -d' ' -f1 /proc/loadavg)"
}
for target in $TARGETS; do
    case "$target" in
        static) measure static "$BASE/bench-static.html" ;;
        css) measure css "$BASE$CSS" ;;
        home) measure home "$BASE/" ;;
        notfound) measure notfound "$BASE/tato-stranka-neexistuje" ;;
        search) measure search "$BASE/" -s "$WORK/search.lua" ;;
        bare)
            mkdir -p "$WORK/bare"
            cat >"$WORK/bare/bare.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>
XML
            cat >"$WORK/bare/Program.cs" <<'CS'
var body = new string('x', 20 * 1024);
var app = WebApplication.CreateSlimBuilder(args).Build();
app.MapGet("/", () => Results.Text(body, "text/html; charset=utf-8"));
app.Run();
CS
            dotnet publish "$WORK/bare" -c Release -o "$WORK/bare/out" -nologo -v quiet >/dev/null
            (exec "$WORK/bare/out/bare" --urls "http://127.0.0.1:$BARE_PORT") >/dev/null 2>&1 &
            PIDS+=($!)
            sleep 2
            measure bare "http://127.0.0.1:$BARE_PORT/" ;;
    esac
done
