#!/usr/bin/env bash
# Notifications and workflows (issue 15): bench/NotificationsBench on SQLite and on PostgreSQL, RUNS times each, and the
# medians of the headline numbers. The site runs inside the bench process (Program, Production environment, product
# defaults), e-mail goes to a real SMTP server on loopback in the same process.
# Usage: bash bench/notifications.sh [events=5000] [mails=2000] [sequential=300]
# Knobs: BENCH_RUNS=3, BENCH_DATABASES="Sqlite Postgres", BENCH_PG=<connection string of a PostgreSQL admin>
# (default Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres), BENCH_KEEP=1 keeps the raw outputs.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${BENCH_RUNS:-3}"
DATABASES="${BENCH_DATABASES:-Sqlite Postgres}"
WORK="$(mktemp -d /tmp/pelhrimov-notify.XXXXXX)"
cleanup() { if [[ "${BENCH_KEEP:-0}" == 1 ]]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi; }
trap cleanup EXIT

dotnet build "$REPO/bench/NotificationsBench" -c Release -o "$WORK/bench" -v q -nologo >"$WORK/build.log" 2>&1 \
    || { tail -30 "$WORK/build.log" >&2; exit 1; }
echo "machine: $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$REPO" rev-parse --short HEAD)"

# value_of file line-prefix key -> the key's value on the first line starting with the prefix
value_of() { grep -m1 "^$2" "$1" | tr ' ' '\n' | sed -n "s/^$3=//p" | head -1; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for db in $DATABASES; do
    rates=(); p50=(); p99=(); maxes=(); shares=(); eng=(); burst_eng=(); paired50=(); paired95=()
    for ((r = 1; r <= RUNS; r++)); do
        out="$WORK/$db-$r.txt"
        echo "== $db run $r of $RUNS, load average $(cut -d' ' -f1-3 /proc/loadavg)"
        (cd "$WORK/bench" && timeout 3600 dotnet NotificationsBench.dll "$db" "${1:-5000}" "${2:-2000}" "${3:-300}") | tee "$out"
        rates+=("$(value_of "$out" 'mail ' per_second)")
        p50+=("$(value_of "$out" 'burst commit_to_smtp' p50_ms)")
        p99+=("$(value_of "$out" 'burst commit_to_smtp' p99_ms)")
        maxes+=("$(value_of "$out" 'burst commit_to_smtp' max_ms)")
        shares+=("$(value_of "$out" 'burst commit_to_smtp' share_within_10s_pct)")
        eng+=("$(value_of "$out" 'engine delivered_to_first_step_durable' p95_ms)")
        burst_eng+=("$(value_of "$out" 'burst engine delivered_to_first_step_durable' p95_ms)")
        paired50+=("$(value_of "$out" 'paired engine_overhead' p50_ms)")
        paired95+=("$(value_of "$out" 'paired engine_overhead' p95_ms)")
    done
    echo "== $db, medians of $RUNS runs (load average now $(cut -d' ' -f1-3 /proc/loadavg)):"
    echo "   e-mails/s to SMTP: $(median "${rates[@]}") (runs: ${rates[*]}; target >= 50)"
    echo "   burst of ${1:-5000}: event commit -> SMTP p50 $(median "${p50[@]}") ms, p99 $(median "${p99[@]}") ms, max $(median "${maxes[@]}") ms; within 10 s: $(median "${shares[@]}") % (runs: ${shares[*]}; target >= 99)"
    echo "   engine overhead per event (the workflow's span less the same effect's span without the engine, one at a time, alternating): p50 $(median "${paired50[@]}") ms, p95 $(median "${paired95[@]}") ms (runs: ${paired95[*]}; target <= 5)"
    echo "   delivery -> first step durable with the engine, one at a time: p95 $(median "${eng[@]}") ms (runs: ${eng[*]}); during the burst: p95 $(median "${burst_eng[@]}") ms"
done
