#!/usr/bin/env bash
# A local cluster of the portal on loopback: PostgreSQL and Redis (Debian packages), two identical web nodes sharing
# them and one shared store, nginx in front. Prints the URL; Ctrl+C stops everything it started.
#
#   bash deploy/cluster/run.sh
#
# Redis keeps the data-protection keys, so it runs with its append-only file (in $CLUSTER_DIR): a Redis restart
# must not sign everybody out.
# Needs: the .NET 10 SDK, and `apt-get install postgresql redis-server nginx` (it says so if one is missing).
# Knobs (environment variables, all optional):
#   CLUSTER_DIR=/tmp/portal-cluster  where the nodes' data folders, the shared store, the database cluster and the logs
#                                    live; kept between runs (the site is set up on the first run only)
#   CLUSTER_PORT=8080                nginx's port; the nodes listen on the next two (8081, 8082), Redis on 6390 and a
#                                    private PostgreSQL on 55432
#   CLUSTER_PG="Host=…"              use this PostgreSQL (a database that exists) instead of starting a private one
#   CLUSTER_APP=dir                  an existing `dotnet publish` output of src/Pelhrimov.Web instead of publishing
#   CLUSTER_NODES=2                  how many nodes (nginx's upstream lists them all)
# The site's first administrator is admin@pelhrimov.example with the password printed at the end (kept in
# $CLUSTER_DIR/admin-password).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="${CLUSTER_DIR:-/tmp/portal-cluster}"
PORT="${CLUSTER_PORT:-8080}"
NODES="${CLUSTER_NODES:-2}"
REDIS_PORT=6390
PG_PORT=55432
PIDS=()

say() { printf '[cluster %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

stop_all() {
    trap - INT TERM EXIT
    say "stopping"
    local pid
    # Nodes restarted by hand (bash $WORK/nodeN.sh) are not children of this script: their pid files name them.
    for pid in "${PIDS[@]}" $(cat "$WORK"/node*.pid "$WORK/redis.pid" 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -f "$WORK"/node*.pid "$WORK/redis.pid"
    if [[ -n "${PG_BIN:-}" && -z "${CLUSTER_PG:-}" && -f "$WORK/pg/postmaster.pid" ]]; then
        as_pg "$PG_BIN/pg_ctl -D '$WORK/pg' -m fast -w stop" >/dev/null || true
    fi
    say "stopped"
}
trap stop_all INT TERM EXIT

as_pg() { if [[ "$(id -u)" == 0 ]]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }

need() { command -v "$1" >/dev/null 2>&1 || die "$1 is missing: apt-get install $2"; }
need dotnet "the .NET 10 SDK"
need redis-server redis-server
need nginx nginx
need curl curl

wait_for() { # url seconds what
    local deadline=$((SECONDS + $2))
    until curl -fsS -o /dev/null "$1" 2>/dev/null; do
        ((SECONDS < deadline)) || die "$3 did not answer $1 within $2 s (logs in $WORK)"
        sleep 0.5
    done
}

mkdir -p "$WORK/shared" "$WORK/nginx-tmp"

# --- PostgreSQL: a private cluster in $WORK/pg (or the one CLUSTER_PG names) -------------------------------------
if [[ -n "${CLUSTER_PG:-}" ]]; then
    CONNECTION="$CLUSTER_PG"
else
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    [[ -x "$PG_BIN/initdb" ]] || die "PostgreSQL is missing: apt-get install postgresql"
    if [[ ! -f "$WORK/pg/PG_VERSION" ]]; then
        say "creating a PostgreSQL cluster in $WORK/pg"
        mkdir -p "$WORK/pg"
        [[ "$(id -u)" == 0 ]] && chown postgres "$WORK/pg" && chmod 755 "$WORK"
        as_pg "$PG_BIN/initdb -D '$WORK/pg' -U postgres -A trust -E UTF8 --locale=C.UTF-8" >"$WORK/initdb.log"
    fi
    # Written out for deploy/cluster/faults.sh, which stops and starts the database under load.
    printf '%s\n' "$PG_BIN/pg_ctl -D '$WORK/pg' -l '$WORK/pg/server.log' -w -o '-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1' start" >"$WORK/pg-start.cmd"
    printf '%s\n' "$PG_BIN/pg_ctl -D '$WORK/pg' -m fast -w stop" >"$WORK/pg-stop.cmd"
    as_pg "$(cat "$WORK/pg-start.cmd")" >/dev/null
    as_pg "$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='pelhrimov'\"" | grep -q 1 \
        || as_pg "$PG_BIN/createdb -h 127.0.0.1 -p $PG_PORT -U postgres pelhrimov"
    CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Database=pelhrimov;Username=postgres"
    say "PostgreSQL on 127.0.0.1:$PG_PORT"
fi

# --- Redis ----------------------------------------------------------------------------------------------------------
cat >"$WORK/redis.sh" <<REDIS
#!/usr/bin/env bash
exec redis-server --bind 127.0.0.1 --port $REDIS_PORT --save "" --appendonly yes --dir '$WORK' --pidfile '$WORK/redis.pid' >>'$WORK/redis.log' 2>&1
REDIS
bash "$WORK/redis.sh" &
PIDS+=($!)
say "Redis on 127.0.0.1:$REDIS_PORT"

# --- the application, published once ------------------------------------------------------------------------------
APP="${CLUSTER_APP:-$WORK/app}"
if [[ -z "${CLUSTER_APP:-}" ]]; then
    say "publishing src/Pelhrimov.Web to $APP (5–15 minutes, the first time only)"
    # The production form (README, "Operations"): self-contained, runtime and app in one ReadyToRun composite image.
    dotnet publish "$REPO/src/Pelhrimov.Web" -c Release -r linux-x64 --self-contained -o "$APP" -v q -nologo >"$WORK/publish.log" 2>&1 \
        || die "publish failed, see $WORK/publish.log"
fi
[[ -f "$APP/Pelhrimov.Web.dll" ]] || die "no Pelhrimov.Web.dll in $APP"
# A self-contained output runs its own executable; a framework-dependent one runs on the installed runtime.
if grep -q '"includedFrameworks"' "$APP/Pelhrimov.Web.runtimeconfig.json"; then LAUNCH="./Pelhrimov.Web"; else LAUNCH="dotnet Pelhrimov.Web.dll"; fi

[[ -f "$WORK/admin-password" ]] || head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$WORK/admin-password"

# --- the nodes: identical but for their port and their own data folder (search index, logs) ----------------------
start_node() { # n — writes $WORK/nodeN.sh (run it again to restart a node you killed) and starts it
    local n="$1" port=$((PORT + $1))
    mkdir -p "$WORK/node$n"
    cat >"$WORK/node$n.sh" <<NODE
#!/usr/bin/env bash
cd '$APP'
export ASPNETCORE_ENVIRONMENT=Production DOTNET_GCgen0size=0x400000
export App__PublicUrl='http://127.0.0.1:$PORT' App__DataPath='$WORK/node$n' App__SharedPath='$WORK/shared'
export Database__Provider=Postgres ConnectionStrings__Default='$CONNECTION'
export Redis__Configuration='127.0.0.1:$REDIS_PORT'
export Admin__Password='$(cat "$WORK/admin-password")'
echo \$\$ >'$WORK/node$n.pid'
exec $LAUNCH --urls 'http://127.0.0.1:$port' >>'$WORK/node$n.log' 2>&1
NODE
    bash "$WORK/node$n.sh" &
    PIDS+=($!)
}

UPSTREAM=""
for ((n = 1; n <= NODES; n++)); do
    start_node "$n"
    UPSTREAM+="        server 127.0.0.1:$((PORT + n)) max_fails=1 fail_timeout=5s;"$'\n'
done
for ((n = 1; n <= NODES; n++)); do
    wait_for "http://127.0.0.1:$((PORT + n))/health/ready" 600 "node $n"
    say "node $n ready on 127.0.0.1:$((PORT + n)) (pid $(cat "$WORK/node$n.pid"), log $WORK/node$n.log)"
done

# --- nginx ----------------------------------------------------------------------------------------------------------
awk -v root="$([[ "$(id -u)" == 0 ]] && echo 1)" -v upstream="$UPSTREAM" -v work="$WORK" -v listen="127.0.0.1:$PORT" -v wwwroot="$APP/wwwroot" '
    /^worker_processes/ && root { print "user root;" }
    /server @NODE1@/ { printf "%s", upstream; next }
    /server @NODE2@/ { next }
    { gsub("@WORK@", work); gsub("@LISTEN@", listen); gsub("@WWWROOT@", wwwroot); print }
' "$REPO/deploy/cluster/nginx.conf.template" >"$WORK/nginx.conf"
nginx -t -c "$WORK/nginx.conf" -p "$WORK" >"$WORK/nginx-test.log" 2>&1 || die "nginx configuration: $(cat "$WORK/nginx-test.log")"
nginx -c "$WORK/nginx.conf" -p "$WORK" &
NGINX_PID=$!
PIDS+=("$NGINX_PID")
wait_for "http://127.0.0.1:$PORT/health/live" 30 "nginx"

cat <<EOF

  Portál občana, $NODES nodes behind nginx:  http://127.0.0.1:$PORT/
  admin:  http://127.0.0.1:$PORT/admin   admin@pelhrimov.example / $(cat "$WORK/admin-password")
  nodes:  $(for ((n = 1; n <= NODES; n++)); do printf 'http://127.0.0.1:%s/  ' $((PORT + n)); done)
  logs:   $WORK/node*.log, $WORK/nginx-*.log
  faults: kill -9 \$(cat $WORK/node1.pid)   then   bash $WORK/node1.sh &   to start it again

  Ctrl+C stops everything.
EOF
# Runs until Ctrl+C (or nginx ends); a node killed on purpose does not end the cluster.
wait "$NGINX_PID" || true
