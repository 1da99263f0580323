#!/usr/bin/env bash
# The performance benchmark, one command, one run on this machine:
#   1. builds bootstrap/target/bastion.jar if it is missing (REBUILD=1 builds it anyway);
#   2. creates a fresh database on the local PostgreSQL, flushes a Redis db of its own (13);
#   3. starts the server once so Flyway migrates and the admin is seeded, stops it, seeds
#      bench/seed-organization.sql (1 000 departments 6 levels deep, 100 000 users, 20 roles,
#      a DEPT_AND_CHILDREN `manager`), then bench/seed-operation-log.sql (1 000 000 operation-log entries
#      over 30 days, hash chain intact) and VACUUM ANALYZEs;
#   4. (AOT=1) starts it without an AOT cache, for comparison: start time and the early figures
#      (/auth/me from 5 s after the first 200 from /health, then the scoped list); then a training
#      run under load (the mix, each family's read) that records a JDK 25 AOT cache at exit;
#   5. starts it again, production-like (MICRONAUT_ENVIRONMENTS=prod, Redis sessions, fixed heap,
#      Temurin 25, the AOT cache, Native Memory Tracking), timing process start to the first 200
#      from /health, and takes the same early figures;
#   6. measures, each after its own warm-up: an nginx static file (1 KB JSON, same wrk settings),
#      then the scenarios below with `wrk -t2 -c64 -d20s --latency`, then logins again with a paced
#      probe on /auth/me running beside them, to compare its p99 with the idle one; reads RSS and
#      the Native Memory Tracking summary after the load;
#   7. (EMBEDDED=1) times EMBEDDED_STARTS starts on a warm embedded-PostgreSQL data folder (no
#      DATABASE_URL); each start figure is the median of its starts (the DATABASE_URL one of the
#      measured server's and the AUDIT pair's fresh servers'), each start listed beside it;
#   8. prints one Markdown report (also in $OUT/report.md) and stops everything it started.
# Scenarios: GET /auth/me (admin); GET /dict-types/user_status/items (manager; cached); GET /users/{id}, GET /users?page=1&size=20 and the same with
# &username=ab, as `manager` (scope DEPT_AND_CHILDREN); POST /users (admin, unique usernames);
# POST /depts (admin; a cheap write: a row and its domain event); POST /auth/login (user000001); a mix of 80 % reads, 15 % list, 5 % creates;
# then one read per endpoint family (FAMILIES=1): GET /configs/{key}, the caller's notices and unread count, GET /jobs,
# GET /roles, the menu tree, the department tree at 1 000 departments, /auth/menus (manager), the operation log
# (1 000 000 entries) for one day, and for seven days with module=system:user (admin);
# then the AUDIT pair (AUDIT_PAIR=1): POST /users and PUT /users/{id} with the operation log on and off
# (BASTION_AUDIT_ENABLED=false), AUDIT_ROUNDS rounds of (on, off), each on a freshly started server, for the
# log's cost as an off/on ratio of the rounds' means.
# Nothing here asserts a result: the report states each target and whether this run met it.
#
# Usage (repository root or anywhere):  bench/run.sh
# Knobs (environment): DURATION=20s WARMUP=15s JIT_WARMUP=60s THREADS=2 CONNECTIONS=64 TIMEOUT=10s PORT=18090
#   SETTLE=3 NGINX_PORT=18091 REDIS_DB=13 JAVA_HOME_BENCH=/usr/lib/jvm/temurin-25-jdk-amd64
#   JAVA_OPTS="-Xmx256m -Xmn128m -XX:SurvivorRatio=2 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError" AOT=1
#   JIT_WARMUP=60s SERVER_ENV="NAME=value ..." TRAIN=30s COLD_WINDOW=5s NMT=1 EMBEDDED=1
#   FAMILIES=1 AUDIT_PAIR=1 AUDIT_ROUNDS=2 EMBEDDED_STARTS=3 UPDATE_USERS=8000 REBUILD=0 KEEP_DB=0 OUT=/tmp/bastion-bench-<time> PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-15s}
JIT_WARMUP=${JIT_WARMUP:-60s}   # the mix, once, before the first scenario: every hot path compiled

THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
TIMEOUT=${TIMEOUT:-10s}
SETTLE=${SETTLE:-3}   # seconds of quiet after each wrk run: requests still queued in the server finish
PORT=${PORT:-18090}
NGINX_PORT=${NGINX_PORT:-18091}
REDIS_DB=${REDIS_DB:-13}
JAVA_HOME_BENCH=${JAVA_HOME_BENCH:-/usr/lib/jvm/temurin-25-jdk-amd64}
# SerialGC: on 2 cores with a 256 MB heap it is what the JVM's own ergonomics pick below 2 cores /
# 1.8 GB, and Argon2's 19 MiB per hash is short-lived garbage it collects best (see RESULTS.md)
# -Xmn128m -XX:SurvivorRatio=2: a young generation whose survivor spaces hold the Argon2 memory of
# a hash in flight, so it dies young instead of being promoted and forcing full collections
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -Xmn128m -XX:SurvivorRatio=2 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError}
AOT=${AOT:-1}   # 1: a start without it (for comparison), then a training run under load records a JDK AOT cache the measured start uses
TRAIN=${TRAIN:-30s}   # the training run's mix (then 2 s of each family's read)
COLD_WINDOW=${COLD_WINDOW:-5s}   # the early figures after a start: /auth/me from 5 s after the first 200, then the list
NMT=${NMT:-1}   # 1: the measured server runs with -XX:NativeMemoryTracking=summary, read after the load
EMBEDDED=${EMBEDDED:-1}   # 1: at the end, start-to-healthy on a warm embedded-PostgreSQL data folder (no DATABASE_URL)
EMBEDDED_STARTS=${EMBEDDED_STARTS:-3}   # measured starts on the warm embedded folder (their median is the figure)
SERVER_ENV=${SERVER_ENV:-}
REBUILD=${REBUILD:-0}
KEEP_DB=${KEEP_DB:-0}
FAMILIES=${FAMILIES:-1}   # 1: one read scenario per endpoint family (config, notices, jobs, roles, menus, departments, /auth/menus)
AUDIT_PAIR=${AUDIT_PAIR:-1}   # 1: measure POST /users and PUT /users/{id} with the operation log on, then off
AUDIT_ROUNDS=${AUDIT_ROUNDS:-2}   # rounds of (on, off) of the AUDIT pair, each side on a fresh server
UPDATE_USERS=${UPDATE_USERS:-8000}   # seeded users the update scenario edits, shared among the threads
OUT=${OUT:-/tmp/bastion-bench-$(date +%Y%m%d-%H%M%S)}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

JAVA="$JAVA_HOME_BENCH/bin/java"
JAR="$ROOT/bootstrap/target/bastion.jar"
BASE="http://127.0.0.1:$PORT"
REDIS_URI="redis://127.0.0.1:6379/$REDIS_DB"
DB="bastion_bench_$$"
ADMIN_PASSWORD="bench-password-1"        # the seed gives every bench user the admin's password
JWT_SECRET="bench-jwt-secret-of-at-least-thirty-two-bytes"
WRK_DIR="$ROOT/bench/wrk"

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench/run.sh: %s\n' "$*" >&2; exit 1; }
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }
spaced() { local IFS=' '; local list="$*"; echo "${list// / / }"; }   # "a b c" -> "a / b / c"

# ---------------------------------------------------------------- prerequisites
missing=()
need() { command -v "$1" >/dev/null 2>&1 || missing+=("$1 ($2)"); }
need wrk "apt-get install -y wrk"
need psql "apt-get install -y postgresql-client"
need redis-cli "apt-get install -y redis-tools"
need curl "apt-get install -y curl"
need jq "apt-get install -y jq"
NGINX=$(command -v nginx || true)
[ -n "$NGINX" ] || { [ -x /usr/sbin/nginx ] && NGINX=/usr/sbin/nginx; } || missing+=("nginx (apt-get install -y nginx-light)")
[ -x "$JAVA" ] || missing+=("$JAVA (Temurin 25: set JAVA_HOME_BENCH, or install temurin-25-jdk from packages.adoptium.net)")
if [ ${#missing[@]} -gt 0 ]; then
    printf 'bench/run.sh: missing prerequisites:\n' >&2
    printf '  - %s\n' "${missing[@]}" >&2
    exit 1
fi
psql -d postgres -Atqc 'SELECT 1' >/dev/null 2>&1 \
    || die "PostgreSQL is not reachable as $PGUSER@$PGHOST:$PGPORT (set PGHOST/PGPORT/PGUSER/PGPASSWORD)"
[ "$(redis-cli -u "$REDIS_URI" ping 2>/dev/null)" = PONG ] || die "Redis is not reachable at $REDIS_URI"
for p in "$PORT" "$NGINX_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then die "port $p is in use (set PORT / NGINX_PORT)"; fi
done

mkdir -p "$OUT"
say "output and logs in $OUT"

# ---------------------------------------------------------------- cleanup: everything we start
SERVER_PID="" NGINX_PID="" DB_CREATED=0
BG_PIDS=()
stop_pid() {  # $1 = pid, $2 = seconds to wait (15): TERM, then KILL
    local pid=$1 i
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 $(( ${2:-15} * 10 ))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    for pid in "${BG_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    stop_pid "$NGINX_PID"
    stop_pid "$SERVER_PID"
    if [ "$DB_CREATED" = 1 ]; then
        if [ "$KEEP_DB" = 1 ]; then
            say "kept database $DB (KEEP_DB=1); drop it with: psql -c 'DROP DATABASE $DB WITH (FORCE)'"
        else
            psql -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
        fi
    fi
    redis-cli -u "$REDIS_URI" flushdb >/dev/null 2>&1 || true
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- jar
if [ "$REBUILD" = 1 ] || [ ! -f "$JAR" ]; then
    say "building $JAR (./mvnw -q -B -DskipTests package)"
    ./mvnw -q -B -DskipTests package >"$OUT/build.log" 2>&1 || { tail -40 "$OUT/build.log" >&2; die "build failed"; }
else
    say "reusing $JAR ($(date -r "$JAR" '+%Y-%m-%d %H:%M'); REBUILD=1 to build it again)"
fi
JAR_COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)

# ---------------------------------------------------------------- server
rss_mb() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
hwm_mb() { awk '/^VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

START_MS=""
parse_wrk() {
    awk 'function ms(v,  n, u) { n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
             if (u == "us") return n / 1000; if (u == "s") return n * 1000; if (u == "m") return n * 60000
             return n }
         /Requests\/sec/ { rps = $2 }
         /^ +50%/ { p50 = ms($2) }
         /^ +99%/ { p99 = ms($2) }
         /Non-2xx or 3xx responses/ { non = $NF }
         /Socket errors/ { gsub(",", ""); err = $4 + $6 + $8 + $10 }
         / requests in / { reqs = $1 }
         END { printf "%s %.2f %.2f %d %d %d\n", rps, p50, p99, non, err, reqs }' "$1"
}
WRK=(wrk -t"$THREADS" -c"$CONNECTIONS" --timeout "$TIMEOUT" --latency)
declare -A R  # scenario → parsed result
declare -A GC  # scenario → "pauses total-ms" during its measured run
declare -A CPU  # scenario → "java pg redis" CPU µs per request during its measured run
login() {  # $1 user → access token
    local body
    body=$(curl -s --max-time 10 -H 'Content-Type: application/json' \
        -d "{\"username\":\"$1\",\"password\":\"$ADMIN_PASSWORD\"}" "$BASE/api/v1/auth/login")
    jq -er .accessToken <<<"$body" 2>/dev/null || die "login as $1 failed: $body"
}
start_server() {  # $1 = label, $2 = extra JVM options; sets SERVER_PID and START_MS (process start to first 200 from /health)
    local log="$OUT/server-$1.log" t0 i
    t0=$(now_ms)
    # shellcheck disable=SC2086  # JAVA_OPTS and SERVER_ENV are word lists on purpose
    env -i PATH="$PATH" HOME="$HOME" LANG=C.UTF-8 \
        MICRONAUT_ENVIRONMENTS=prod PORT="$PORT" BASTION_DATA_DIR="$OUT/data" \
        DATABASE_URL="$SERVER_DB_URL" DATABASE_USER="$PGUSER" \
        DATABASE_PASSWORD="${PGPASSWORD:-}" REDIS_URI="$REDIS_URI" \
        BASTION_ADMIN_PASSWORD="$ADMIN_PASSWORD" BASTION_JWT_SECRET="$JWT_SECRET" \
        BASTION_LOGIN_RATE_PER_MINUTE=100000000 BASTION_ACCESS_TOKEN_TTL=2h $SERVER_ENV \
        "$JAVA" $JAVA_OPTS ${2:-} -Xlog:gc:file="$OUT/gc-$1.log" -jar "$JAR" >"$log" 2>&1 &
    SERVER_PID=$!
    for i in $(seq 1 3000); do  # 60 s at 20 ms
        if curl -sf -o /dev/null --max-time 1 "$BASE/health"; then
            START_HEALTHY_AT=$(now_ms)
            START_MS=$(( START_HEALTHY_AT - t0 ))
            return 0
        fi
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            printf -- '--- last lines of %s ---\n' "$log" >&2; tail -40 "$log" >&2
            SERVER_PID=""
            die "the server ($1) exited before it became healthy"
        fi
        sleep 0.02
    done
    printf -- '--- last lines of %s ---\n' "$log" >&2; tail -40 "$log" >&2
    curl -s --max-time 2 "$BASE/health" >&2 || true
    die "the server ($1) did not answer 200 on /health within 60 s"
}
server_alive() {
    kill -0 "$SERVER_PID" 2>/dev/null && return 0
    printf -- '--- last lines of %s ---\n' "$OUT/server-bench.log" >&2; tail -40 "$OUT/server-bench.log" >&2
    SERVER_PID=""
    die "the server died during '$1'"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
redis-cli -u "$REDIS_URI" flushdb >/dev/null
psql -d postgres -qc "CREATE DATABASE $DB" >/dev/null
DB_CREATED=1
SERVER_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"   # empty: the server starts its embedded PostgreSQL
say "database $DB; first start (Flyway migrates the empty database)"
start_server migrate
FIRST_START_MS=$START_MS
stop_pid "$SERVER_PID" 60; SERVER_PID=""

say "seeding bench/seed-organization.sql (about 15 s)"
t0=$(now_ms)
psql -d "$DB" -q -v ON_ERROR_STOP=1 -f bench/seed-organization.sql >"$OUT/seed.log" 2>&1 \
    || { cat "$OUT/seed.log" >&2; die "seeding failed"; }
psql -d "$DB" -qc 'VACUUM ANALYZE' >>"$OUT/seed.log" 2>&1
SEED_MS=$(( $(now_ms) - t0 ))
say "seeding bench/seed-operation-log.sql (1 000 000 entries, hash chain; 2-3 minutes)"
t0=$(now_ms)
psql -d "$DB" -q -v ON_ERROR_STOP=1 -f bench/seed-operation-log.sql >"$OUT/seed-operation-log.log" 2>&1 \
    || { cat "$OUT/seed-operation-log.log" >&2; die "seeding the operation log failed"; }
psql -d "$DB" -qc 'VACUUM ANALYZE operation_log' >>"$OUT/seed-operation-log.log" 2>&1
OPLOG_SEED_MS=$(( $(now_ms) - t0 ))
OPLOG_ENTRIES=$(psql -d "$DB" -Atc 'SELECT count(*) FROM operation_log')
read -r N_USERS N_DEPTS N_ROLES N_MENUS < <(psql -d "$DB" -AtF' ' -c "SELECT
    (SELECT count(*) FROM users WHERE deleted_at IS NULL), (SELECT count(*) FROM departments),
    (SELECT count(*) FROM roles), (SELECT count(*) FROM menus)")

# Warm-up after a start: /auth/me (admin) from 5 s after the first 200 from /health, then the scoped
# list (manager) right after it, COLD_WINDOW each; compared with the warmed figures measured later.
early_figures() {  # $1 = label: sets COLD_ME_<label>, COLD_LIST_<label> ("req/s p50 p99 ...") and the tokens
    local admin manager wait_ms
    admin=$(login admin); manager=$(login manager)
    wait_ms=$(( START_HEALTHY_AT + 5000 - $(now_ms) ))
    [ "$wait_ms" -le 0 ] || sleep "$(awk -v m="$wait_ms" 'BEGIN {printf "%.3f", m / 1000}')"
    "${WRK[@]}" -d"$COLD_WINDOW" -s "$WRK_DIR/get.lua" "$BASE/api/v1/auth/me" -- "$admin" >"$OUT/wrk-cold-me-$1.txt"
    "${WRK[@]}" -d"$COLD_WINDOW" -s "$WRK_DIR/get.lua" "$BASE/api/v1/users?page=1&size=20" -- "$manager" \
        >"$OUT/wrk-cold-list-$1.txt"
    R[cold_me_$1]=$(parse_wrk "$OUT/wrk-cold-me-$1.txt")
    R[cold_list_$1]=$(parse_wrk "$OUT/wrk-cold-list-$1.txt")
}

redis-cli -u "$REDIS_URI" flushdb >/dev/null
AOT_OPTS=""
if [ "$AOT" = 1 ]; then
    # Without the cache first, for what it pays: start time and the early figures of a plain start.
    say "a start without the AOT cache (for comparison)"
    start_server plain
    PLAIN_START_MS=$START_MS
    early_figures plain
    stop_pid "$SERVER_PID" 60; SERVER_PID=""
    # JDK 25 (JEP 483/514/515): a training run under load records which classes load and link and how
    # the hot methods behave; at exit the JVM writes them to a cache that the measured start maps
    # (classes already parsed and linked) and whose profiles let the JIT compile the hot paths at once.
    AOT_CACHE="$OUT/bastion.aot"
    say "training run for the AOT cache: the mix and each family's read, $TRAIN in all"
    start_server train "-XX:AOTCacheOutput=$AOT_CACHE"
    train_admin=$(login admin); train_manager=$(login manager)
    train_id=$(curl -s --max-time 10 -H "Authorization: Bearer $train_manager" "$BASE/api/v1/users?page=1&size=1" \
        | jq -er '.items[0].id') || die "training: listing as manager gave no user"
    "${WRK[@]}" -d"$TRAIN" -s "$WRK_DIR/mix.lua" "$BASE" -- "$train_admin" "$train_manager" "$train_id" train \
        "$ADMIN_PASSWORD" >"$OUT/wrk-train-mix.txt"
    for path in auth/me auth/menus auth/notices/unread-count "auth/notices?page=1&size=20" \
                dict-types/user_status/items "users?page=1&size=20&username=ab" "users/$train_id"; do
        "${WRK[@]}" -d2s -s "$WRK_DIR/get.lua" "$BASE/api/v1/$path" -- "$train_manager" >>"$OUT/wrk-train-reads.txt"
    done
    for path in jobs "roles?page=1&size=20" menus depts "configs?page=1&size=20"; do
        "${WRK[@]}" -d2s -s "$WRK_DIR/get.lua" "$BASE/api/v1/$path" -- "$train_admin" >>"$OUT/wrk-train-reads.txt"
    done
    stop_pid "$SERVER_PID" 180; SERVER_PID=""   # writing the AOT cache at exit takes a while
    [ -s "$AOT_CACHE" ] || die "the training run wrote no AOT cache ($AOT_CACHE); see $OUT/server-train.log"
    AOT_OPTS="-XX:AOTCache=$AOT_CACHE"
    AOT_MB=$(( $(stat -c %s "$AOT_CACHE") / 1048576 ))
    # the rows the training run's creates added are the bench's own: the same prefix as the create scenario
fi

redis-cli -u "$REDIS_URI" flushdb >/dev/null
say "benchmark start (migrations applied)"
NMT_OPTS=""
[ "$NMT" = 1 ] && NMT_OPTS="-XX:NativeMemoryTracking=summary"
start_server bench "$AOT_OPTS $NMT_OPTS"
# One start samples a spread of several hundred ms on this kind of machine: every start with the
# same options (this one and the AUDIT pair's fresh servers) is kept, and their median reported.
STARTS=("$START_MS")
sleep 1
RSS_START=$(rss_mb "$SERVER_PID")
early_figures bench

# ---------------------------------------------------------------- tokens, ids, sanity checks
ADMIN_TOKEN=$(login admin)
MANAGER_TOKEN=$(login manager)
LIST_JSON=$(curl -s --max-time 10 -H "Authorization: Bearer $MANAGER_TOKEN" "$BASE/api/v1/users?page=1&size=20")
USER_ID=$(jq -er '.items[0].id' <<<"$LIST_JSON" 2>/dev/null) || die "listing as manager gave no user: $LIST_JSON"
SCOPE_TOTAL=$(jq -r .total <<<"$LIST_JSON")
PREFIX_TOTAL=$(curl -s --max-time 10 -H "Authorization: Bearer $MANAGER_TOKEN" \
    "$BASE/api/v1/users?page=1&size=20&username=ab" | jq -r .total)
check() {  # $1 = expected status, rest = curl arguments
    local want=$1 got; shift
    got=$(curl -s -o "$OUT/check.body" -w '%{http_code}' --max-time 10 "$@")
    [ "$got" = "$want" ] || die "sanity check: $* answered $got, not $want: $(head -c 400 "$OUT/check.body")"
}
check 200 -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/auth/me"
check 200 -H "Authorization: Bearer $MANAGER_TOKEN" "$BASE/api/v1/users/$USER_ID"
check 200 -H "Authorization: Bearer $MANAGER_TOKEN" "$BASE/api/v1/dict-types/user_status/items"
if [ "$FAMILIES" = 1 ]; then
    CONFIG_KEY=$(curl -s --max-time 10 -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/configs?page=1&size=1" \
        | jq -er '.items[0].key') || die "no configuration parameter to read"
    for path in "configs/$CONFIG_KEY" jobs "roles?page=1&size=20" menus depts; do
        check 200 -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/$path"
    done
    for path in "auth/notices?page=1&size=20" auth/notices/unread-count auth/menus; do
        check 200 -H "Authorization: Bearer $MANAGER_TOKEN" "$BASE/api/v1/$path"
    done
    # the operation log: a day two days back, and seven days before it for one module (seeded entries only)
    iso_ago() { date -u -d "@$(( $(date +%s) / 3600 * 3600 - $1 * 3600 ))" +%Y-%m-%dT%H:%M:%SZ; }
    OPLOG_DAY="logs/operations?page=1&size=20&from=$(iso_ago 48)&to=$(iso_ago 24)"
    OPLOG_WEEK="logs/operations?page=1&size=20&module=system:user&from=$(iso_ago 216)&to=$(iso_ago 48)"
    check 200 -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/$OPLOG_DAY"
    OPLOG_DAY_TOTAL=$(jq -r .total "$OUT/check.body")
    check 200 -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/$OPLOG_WEEK"
    OPLOG_WEEK_TOTAL=$(jq -r .total "$OUT/check.body")
    # the seeded chain verifies (an hour of it, two days back): the seed hashes as the server does
    check 200 -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/logs/operations/verify?from=$(iso_ago 49)&to=$(iso_ago 48)"
    jq -e '.verified > 0 and .firstBroken == null' "$OUT/check.body" >/dev/null \
        || die "the seeded operation log does not verify: $(head -c 400 "$OUT/check.body")"
fi
check 201 -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d "{\"username\":\"sanity1\",\"password\":\"$ADMIN_PASSWORD\"}" "$BASE/api/v1/users"
check 200 -H 'Content-Type: application/json' \
    -d "{\"username\":\"user000001\",\"password\":\"$ADMIN_PASSWORD\"}" "$BASE/api/v1/auth/login"

# ---------------------------------------------------------------- wrk
# Parses wrk --latency output into: req/s p50(ms) p99(ms) non-2xx/3xx socket-errors requests
GC_LOG="$OUT/gc-bench.log"
gc_lines() { wc -l <"$GC_LOG" 2>/dev/null || echo 0; }
gc_since() {  # $1 = line count before: stop-the-world pauses logged since, and their total ms
    tail -n +"$(( $1 + 1 ))" "$GC_LOG" 2>/dev/null \
        | awk '/Pause/ && / [0-9.]+ms$/ {n++; v = $NF; sub(/ms$/, "", v); t += v} END {printf "%d %.0f\n", n, t}'
}
# CPU time (user + system, clock ticks) of the server, of every PostgreSQL process (with the
# children they reaped: backends that ended) and of Redis; a scenario's difference over its
# measured run ÷ its requests says where a request's time goes.
CLK_TCK=$(getconf CLK_TCK)
cpu_snapshot() {
    { sed 's/^[0-9]* (\([^)]*\))/\1/' "/proc/$SERVER_PID/stat" | awk '{print "server", $13 + $14}'
      { cat /proc/[0-9]*/stat 2>/dev/null || true; } | sed -n 's/^[0-9]* (\(postgres\|redis-server\)) /\1 /p' \
          | awk '{t[$1] += $13 + $14 + $15 + $16} END {print "postgres", t["postgres"] + 0; print "redis", t["redis-server"] + 0}'
    } | awk '{v[$1] = $2} END {print v["server"], v["postgres"], v["redis"]}'
}
cpu_per_request() {  # $1 = snapshot before, $2 = after, $3 = requests: "java pg redis" µs per request
    awk -v a="$1" -v b="$2" -v n="$3" -v hz="$CLK_TCK" 'BEGIN {
        split(a, x, " "); split(b, y, " ")
        if (n <= 0) { print "- - -"; exit }
        for (i = 1; i <= 3; i++) printf "%s%.0f", (i > 1 ? " " : ""), (y[i] - x[i]) * 1e6 / hz / n
        print "" }'
}
measure() {  # $1 = key, $2 = label, rest = wrk arguments after the common ones (URL, -s, -- args)
    local key=$1 label=$2; shift 2
    say "$label: warm-up $WARMUP"
    "${WRK[@]}" -d"$WARMUP" "${@//@PFX@/w${key}}" >"$OUT/wrk-$key-warmup.txt"
    sleep "$SETTLE"
    say "$label: $DURATION"
    local gc0 cpu0 cpu1; gc0=$(gc_lines); [ "$key" = nginx ] || cpu0=$(cpu_snapshot)
    "${WRK[@]}" -d"$DURATION" "${@//@PFX@/b${key}}" >"$OUT/wrk-$key.txt"
    [ "$key" = nginx ] || cpu1=$(cpu_snapshot)
    GC[$key]=$(gc_since "$gc0")
    sleep "$SETTLE"
    R[$key]=$(parse_wrk "$OUT/wrk-$key.txt")
    [ "$key" = nginx ] || CPU[$key]=$(cpu_per_request "$cpu0" "$cpu1" "$(awk '{print $6}' <<<"${R[$key]}")")
    [ "$key" = nginx ] || server_alive "$label"
}

# nginx: a child process on its own port, a temporary config, a 1 KB JSON file.
mkdir -p "$OUT/nginx/www"
json='{"items":['
for i in $(seq 1 10); do
    [ "$i" = 1 ] || json+=','
    json+=$(printf '{"id":"01936f6e-%04d-7000-8000-000000000000","username":"user%06d","status":"ENABLED"}' "$i" "$i")
done
json+='],"total":10,"pad":"'
while [ $(( ${#json} + 3 )) -lt 1024 ]; do json+='x'; done
printf '%s"}\n' "$json" >"$OUT/nginx/www/static.json"   # exactly 1 024 bytes of valid JSON
chmod -R a+rX "$OUT/nginx"
cat >"$OUT/nginx/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $OUT/nginx/tmp-body;
    proxy_temp_path $OUT/nginx/tmp-proxy;
    fastcgi_temp_path $OUT/nginx/tmp-fastcgi;
    uwsgi_temp_path $OUT/nginx/tmp-uwsgi;
    scgi_temp_path $OUT/nginx/tmp-scgi;
    types { application/json json; }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $OUT/nginx/www;
    }
}
EOF
"$NGINX" -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -e "$OUT/nginx/error.log" >"$OUT/nginx/stdout.log" 2>&1 &
NGINX_PID=$!
for i in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/static.json" && break; sleep 0.05; done
curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/static.json" || { cat "$OUT/nginx/error.log" >&2; die "nginx did not start"; }
measure nginx "nginx static 1 KB JSON" "http://127.0.0.1:$NGINX_PORT/static.json"
stop_pid "$NGINX_PID"; NGINX_PID=""

say "JIT warm-up: the mix for $JIT_WARMUP (2 cores shared with wrk give the compiler little time)"
"${WRK[@]}" -d"$JIT_WARMUP" -s "$WRK_DIR/mix.lua" "$BASE" -- "$ADMIN_TOKEN" "$MANAGER_TOKEN" "$USER_ID" jit \
    "$ADMIN_PASSWORD" >"$OUT/wrk-jit-warmup.txt"
sleep "$SETTLE"
measure me "GET /auth/me (admin)" -s "$WRK_DIR/get.lua" "$BASE/api/v1/auth/me" -- "$ADMIN_TOKEN"
measure dict "GET /dict-types/user_status/items (manager)" -s "$WRK_DIR/get.lua" \
    "$BASE/api/v1/dict-types/user_status/items" -- "$MANAGER_TOKEN"
measure byid "GET /users/{id} (manager)" -s "$WRK_DIR/get.lua" "$BASE/api/v1/users/$USER_ID" -- "$MANAGER_TOKEN"
measure list "GET /users?page=1&size=20 (manager)" -s "$WRK_DIR/get.lua" \
    "$BASE/api/v1/users?page=1&size=20" -- "$MANAGER_TOKEN"
measure prefix "GET /users?...&username=ab (manager)" -s "$WRK_DIR/get.lua" \
    "$BASE/api/v1/users?page=1&size=20&username=ab" -- "$MANAGER_TOKEN"
if [ "$FAMILIES" = 1 ]; then   # one read per endpoint family, each with its target in the report
    measure config "GET /configs/{key} (admin)" -s "$WRK_DIR/get.lua" "$BASE/api/v1/configs/$CONFIG_KEY" -- "$ADMIN_TOKEN"
    measure notices "GET /auth/notices (manager)" -s "$WRK_DIR/get.lua" \
        "$BASE/api/v1/auth/notices?page=1&size=20" -- "$MANAGER_TOKEN"
    measure unread "GET /auth/notices/unread-count (manager)" -s "$WRK_DIR/get.lua" \
        "$BASE/api/v1/auth/notices/unread-count" -- "$MANAGER_TOKEN"
    measure jobs "GET /jobs (admin)" -s "$WRK_DIR/get.lua" "$BASE/api/v1/jobs" -- "$ADMIN_TOKEN"
    measure roles "GET /roles (admin)" -s "$WRK_DIR/get.lua" "$BASE/api/v1/roles?page=1&size=20" -- "$ADMIN_TOKEN"
    measure menus "GET /menus (admin)" -s "$WRK_DIR/get.lua" "$BASE/api/v1/menus" -- "$ADMIN_TOKEN"
    measure depts "GET /depts (admin, 1 000 departments)" -s "$WRK_DIR/get.lua" "$BASE/api/v1/depts" -- "$ADMIN_TOKEN"
    measure authmenus "GET /auth/menus (manager)" -s "$WRK_DIR/get.lua" "$BASE/api/v1/auth/menus" -- "$MANAGER_TOKEN"
    measure deepmgr "GET /users?page=2000 (manager)" -s "$WRK_DIR/get.lua" \
        "$BASE/api/v1/users?page=2000&size=20" -- "$MANAGER_TOKEN"
    measure deepadmin "GET /users?page=2000 (admin)" -s "$WRK_DIR/get.lua" \
        "$BASE/api/v1/users?page=2000&size=20" -- "$ADMIN_TOKEN"
    measure oplogday "GET /logs/operations one day (admin)" -s "$WRK_DIR/get.lua" "$BASE/api/v1/$OPLOG_DAY" -- "$ADMIN_TOKEN"
    measure oplogweek "GET /logs/operations seven days, one module (admin)" -s "$WRK_DIR/get.lua" \
        "$BASE/api/v1/$OPLOG_WEEK" -- "$ADMIN_TOKEN"
fi
measure create "POST /users (admin)" -s "$WRK_DIR/create.lua" "$BASE/api/v1/users" -- "$ADMIN_TOKEN" @PFX@ "$ADMIN_PASSWORD"
read -r CREATED_ROWS CREATED_DISTINCT DUPLICATES < <(psql -d "$DB" -AtF' ' -c "SELECT
    (SELECT count(*) FROM users WHERE username LIKE 'bcreate%'),
    (SELECT count(DISTINCT username) FROM users WHERE username LIKE 'bcreate%'),
    (SELECT count(*) FROM (SELECT lower(username) FROM users GROUP BY 1 HAVING count(*) > 1) d)")
measure dept "POST /depts (admin)" -s "$WRK_DIR/create-dept.lua" "$BASE/api/v1/depts" -- "$ADMIN_TOKEN" @PFX@
measure login "POST /auth/login (user000001)" -s "$WRK_DIR/login.lua" "$BASE/api/v1/auth/login" -- user000001 "$ADMIN_PASSWORD"

# Logins against a paced, light probe on /auth/me: the probe alone, then beside the login load.
PROBE=(wrk -t1 -c4 --timeout "$TIMEOUT" --latency -d"$DURATION" -s "$WRK_DIR/probe.lua" "$BASE/api/v1/auth/me" -- "$ADMIN_TOKEN" 10)
say "probe on /auth/me (4 connections, 10 ms pause each), idle: $DURATION"
"${PROBE[@]}" >"$OUT/wrk-probe-idle.txt"
sleep "$SETTLE"
say "probe on /auth/me beside the login load: $DURATION"
"${PROBE[@]}" >"$OUT/wrk-probe-login.txt" &
BG_PIDS+=($!)
gc0=$(gc_lines)
"${WRK[@]}" -d"$DURATION" -s "$WRK_DIR/login.lua" "$BASE/api/v1/auth/login" -- user000001 "$ADMIN_PASSWORD" \
    >"$OUT/wrk-login-probed.txt"
GC[login_probed]=$(gc_since "$gc0")
wait "${BG_PIDS[@]}"; BG_PIDS=()
sleep "$SETTLE"
server_alive "login with probe"
R[probe_idle]=$(parse_wrk "$OUT/wrk-probe-idle.txt")
R[probe_login]=$(parse_wrk "$OUT/wrk-probe-login.txt")
R[login_probed]=$(parse_wrk "$OUT/wrk-login-probed.txt")

(sleep 8; top -b -n2 -d2 -w 200 >"$OUT/top-mix.txt" 2>/dev/null) &
BG_PIDS+=($!)
measure mix "mix 80 % reads / 15 % list / 5 % create" -s "$WRK_DIR/mix.lua" "$BASE" -- \
    "$ADMIN_TOKEN" "$MANAGER_TOKEN" "$USER_ID" @PFX@ "$ADMIN_PASSWORD"
wait "${BG_PIDS[@]}" 2>/dev/null || true; BG_PIDS=()
RSS_LOAD=$(rss_mb "$SERVER_PID")
RSS_SPLIT=$(awk '/^Rss(Anon|File|Shmem)/ {printf "%s%s %.0f MB", sep, $1, $2 / 1024; sep = ", "}' "/proc/$SERVER_PID/status")
THREAD_COUNT=$(ls "/proc/$SERVER_PID/task" | wc -l)
if [ "$NMT" = 1 ]; then
    "$JAVA_HOME_BENCH/bin/jcmd" "$SERVER_PID" VM.native_memory summary >"$OUT/nmt-after-load.txt" 2>&1 || true
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
# The caches' own figures after the load (GET /monitor/cache): how often the user listing was a page
# cache hit, across every scenario (the mix's creates drop every cached page).
curl -s --max-time 10 -H "Authorization: Bearer $(login admin)" "$BASE/api/v1/monitor/cache" >"$OUT/caches-after-load.json" || true
PAGE_CACHE=$(jq -r '.caches[] | select(.name == "users")
                    | "\(.hits) hits, \(.misses) misses (\(.hitRatio) %), \(.entries) pages held"' \
                 "$OUT/caches-after-load.json" 2>/dev/null || true)
# Other processes busy during the mix (top's second sample, 2 s), to tell a noisy machine from a slow server.
OTHERS=$(awk '/^ *PID / {n++; next} n == 2 && $9 + 0 >= 5 && $12 !~ /^(java|wrk|postgres|redis-server|top)$/ {
                  printf "%s%s %s%%", sep, $12, $9; sep = ", "}' "$OUT/top-mix.txt" 2>/dev/null || true)
HWM=$(hwm_mb "$SERVER_PID")

# ---------------------------------------------------------------- AUDIT pair: what the operation log costs
# The same two writes, POST /users and PUT /users/{id}, with the operation log on and off, in
# AUDIT_ROUNDS rounds of (on, off), each side on a freshly started server (same database, Redis
# sessions and tokens) warmed the same way: both sides have the same history, so the difference is
# the log's (measuring "on" in the long-running server and "off" in a fresh one compared two JVMs
# and two caches' states as well: Redis's CPU per request differed 2x with no log work in Redis).
# The report gives the means of the rounds, each round's figures, and the off/on ratio.
UPDATE_IDS="$OUT/update-ids.txt"
update_ids() {  # the users the update scenario edits, with their current versions
    psql -d "$DB" -AtF' ' -c "SELECT id, version FROM users WHERE username LIKE 'user0%' AND deleted_at IS NULL
        ORDER BY username LIMIT $UPDATE_USERS" >"$UPDATE_IDS"
}
measure_update() {  # $1 = key, $2 = label: like measure, with the ids read again before each wrk run
    local key=$1 label=$2 gc0
    update_ids
    say "$label: warm-up $WARMUP"
    "${WRK[@]}" -d"$WARMUP" -s "$WRK_DIR/update.lua" "$BASE" -- "$ADMIN_TOKEN" "$UPDATE_IDS" "$THREADS" \
        >"$OUT/wrk-$key-warmup.txt"
    sleep "$SETTLE"
    update_ids
    say "$label: $DURATION"
    gc0=$(gc_lines); local cpu0 cpu1; cpu0=$(cpu_snapshot)
    "${WRK[@]}" -d"$DURATION" -s "$WRK_DIR/update.lua" "$BASE" -- "$ADMIN_TOKEN" "$UPDATE_IDS" "$THREADS" \
        >"$OUT/wrk-$key.txt"
    cpu1=$(cpu_snapshot)
    GC[$key]=$(gc_since "$gc0")
    sleep "$SETTLE"
    R[$key]=$(parse_wrk "$OUT/wrk-$key.txt")
    CPU[$key]=$(cpu_per_request "$cpu0" "$cpu1" "$(awk '{print $6}' <<<"${R[$key]}")")
    server_alive "$label"
}
audit_server() {  # $1 = on|off, $2 = round: a fresh server with the operation log on or off, its JIT warmed by the mix
    say "AUDIT round $2: a fresh server with the operation log $1"
    stop_pid "$SERVER_PID" 60; SERVER_PID=""
    SERVER_ENV="$SERVER_ENV_BEFORE_AUDIT BASTION_AUDIT_ENABLED=$([ "$1" = on ] && echo true || echo false)"
    start_server "bench-audit-$1-$2" "$AOT_OPTS"
    STARTS+=("$START_MS")
    GC_LOG="$OUT/gc-bench-audit-$1-$2.log"
    "${WRK[@]}" -d"$WARMUP" -s "$WRK_DIR/mix.lua" "$BASE" -- "$ADMIN_TOKEN" "$MANAGER_TOKEN" "$USER_ID" "jit$1$2" \
        "$ADMIN_PASSWORD" >"$OUT/wrk-jit-warmup-audit-$1-$2.txt"   # the new JVM compiles its hot paths again
    sleep "$SETTLE"
}
mean_of() {  # $1 = array name (R or CPU), rest = keys: the field-by-field mean of their values
    local -n values=$1
    local decimals=0 key; [ "$1" = R ] && decimals=3   # R: req/s, p50 and p99 keep two decimals
    shift
    for key in "$@"; do echo "${values[$key]:-}"; done \
        | awk -v d="$decimals" '{for (i = 1; i <= NF; i++) s[i] += $i; n++; if (NF > f) f = NF}
               END {for (i = 1; i <= f; i++) printf "%s%s", (i > 1 ? " " : ""), (i <= d ? sprintf("%.2f", s[i] / n) : sprintf("%.0f", s[i] / n)); print ""}'
}
AUDIT_KEYS=""
if [ "$AUDIT_PAIR" = 1 ]; then
    SERVER_ENV_BEFORE_AUDIT=$SERVER_ENV
    AUDIT_ENTRIES=0 AUDIT_DROPPED=0
    for round in $(seq 1 "$AUDIT_ROUNDS"); do
        for side in on off; do
            audit_server "$side" "$round"
            entries_before=$(psql -d "$DB" -Atc "SELECT count(*) FROM operation_log")
            measure "create_audit_${side}_$round" "POST /users (admin, operation log $side, round $round)" \
                -s "$WRK_DIR/create.lua" "$BASE/api/v1/users" -- "$ADMIN_TOKEN" @PFX@ "$ADMIN_PASSWORD"
            measure_update "update_audit_${side}_$round" "PUT /users/{id} (admin, operation log $side, round $round)"
            AUDIT_KEYS+=" create_audit_${side}_$round update_audit_${side}_$round"
            if [ "$side" = on ]; then
                sleep "$SETTLE"
                AUDIT_ENTRIES=$(( AUDIT_ENTRIES + $(psql -d "$DB" -Atc "SELECT count(*) FROM operation_log") - entries_before ))
                dropped=$(curl -s --max-time 5 "$BASE/prometheus" | awk '/^bastion_audit_dropped_total/ {printf "%d", $2}')
                AUDIT_DROPPED=$(( AUDIT_DROPPED + ${dropped:-0} ))
            fi
        done
    done
    SERVER_ENV=$SERVER_ENV_BEFORE_AUDIT
    for kind in create update; do
        for side in on off; do
            keys=$(for round in $(seq 1 "$AUDIT_ROUNDS"); do echo "${kind}_audit_${side}_$round"; done)
            # shellcheck disable=SC2086  # a list of keys
            R[${kind}_audit_$side]=$(mean_of R $keys)
            # shellcheck disable=SC2086
            CPU[${kind}_audit_$side]=$(mean_of CPU $keys)
        done
    done
fi

# ---------------------------------------------------------------- a warm embedded-PostgreSQL start
# The README's way to run it: no DATABASE_URL, the data folder already initialised by a first start.
if [ "$EMBEDDED" = 1 ]; then
    stop_pid "$SERVER_PID" 60; SERVER_PID=""
    SERVER_DB_URL=""
    say "embedded PostgreSQL: a first start (initdb, migrations), then the measured one on its warm data folder"
    start_server embedded-first "$AOT_OPTS"
    EMB_FIRST_MS=$START_MS
    stop_pid "$SERVER_PID" 60; SERVER_PID=""
    EMB_STARTS=() EMB_PGS=()
    for i in $(seq 1 "$EMBEDDED_STARTS"); do
        start_server "embedded-$i" "$AOT_OPTS"
        EMB_STARTS+=("$START_MS")
        EMB_PGS+=("$(sed -n 's/.*Embedded PostgreSQL is up on [^ ]* after \([0-9]*\) ms.*/\1/p' "$OUT/server-embedded-$i.log" | head -1)")
        stop_pid "$SERVER_PID" 60; SERVER_PID=""
    done
    EMB_START_MS=$(median "${EMB_STARTS[@]}")
    EMB_PG_MS=$(median "${EMB_PGS[@]}")
fi

# ---------------------------------------------------------------- report
START_TO_HEALTHY_MS=$(median "${STARTS[@]}")
START_SAMPLES="one start"
[ "${#STARTS[@]}" -gt 1 ] && START_SAMPLES="the median of ${#STARTS[@]} starts ($(spaced "${STARTS[@]}") ms: the measured server's, then the AUDIT pair's fresh ones)"
field() { awk -v i="$2" '{print $i}' <<<"${R[$1]:-}"; }
NGINX_RPS=$(field nginx 1)
row() {  # $1 = key, $2 = label, $3 = min req/s, $4 = max p99 ms, $5 = target text, $6 = errors must be 0 (1/0)
    awk -v label="$2" -v nginx="$NGINX_RPS" -v min="$3" -v max="$4" -v text="$5" -v strict="$6" -v cpu="${CPU[$1]:-}" '
        function group(n,  s, out) { s = sprintf("%.0f", n); out = ""
            while (length(s) > 3) { out = " " substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) }
            return s out }
        { rps = $1; p50 = $2; p99 = $3; non = $4; err = $5
          shown = (rps >= 100) ? group(rps) : sprintf("%.1f", rps)
          bad = non + err
          errors = non ""; if (err > 0) errors = errors " (+" err " socket errors)"
          verdict = ""
          if (text != "") {
              met = (min == "" || rps >= min) && (max == "" || p99 <= max) && (!strict || bad == 0)
              verdict = text (met ? " — met" : " — missed")
          }
          split(cpu, c, " "); used = (cpu == "" || c[1] == "-") ? "—" : sprintf("%s / %s / %s", c[1], c[2], c[3])
          printf "| %s | %s | %.2f ms | %.2f ms | %s | %.3f | %s | %s |\n", label, shown, p50, p99, errors, rps / nginx, used, verdict }' \
        <<<"${R[$1]}"
}
families_rows() {  # the endpoint families' reads; targets set before their first measurement (issue 17)
    [ "$FAMILIES" = 1 ] || return 0
    echo
    row config "GET /configs/{key} (admin; one row)" 4000 25 "≥ 4 000/s, p99 ≤ 25 ms" 1
    row notices "GET /auth/notices?page=1&size=20 (manager; the caller's)" 1500 50 "≥ 1 500/s, p99 ≤ 50 ms" 1
    row unread "GET /auth/notices/unread-count (manager)" 4000 25 "≥ 4 000/s, p99 ≤ 25 ms" 1
    row jobs "GET /jobs (admin; 5 jobs)" 2000 50 "≥ 2 000/s, p99 ≤ 50 ms" 1
    row roles "GET /roles?page=1&size=20 (admin; 20 roles)" 2000 50 "≥ 2 000/s, p99 ≤ 50 ms" 1
    row menus "GET /menus (admin; the whole menu tree)" 1000 100 "≥ 1 000/s, p99 ≤ 100 ms" 1
    row depts "GET /depts (admin; the tree of 1 000 departments)" 100 500 "≥ 100/s, p99 ≤ 500 ms" 1
    row authmenus "GET /auth/menus (manager; the caller's menus)" 4000 25 "≥ 4 000/s, p99 ≤ 25 ms" 1
    # page 2000 is past the manager's 4 052 users (the total alone: summed counters) and 39 980 rows
    # into the admin's 100 000 (an OFFSET walks that many index entries, about 6 ms of PostgreSQL)
    row deepmgr "GET /users?page=2000&size=20 (manager; past the end)" 2800 25 "≥ 2 800/s, p99 ≤ 25 ms" 1
    row deepadmin "GET /users?page=2000&size=20 (admin; offset 39 980)" 200 500 "≥ 200/s, p99 ≤ 500 ms" 1
    # an admin screen, few users at once; the exact total counts every entry of the range
    row oplogday "GET /logs/operations?page=1&size=20, one day (admin; $OPLOG_DAY_TOTAL of 1 000 000)" 1000 50 \
        "≥ 1 000/s, p99 ≤ 50 ms" 1
    row oplogweek "GET /logs/operations … seven days, module=system:user (admin; $OPLOG_WEEK_TOTAL)" 500 100 \
        "≥ 500/s, p99 ≤ 100 ms" 1
}
JAVA_VERSION=$("$JAVA" -version 2>&1 | sed -n 2p)
LIST_MIN=$(awk -v n="$NGINX_RPS" 'BEGIN {printf "%.0f", n * 0.05}')
DICT_MIN=$(awk -v r="$(field me 1)" 'BEGIN {printf "%.0f", r / 2}')
DICT_RATIO=$(awk -v d="$(field dict 1)" -v m="$(field me 1)" 'BEGIN {printf "%.2f", (m > 0) ? d / m : 0}')
# shellcheck disable=SC2086
GC=$("$JAVA" $JAVA_OPTS -XX:+PrintFlagsFinal -version 2>/dev/null \
    | awk '/ Use(Serial|Parallel|G1|Z|Shenandoah)GC / && $4 == "true" {sub(/^Use/, "", $2); print $2}')
PROBE_IDLE_P99=$(field probe_idle 3)
PROBE_LOGIN_P99=$(field probe_login 3)
PROBE_RATIO=$(awk -v a="$PROBE_LOGIN_P99" -v b="$PROBE_IDLE_P99" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}')
PROBE_MET=$(awk -v r="$PROBE_RATIO" 'BEGIN {print (r <= 2) ? "met" : "missed"}')
met() { awk -v v="$1" -v max="$2" 'BEGIN {print (v <= max) ? "met" : "missed"}'; }
CREATE_OK=$(( $(field create 6) - $(field create 4) ))
gc_report() {
    local key out="" d
    d=$(awk -v v="$DURATION" 'BEGIN {n = v + 0; if (v ~ /m$/) n *= 60; if (v ~ /h$/) n *= 3600; print n * 1000}')
    # shellcheck disable=SC2086  # AUDIT_KEYS is a list
    for key in me dict byid list prefix config notices unread jobs roles menus depts authmenus deepmgr deepadmin oplogday oplogweek create dept login login_probed mix $AUDIT_KEYS; do
        [ -n "${GC[$key]:-}" ] || continue
        out+=$(awk -v k="$key" -v d="$d" '{printf "%s %d / %d ms (%.0f %%); ", k, $1, $2, 100 * $2 / d}' <<<"${GC[$key]}")
    done
    echo "${out%; }."
}

start_report() {
    echo "- Start to healthy (process start → first 200 from \`/health\`, migrations applied, \`DATABASE_URL\`): **${START_TO_HEALTHY_MS} ms**, ${START_SAMPLES}$([ "$AOT" = 1 ] && echo ", with the AOT cache (${AOT_MB} MB, from a ${TRAIN} training run); ${PLAIN_START_MS} ms without it")"
    echo "  (target ≤ 2 000 ms: $(met "$START_TO_HEALTHY_MS" 2000)); first start on the empty database, Flyway migrating: ${FIRST_START_MS} ms."
    if [ "$EMBEDDED" = 1 ]; then
        echo "- Start to healthy on a warm embedded-PostgreSQL data folder (no \`DATABASE_URL\`): **${EMB_START_MS} ms**, the median of ${#EMB_STARTS[@]} starts ($(spaced "${EMB_STARTS[@]}") ms); the"
        echo "  embedded PostgreSQL's own start took ${EMB_PG_MS:-?} ms (median; $(spaced "${EMB_PGS[@]}")) on its thread, beside the context's (target ≤ 2 500 ms: $(met "$EMB_START_MS" 2500)); its first start (initdb, migrations): ${EMB_FIRST_MS} ms."
    fi
}
warmup_report() {  # the early figures against the warmed ones of the same run
    awk -v cm="$(field cold_me_bench 1)" -v cl="$(field cold_list_bench 1)" -v wm="$(field me 1)" -v wl="$(field list 1)" \
        -v pm="$(field cold_me_plain 1)" -v pl="$(field cold_list_plain 1)" -v aot="$AOT" -v w="$COLD_WINDOW" \
        -v cmp99="$(field cold_me_bench 3)" -v clp99="$(field cold_list_bench 3)" '
        function v(x) { return (x == "" ? 0 : x) }
        function verdict(r) { return (r >= 0.8) ? "met" : "missed" }
        BEGIN {
            rm = (wm > 0) ? v(cm) / wm : 0; rl = (wl > 0) ? v(cl) / wl : 0
            printf "- Warm-up (%s windows from 5 s after the first 200, then right after): `/auth/me` **%.0f/s** (p99 %.2f ms) = **%.2f×** its warmed figure;", w, cm, cmp99, rm
            printf " the scoped list **%.0f/s** (p99 %.2f ms) = **%.2f×** (target ≥ 0.80×: %s, %s)", cl, clp99, rl, verdict(rm), verdict(rl)
            if (aot == 1) printf "; without the AOT cache: %.0f/s = %.2f× and %.0f/s = %.2f×", pm, (wm > 0) ? v(pm) / wm : 0, pl, (wl > 0) ? v(pl) / wl : 0
            printf ".\n"
        }'
}
memory_report() {
    echo "- RSS: **${RSS_START} MB** 1 s after healthy, **${RSS_LOAD} MB** after the load (${RSS_SPLIT}; ${THREAD_COUNT} threads), peak ${HWM} MB"
    echo "  (target after load ≤ 256 MB: $(met "$RSS_LOAD" 256))."
    [ "$NMT" = 1 ] && [ -s "$OUT/nmt-after-load.txt" ] || return 0
    # committed memory per Native Memory Tracking category, largest first (committed is not all resident)
    awk '/^Total: / {sub(/.*committed=/, ""); sub(/KB.*/, ""); total = $0}
         /^-/ && /committed=/ { line = $0; sub(/^- */, "", line); name = line; sub(/ \(reserved.*/, "", name)
             c = line; sub(/.*committed=/, "", c); sub(/KB.*/, "", c)
             if (c + 0 >= 1024) printf "%d\t%s\n", c, name }
         END { printf "%d\tTOTAL\n", total }' "$OUT/nmt-after-load.txt" | sort -rn \
        | awk -F'\t' '$2 == "TOTAL" {total = $1; next} {out = out sep sprintf("%s %.0f", $2, $1 / 1024); sep = ", "}
                       END {printf "  Native Memory Tracking after the load, committed MB: %s; in all %.0f MB.\n", out, total / 1024}'
}
audit_report() {  # the AUDIT pair: both writes with the operation log on and off, and what it cost
    [ "$AUDIT_PAIR" = 1 ] || return 0
    local c_on c_off u_on u_off
    c_on=$(field create_audit_on 1); c_off=$(field create_audit_off 1)
    u_on=$(field update_audit_on 1); u_off=$(field update_audit_off 1)
    awk -v con="$c_on" -v coff="$c_off" -v uon="$u_on" -v uoff="$u_off" -v n="$AUDIT_ENTRIES" -v d="${AUDIT_DROPPED:-?}" -v rounds="$AUDIT_ROUNDS" \
        -v cp99on="$(field create_audit_on 3)" -v cp99off="$(field create_audit_off 3)" \
        -v up99on="$(field update_audit_on 3)" -v up99off="$(field update_audit_off 3)" \
        -v cnon="$(field create_audit_on 4)" -v unon="$(field update_audit_on 4)" -v unoff="$(field update_audit_off 4)" '
        function cost(on, off) { return (off > 0) ? 100 * (1 - on / off) : 0 }
        BEGIN {
            printf "- Operation log (AUDIT pair: means of %d rounds of on, off, each on a fresh server; target: costs < 5 %% throughput): POST /users %.1f/s on, %.1f/s off", rounds, con, coff
            printf " (cost %.1f %%; p99 %.2f / %.2f ms); PUT /users/{id} %.0f/s on, %.0f/s off (cost %.1f %%; p99 %.2f / %.2f ms);", cost(con, coff), cp99on, cp99off, uon, uoff, cost(uon, uoff), up99on, up99off
            printf " non-2xx on/off: create %d, update %d / %d; %d entries written by the on runs, bastion_audit_dropped_total %s in all.\n", cnon, unon, unoff, n, d
        }'
    echo "  CPU per request (µs, server / PostgreSQL / Redis; means): POST /users on ${CPU[create_audit_on]:-?}, off ${CPU[create_audit_off]:-?}; PUT /users/{id} on ${CPU[update_audit_on]:-?}, off ${CPU[update_audit_off]:-?}."
    local round side
    for round in $(seq 1 "$AUDIT_ROUNDS"); do
        printf '  Round %s: ' "$round"
        for side in on off; do
            printf 'log %s: POST /users %s/s, PUT %s/s (p99 %s ms; CPU µs %s)%s' "$side" "$(field "create_audit_${side}_$round" 1)" \
                "$(field "update_audit_${side}_$round" 1)" "$(field "update_audit_${side}_$round" 3)" \
                "$(tr ' ' / <<<"${CPU[update_audit_${side}_$round]:-?}")" "$([ "$side" = on ] && echo '; ' || echo '.')"
        done
        echo
    done

}

{
cat <<EOF
### $(date '+%Y-%m-%d %H:%M %Z') — \`bench/run.sh\` (commit $JAR_COMMIT)

Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM,
Linux $(uname -r); server, PostgreSQL, Redis, nginx and wrk all share those cores. Load average
before the run $LOAD_BEFORE, after the load $LOAD_AFTER; other processes above 5 % CPU in a 2 s sample during the mix: ${OTHERS:-none}.
PostgreSQL $(psql -d postgres -Atc 'SHOW server_version' | cut -d' ' -f1) (local, external to the server), Redis $(redis-cli -u "$REDIS_URI" info server | awk -F: '/^redis_version/ {print $2}' | tr -d '\r') (sessions and caches, db $REDIS_DB).
JVM: $JAVA_VERSION, \`$JAVA_OPTS\`, GC $GC, AOT cache $([ "$AOT" = 1 ] && echo "on (\`-XX:AOTCache\`, recorded by a ${TRAIN} training run under load)" || echo off), Native Memory Tracking $([ "$NMT" = 1 ] && echo summary || echo off); \`MICRONAUT_ENVIRONMENTS=prod\`, pool size default.
Data: $N_DEPTS departments, $N_USERS users, $N_ROLES roles, $N_MENUS menus; \`manager\` sees $SCOPE_TOTAL users
(DEPT_AND_CHILDREN), \`username=ab\` matches $PREFIX_TOTAL of them. Seeding + VACUUM ANALYZE: $(awk -v m="$SEED_MS" 'BEGIN {printf "%.1f", m / 1000}') s.
Operation log: $OPLOG_ENTRIES entries after seeding (30 days, hash chain verified over an hour of it$([ "$FAMILIES" = 1 ] || echo " — not checked, FAMILIES=0")); its seeding + VACUUM ANALYZE: $(awk -v m="$OPLOG_SEED_MS" 'BEGIN {printf "%.1f", m / 1000}') s.
wrk $(wrk -v 2>&1 | awk 'NR == 1 {print $2}'): \`-t$THREADS -c$CONNECTIONS -d$DURATION --latency --timeout $TIMEOUT\`, each after a $WARMUP warm-up of itself and ${SETTLE} s of quiet;
latencies are wrk's (closed loop, not corrected for coordinated omission). Ratio = req/s ÷ nginx req/s.
CPU per request: user + system time of the server process, of every PostgreSQL process and of Redis
over the measured run (\`/proc/*/stat\`), ÷ the requests wrk counted; wrk's own share is the rest of the two cores.

| scenario | req/s | p50 | p99 | non-2xx | ratio to nginx | CPU per request, µs: server / PostgreSQL / Redis | target |
|---|---|---|---|---|---|---|---|
$(row nginx "nginx static 1 KB JSON" "" "" "" 0)
$(row me "GET /auth/me (admin)" 20000 10 "≥ 20 000/s, p99 ≤ 10 ms" 1)
$(row dict "GET /dict-types/user_status/items (manager; cached, ETag)" "$DICT_MIN" "" "≥ 0.5× /auth/me ($DICT_MIN/s)" 1)
$(row byid "GET /users/{id} (manager, DEPT_AND_CHILDREN)" 8000 15 "≥ 8 000/s, p99 ≤ 15 ms" 1)
$(row list "GET /users?page=1&size=20 (manager)" "$LIST_MIN" 25 "≥ 0.05× nginx ($LIST_MIN/s), p99 ≤ 25 ms" 1)
$(row prefix "GET /users?page=1&size=20&username=ab (manager)" "$LIST_MIN" 25 "as list" 1)$(families_rows)
$(row create "POST /users (admin, unique usernames)" 50 "" "≥ 50/s, 0 errors" 1)
$(row dept "POST /depts (admin; a write without hashing: row + event)" "" "" "" 0)
$(row login "POST /auth/login (user000001)" 50 "" "≥ 50/s" 1)
$(row mix "mix: 80 % reads, 15 % list, 5 % create" "" "" "" 0)

$(start_report)
$(warmup_report)
$(memory_report)
- Cache of user reads (\`users\`: listing pages and users by id, dropped by every user, role and department change) after the load: ${PAGE_CACHE:-not reported}.
  A listing it does not hold reads PostgreSQL as before (the mix's creates drop every page).
- Dictionary items by code ÷ \`/auth/me\`, same run: **${DICT_RATIO}×** (served from each instance's cache, no database round trip).
- Login rate: **$(field login 1)/s** alone; $(field login_probed 1)/s beside the probe.
- \`/auth/me\` p99 under a paced probe (1 thread, 4 connections, 10 ms pause): idle **${PROBE_IDLE_P99} ms**
  ($(field probe_idle 1) req/s), while logins run **${PROBE_LOGIN_P99} ms** ($(field probe_login 1) req/s, $(field probe_login 4) non-2xx):
  ${PROBE_RATIO}× (target ≤ 2×: $PROBE_MET).
- Create: $CREATE_OK 2xx answers counted by wrk, $CREATED_ROWS rows with its prefix in the database
  ($CREATED_DISTINCT distinct; requests still in flight when wrk stops may land too); usernames held
  more than once in the whole table (case-insensitive): $DUPLICATES.
$(audit_report)
- GC pauses during each measured run (count, total; \`-Xlog:gc\`, $GC_LOG): $(gc_report)
EOF
} | tee "$OUT/report.md"
say "report: $OUT/report.md; raw wrk output and server logs: $OUT"
