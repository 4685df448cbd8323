#!/usr/bin/env bash
# Cluster overhead, side by side in one run: one node direct, one node through nginx, two nodes through nginx —
# throughput and p99 (wrk) for the home page, an article and a signed-in citizen's /muj-ucet, and each node's RSS.
# Per node also its memory by kind and its PSS (pages shared with the other node, such as the composite image, counted
# half). Starts its own cluster with deploy/cluster/run.sh (PostgreSQL, Redis, two nodes, nginx) and stops it at the end.
#
#   bash bench/cluster.sh                  # results in docs/benchmarks.md, "Cluster (issue 16)"
# Knobs: BENCH_DURATION=15 (seconds per run), BENCH_CONNECTIONS=32, BENCH_THREADS=2, CLUSTER_APP=dir (an existing
# publish output), CLUSTER_DIR (default: a new temporary folder), CLUSTER_PORT=8180.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION="${BENCH_DURATION:-15}"
CONNS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
export CLUSTER_DIR="${CLUSTER_DIR:-$(mktemp -d /tmp/portal-cluster-bench.XXXXXX)}"
export CLUSTER_PORT="${CLUSTER_PORT:-8180}"
WORK="$CLUSTER_DIR"
mkdir -p "$WORK"
NGINX2="http://127.0.0.1:$CLUSTER_PORT"
NODE1="http://127.0.0.1:$((CLUSTER_PORT + 1))"
SINGLE_PORT=$((CLUSTER_PORT + 10))
NGINX1="http://127.0.0.1:$SINGLE_PORT"
CLUSTER_PID="" SINGLE_PID=""

log() { printf '[cluster-bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
stop() {
    [[ -n "$SINGLE_PID" ]] && kill "$SINGLE_PID" 2>/dev/null || true
    [[ -n "$CLUSTER_PID" ]] && kill -TERM "$CLUSTER_PID" 2>/dev/null && wait "$CLUSTER_PID" 2>/dev/null || true
}
trap stop EXIT
command -v wrk >/dev/null || { log "wrk is missing: apt-get install wrk"; exit 1; }

log "starting the cluster in $WORK (deploy/cluster/run.sh; log $WORK/run.log)"
bash "$REPO/deploy/cluster/run.sh" >"$WORK/run.log" 2>&1 &
CLUSTER_PID=$!
until grep -q "Ctrl+C stops everything" "$WORK/run.log" 2>/dev/null; do
    kill -0 "$CLUSTER_PID" 2>/dev/null || { cat "$WORK/run.log" >&2; exit 1; }
    sleep 1
done

# The same nginx configuration with node 1 alone, on its own port.
sed -e "s|listen 127.0.0.1:$CLUSTER_PORT;|listen 127.0.0.1:$SINGLE_PORT;|" -e "/server 127.0.0.1:$((CLUSTER_PORT + 2)) /d" \
    -e "s|$WORK/nginx|$WORK/single-nginx|g" "$WORK/nginx.conf" >"$WORK/single-nginx.conf"
mkdir -p "$WORK/single-nginx-tmp"
nginx -c "$WORK/single-nginx.conf" -p "$WORK" &
SINGLE_PID=$!
until curl -fsS -o /dev/null "$NGINX1/health/live" 2>/dev/null; do sleep 0.2; done

# A citizen with a confirmed e-mail address, signed in with a password: register, confirm with the link from the
# e-mail (the nodes write e-mail to their pickup folders, no SMTP being configured), sign in.
token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
JAR="$WORK/citizen.cookies"
EMAIL="bench.$(date +%s)@example.cz" PASSWORD="Bench-Heslo-2026-$RANDOM"
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "Input.Email=$EMAIL" --data-urlencode "Input.Password=$PASSWORD" \
    --data-urlencode "Input.ConfirmPassword=$PASSWORD" --data-urlencode "Input.Agree=true" \
    --data-urlencode "__RequestVerificationToken=$(curl -fsS -c "$JAR" -b "$JAR" "$NGINX2/registrace" | token_of)" "$NGINX2/registrace"
LINK=""
for _ in $(seq 1 300); do
    # Quoted-printable: soft line breaks joined, "=3D" back to "=".
    # The plain-text part's link (the HTML part's has &amp;); "|| true": no e-mail yet is not an error.
    LINK="$(grep -lF "$EMAIL" "$WORK"/node*/mail/*.eml 2>/dev/null | head -1 | xargs -r cat | tr -d '\r' \
        | sed -e ':a' -e '/=$/{N;s/=\n//;ba' -e '}' | sed 's/=3D/=/g' | grep -o 'http[^ "<>]*registrace/potvrzeni?ucet=[^ "<>&]*&kod=[^ "<>]*' | head -1 || true)"
    [[ -n "$LINK" ]] && break
    sleep 0.2
done
[[ -n "$LINK" ]] || { log "no confirmation e-mail for $EMAIL in $WORK/node*/mail"; exit 1; }
# The link shows a form with the account and the code; posting it confirms the address.
CONFIRM_PAGE="$(curl -fsS -c "$JAR" -b "$JAR" "$NGINX2/registrace/potvrzeni?${LINK#*\?}")"
hidden() { grep -o "name=\"$1\" value=\"[^\"]*\"" <<<"$CONFIRM_PAGE" | head -1 | sed 's/.*value="//; s/"$//; s/&amp;/\&/g'; }
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "ucet=$(hidden ucet)" --data-urlencode "kod=$(hidden kod)" \
    --data-urlencode "__RequestVerificationToken=$(token_of <<<"$CONFIRM_PAGE")" "$NGINX2/registrace/potvrzeni"
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "Input.Email=$EMAIL" --data-urlencode "Input.Password=$PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$(curl -fsS -c "$JAR" -b "$JAR" "$NGINX2/prihlaseni" | token_of)" "$NGINX2/prihlaseni"
COOKIE="$(awk '!/^#/ || /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$JAR")"
[[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$NGINX2/muj-ucet")" == 200 ]] \
    || { log "the citizen's sign-in did not hold (/muj-ucet did not answer 200)"; exit 1; }
ARTICLE="$(curl -fsS "$NGINX2/aktuality" | grep -o 'href="/aktuality/[^"/]*"' | grep -v '/rss"' | head -1 | sed 's/href="//; s/"$//')"

node_proc() { echo "/proc/$(cat "$WORK/node$1.pid")"; }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "$(node_proc "$1")/status"; }
# A node's resident memory by kind, from its smaps: anonymous (mostly the GC heap), the runtime's double-mapped memory
# (its loader heaps and code compiled at run time), and mapped files (the ReadyToRun image, assemblies, native libraries).
rss_parts() {
    awk '/^[0-9a-f]+-[0-9a-f]+ / { kind = ($6 == "" || $6 ~ /^\[/) ? "anonymous" : ($6 ~ /doublemapper/ ? "runtime heaps" : "files"); next }
         /^Rss:/ { kb[kind] += $2 }
         /^Pss:/ { pss += $2 }
         END { printf "anonymous %.0f MB, runtime heaps %.0f MB, files %.0f MB; PSS %.0f MB", kb["anonymous"] / 1024, kb["runtime heaps"] / 1024, kb["files"] / 1024, pss / 1024 }' \
        "$(node_proc "$1")/smaps"
}

# wrk's requests/s and p99 (ms) for one URL.
measure() { # url [cookie]
    local out
    out="$(wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency ${2:+-H "Cookie: $2"} "$1")"
    grep -q "Non-2xx" <<<"$out" && { log "non-2xx answers from $1"; grep "Non-2xx" <<<"$out" >&2; }
    local rps p99
    rps="$(awk '/Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")"
    p99="$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; printf "%.1f", v }' <<<"$out")"
    printf '%s %s' "$rps" "$p99"
}

log "warming up"
for base in "$NODE1" "$NGINX2"; do
    wrk -t1 -c4 -d3s "$base/" >/dev/null; wrk -t1 -c4 -d3s "$base$ARTICLE" >/dev/null
    wrk -t1 -c4 -d3s -H "Cookie: $COOKIE" "$base/muj-ucet" >/dev/null
done

printf '\n| Page | %s | %s | %s |\n| --- | --- | --- | --- |\n' "one node direct" "one node through nginx" "two nodes through nginx" | tee "$WORK/results.md"
declare -A HOME_RPS
for page in "/" "$ARTICLE" "/muj-ucet"; do
    cookie=""; [[ "$page" == /muj-ucet ]] && cookie="$COOKIE"
    row="| \`$page\` |"
    for base in "$NODE1" "$NGINX1" "$NGINX2"; do
        log "$base$page"
        read -r rps p99 <<<"$(measure "$base$page" "$cookie")"
        [[ "$page" == / ]] && HOME_RPS[$base]="$rps"
        row+=" $rps req/s, p99 $p99 ms |"
    done
    echo "$row" | tee -a "$WORK/results.md"
done
printf '\nRSS after the runs: node 1 %s MB, node 2 %s MB. Home page through nginx vs direct: %s %%; two nodes vs one node direct: %s %%.\n' \
    "$(rss_mb 1)" "$(rss_mb 2)" \
    "$(awk -v a="${HOME_RPS[$NGINX1]}" -v b="${HOME_RPS[$NODE1]}" 'BEGIN { printf "%+.1f", (a / b - 1) * 100 }')" \
    "$(awk -v a="${HOME_RPS[$NGINX2]}" -v b="${HOME_RPS[$NODE1]}" 'BEGIN { printf "%+.1f", (a / b - 1) * 100 }')" | tee -a "$WORK/results.md"
printf 'Node 1: %s. Node 2: %s.\n' "$(rss_parts 1)" "$(rss_parts 2)" | tee -a "$WORK/results.md"
for n in 1 2; do cp "$(node_proc "$n")/smaps" "$WORK/node$n.smaps"; done   # for a closer look, mapping by mapping
log "results in $WORK/results.md"
