#!/usr/bin/env bash
# Faults under load, against the cluster deploy/cluster/run.sh started (same CLUSTER_DIR and CLUSTER_PORT):
# anonymous readers and signed-in staff request pages through nginx without pause while the script
#   1. kills node 1 with SIGKILL, 2. starts it again, 3. publishes an article and times when each node, and nginx (whose
#   cache keeps anonymous pages for 1–2 s, ADR 0065), serves its page and finds it in search, 4. stops and starts Redis, 5. stops and starts PostgreSQL,
# and prints, per phase, how many requests got which status. Its output for this repository is in docs/cluster.md.
#
#   bash deploy/cluster/run.sh &   # wait for the URL, then:
#   bash deploy/cluster/faults.sh
set -euo pipefail

WORK="${CLUSTER_DIR:-/tmp/portal-cluster}"
PORT="${CLUSTER_PORT:-8080}"
PHASE_SECONDS="${FAULT_PHASE_SECONDS:-10}"
URL="http://127.0.0.1:$PORT"
NODE1="http://127.0.0.1:$((PORT + 1))"
NODE2="http://127.0.0.1:$((PORT + 2))"
OUT="$WORK/faults"
rm -rf "$OUT" && mkdir -p "$OUT"
LOADERS=()

say() { printf '[faults %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
ms() { date +%s%3N; }
as_pg() { if [[ "$(id -u)" == 0 ]]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
cleanup() { for pid in "${LOADERS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

curl -fsS -o /dev/null "$URL/health/ready" || { echo "no cluster at $URL: start deploy/cluster/run.sh first" >&2; exit 1; }

token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }

# A staff session through nginx: the cookie is then presented to whichever node nginx picks.
JAR="$OUT/staff.cookies"
TOKEN="$(curl -fsS -c "$JAR" -b "$JAR" "$URL/admin/prihlaseni" | token_of)"
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "Email=admin@pelhrimov.example" \
    --data-urlencode "Password=$(cat "$WORK/admin-password")" --data-urlencode "ReturnUrl=/admin" \
    --data-urlencode "__RequestVerificationToken=$TOKEN" "$URL/admin/prihlaseni"
[[ "$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "$URL/admin")" == 200 ]] || { echo "staff sign-in failed" >&2; exit 1; }
ARTICLE="$(curl -fsS "$URL/aktuality" | grep -o 'href="/aktuality/[^"/]*"' | grep -v '/rss"' | head -1 | sed 's/href="//; s/"$//')"

# Each loader appends "<ms since epoch> <status> <seconds>" per request; a signed-in request that is sent to the
# sign-in page (302) counts as signed out.
load() { # name url [cookie jar]
    local name="$1" url="$2" jar="${3:-}"
    while true; do
        printf '%s %s\n' "$(ms)" "$(curl -s -o /dev/null --max-time 10 ${jar:+-b "$jar"} -w '%{http_code} %{time_total}' "$url" || true)"
    done >>"$OUT/$name.log"
}
load reader-home "$URL/" & LOADERS+=($!)
load reader-article "$URL$ARTICLE" & LOADERS+=($!)
load reader-news "$URL/aktuality" & LOADERS+=($!)
load staff-content "$URL/admin/obsah" "$JAR" & LOADERS+=($!)
load staff-home "$URL/admin" "$JAR" & LOADERS+=($!)

PHASES=()
phase() { PHASES+=("$(ms) $1"); say "$1"; }

phase "steady: two nodes"
sleep "$PHASE_SECONDS"

phase "node 1 killed (SIGKILL)"
kill -9 "$(cat "$WORK/node1.pid")"
sleep "$PHASE_SECONDS"

phase "node 1 starting again"
started=$(ms)
bash "$WORK/node1.sh" &
until curl -fsS -o /dev/null "$NODE1/health/ready" 2>/dev/null; do sleep 0.2; done
say "node 1 ready $(( $(ms) - started )) ms after its start"
sleep "$PHASE_SECONDS"

phase "article published through nginx"
STAMP="$(date +%H%M%S)"
TITLE="Zkouška clusteru $STAMP"
SLUG="/aktuality/zkouska-clusteru-$STAMP"
EDITOR="$(curl -fsS -b "$JAR" "$URL/admin/obsah/novy/Article")"
published=$(ms)
curl -fsS -o /dev/null -b "$JAR" -c "$JAR" --data-urlencode "__RequestVerificationToken=$(token_of <<<"$EDITOR")" \
    --data-urlencode "Input.Title=$TITLE" --data-urlencode "Input.Slug=" \
    --data-urlencode "Input.Fields[perex]=Krátké shrnutí článku." --data-urlencode "Input.Fields[body]=<p>Text článku.</p>" \
    --data-urlencode "Input.Fields[category]=Radnice" --data-urlencode "Input.Fields[image]=" \
    --data-urlencode "Input.Fields[imageAlt]=" --data-urlencode "akce=zverejnit" "$URL/admin/obsah/novy/Article"
published_done=$(ms)
for node in "$NODE1" "$NODE2" "$URL"; do
    page="" search=""
    while [[ -z "$page" || -z "$search" ]]; do
        now=$(ms)
        if [[ -z "$page" ]] && curl -fsS "$node/aktuality" | grep -qF "$SLUG\""; then page=$((now - published_done)); fi
        if [[ -z "$search" ]] && curl -fsS -G --data-urlencode "q=$TITLE" "$node/hledat" | grep -qF "$SLUG\""; then search=$((now - published_done)); fi
        (( now - published_done < 30000 )) || break
        sleep 0.05
    done
    say "$node: news list shows it ${page:-never (30 s)} ms, search finds it ${search:-never (30 s)} ms after the publish answered ($((published_done - published)) ms)"
done
sleep "$PHASE_SECONDS"

phase "Redis stopped"
redis-cli -p 6390 shutdown >/dev/null 2>&1 || true
sleep "$PHASE_SECONDS"
phase "Redis started again"
bash "$WORK/redis.sh" &
sleep "$PHASE_SECONDS"

if [[ -f "$WORK/pg-stop.cmd" ]]; then
    phase "PostgreSQL stopped"
    as_pg "$(cat "$WORK/pg-stop.cmd")" >/dev/null
    sleep "$PHASE_SECONDS"
    phase "PostgreSQL started again"
    as_pg "$(cat "$WORK/pg-start.cmd")" >/dev/null
    sleep "$PHASE_SECONDS"
fi
phase "end"
cleanup

# Per phase and loader: requests and their statuses (000 = no answer within 10 s or connection refused), p99 time.
echo
printf '%-28s %-15s %8s  %-36s %7s\n' phase loader requests statuses "p99 ms"
for ((i = 0; i + 1 < ${#PHASES[@]}; i++)); do
    from="${PHASES[i]%% *}" to="${PHASES[i+1]%% *}" name="${PHASES[i]#* }"
    for log in "$OUT"/*.log; do
        lines="$(awk -v from="$from" -v to="$to" '$1 >= from && $1 < to' "$log")"
        [[ -n "$lines" ]] || continue
        count=$(wc -l <<<"$lines")
        statuses="$(awk '{ print $2 }' <<<"$lines" | sort | uniq -c | awk '{ printf "%s×%s ", $2, $1 }')"
        p99="$(awk '{ print $3 * 1000 }' <<<"$lines" | sort -n | awk -v n="$count" 'NR == (int(n * 0.99) > 0 ? int(n * 0.99) : 1)')"
        printf '%-28s %-15s %8d  %-36s %7.0f\n' "${name:0:28}" "$(basename "$log" .log)" "$count" "$statuses" "$p99"
    done
done
