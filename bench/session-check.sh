#!/usr/bin/env bash
# Measures what the per-request session check costs: wrk on GET /health/liveness without a
# token (no authentication at all), then with a valid access token (JWT verification plus the
# session check), once with the in-process session store and once with Redis. One run, same
# machine; prints req/s, p50/p99 and each ratio to the unauthenticated baseline.
# Usage: bench/session-check.sh   (needs wrk, a local PostgreSQL and Redis; builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=bootstrap/target/bastion.jar
[ -f "$JAR" ] || ./mvnw -q -DskipTests package
PORT=${PORT:-18080}
DB="bastion_bench_$$"
REDIS=${REDIS:-redis://127.0.0.1:6379/14}
DURATION=${DURATION:-15s}
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB"
trap 'kill $(jobs -p) 2>/dev/null || true; psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null' EXIT

run() {  # $1 = label, rest = extra env
  local label=$1; shift
  env PORT=$PORT DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" BASTION_ADMIN_PASSWORD=bench-password-1 \
      BASTION_JWT_SECRET=bench-secret-that-is-longer-than-32-bytes BASTION_LOGIN_RATE_PER_MINUTE=100000 "$@" \
      java -Xmx512m -jar "$JAR" > "/tmp/bench-$label.log" 2>&1 &
  local pid=$!
  until curl -sf "localhost:$PORT/health" >/dev/null; do sleep 0.2; done
  local token
  token=$(curl -s -H 'Content-Type: application/json' -d '{"username":"admin","password":"bench-password-1"}' \
      "localhost:$PORT/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  wrk -t2 -c32 -d5s "http://localhost:$PORT/health/liveness" >/dev/null                       # warm up
  wrk -t2 -c32 -d5s -H "Authorization: Bearer $token" "http://localhost:$PORT/health/liveness" >/dev/null
  echo "$label without token: $(wrk -t2 -c32 -d$DURATION --latency "http://localhost:$PORT/health/liveness" | summary)"
  echo "$label with token:    $(wrk -t2 -c32 -d$DURATION --latency -H "Authorization: Bearer $token" \
      "http://localhost:$PORT/health/liveness" | summary)"
  kill $pid; wait $pid 2>/dev/null || true
}
summary() { awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$5} END {printf "%s req/s, p50 %s, p99 %s, non-2xx %s", rps, p50, p99, (bad==""?0:bad)}'; }

run in-process
redis-cli -u "$REDIS" flushdb >/dev/null
run redis REDIS_URI="$REDIS"
