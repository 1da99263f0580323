#!/usr/bin/env bash
# Start time of two jars side by side: process start to the first 200 from /health, alternating
# A and B so the machine's drift falls on both: ROUNDS starts each with DATABASE_URL and no AOT cache,
# then each jar's own AOT cache (recorded by the same short training: sign-in, /auth/me, the user
# list and the roles page, 300 times each), then on a warm embedded-PostgreSQL folder with that cache.
#
# Usage: bench/start-ab.sh A.jar B.jar      (e.g. a jar built at an older commit, and bootstrap/target/bastion.jar)
# Knobs: ROUNDS=5 PORT=18094 DB=bastion_start_ab REDIS_URI=redis://127.0.0.1:6379/12
#        JAVA_HOME_BENCH=/usr/lib/jvm/temurin-25-jdk-amd64 PGHOST=127.0.0.1 PGUSER=postgres
# Needs the local PostgreSQL and Redis (as bench/run.sh); creates the database if missing; prints
# one line per round and the means. Nothing here asserts a result.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 A.jar B.jar" >&2; exit 2; }
A=$(realpath "$1"); B=$(realpath "$2")
ROUNDS=${ROUNDS:-5}; PORT=${PORT:-18094}; DB=${DB:-bastion_start_ab}
REDIS_URI=${REDIS_URI:-redis://127.0.0.1:6379/12}
JAVA="${JAVA_HOME_BENCH:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
OPTS=(-Xmx256m -Xmn128m -XX:SurvivorRatio=2 -XX:+UseSerialGC)
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
psql -d postgres -Atqc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
    || psql -d postgres -qc "CREATE DATABASE $DB"
ENV=(BASTION_ADMIN_PASSWORD=start-ab-password-1 BASTION_JWT_SECRET=start-ab-jwt-secret-of-at-least-thirty-two-bytes
     PORT="$PORT" MICRONAUT_ENVIRONMENTS=prod)

start() {  # $1 = log, $2 = embedded folder or "", rest = JVM options: sets MS (to the first 200) and SERVER
    local log=$1 folder=$2; shift 2
    local t0; t0=$(date +%s%N)
    if [ -n "$folder" ]; then
        env "${ENV[@]}" BASTION_DATA_DIR="$folder" "$JAVA" "${OPTS[@]}" "$@" >"$log" 2>&1 &
    else
        env "${ENV[@]}" DATABASE_URL="jdbc:postgresql://$PGHOST:5432/$DB" DATABASE_USER="$PGUSER" REDIS_URI="$REDIS_URI" \
            "$JAVA" "${OPTS[@]}" "$@" >"$log" 2>&1 &
    fi
    SERVER=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health"; do
        kill -0 "$SERVER" 2>/dev/null || { cat "$log" >&2; exit 1; }
        sleep 0.01
    done
    MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}
stop() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; sleep 1; }
train() {  # $1 = jar, $2 = cache to record
    start "$WORK/train.log" "" -XX:AOTCacheOutput="$2" -jar "$1"
    local token
    token=$(curl -s -X POST "http://127.0.0.1:$PORT/api/v1/auth/login" -H 'content-type: application/json' \
        -d '{"username":"admin","password":"start-ab-password-1"}' | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
    for _ in $(seq 1 300); do
        for path in auth/me "users?page=1&size=20" "roles?page=1&size=20"; do
            curl -s -o /dev/null -H "authorization: Bearer $token" "http://127.0.0.1:$PORT/api/v1/$path"
        done
    done
    stop
}
side_by_side() {  # $1 = title, then a function name that starts one jar: prints rounds and means
    local title=$1 run=$2 a b sa=0 sb=0
    echo "$title (A B, ms):"
    for i in $(seq 1 "$ROUNDS"); do
        a=$($run A); b=$($run B)
        echo "  $a $b"; sa=$((sa + ${a%% *})); sb=$((sb + ${b%% *}))
    done
    echo "  mean A $((sa / ROUNDS)) ms, B $((sb / ROUNDS)) ms, B/A $(awk -v a="$sa" -v b="$sb" 'BEGIN {printf "%.2f", b / a}')"
}
jar() { [ "$1" = A ] && echo "$A" || echo "$B"; }
plain() { start "$WORK/$1.log" "" -jar "$(jar "$1")"; stop; echo "$MS"; }
cached() { start "$WORK/$1.log" "" -XX:AOTCache="$WORK/$1.aot" -jar "$(jar "$1")"; stop; echo "$MS"; }
embedded() {
    start "$WORK/$1-embedded.log" "$WORK/data-$1" -XX:AOTCache="$WORK/$1.aot" -jar "$(jar "$1")"
    stop
    echo "$MS (PostgreSQL $(sed -n 's/.*is up on [^ ]* after \([0-9]*\) ms.*/\1/p' "$WORK/$1-embedded.log") ms)"
}

plain A >/dev/null; plain B >/dev/null   # migrations applied, the admin seeded
side_by_side "DATABASE_URL, no AOT cache" plain
train "$A" "$WORK/A.aot"; train "$B" "$WORK/B.aot"
side_by_side "DATABASE_URL, each jar's AOT cache" cached
embedded A >/dev/null; embedded B >/dev/null   # each folder initialised once (initdb, migrations)
side_by_side "warm embedded folder, AOT cache" embedded
