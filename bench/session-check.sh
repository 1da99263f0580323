#!/usr/bin/env bash
# Measures what authenticating a request costs: wrk on a path no route matches (the cheapest
# answer the server gives, a 404 problem) without a token, then with a valid access token, so
# the difference is JWT verification plus the session check; once with the in-process session
# store, once with Redis. One run, same machine; prints req/s and latency percentiles.
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
  local TARGET="http://localhost:$PORT/api/v1/no-such-route"
  until curl -sf "localhost:$PORT/health" >/dev/null; do sleep 0.2; done
  local token
  token=$(curl -s -H 'Content-Type: application/json' -d '{"username":"admin","password":"bench-password-1"}' \
      "localhost:$PORT/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  wrk -t2 -c32 -d10s "$TARGET" >/dev/null                                      # warm up (JIT)
  wrk -t2 -c32 -d10s -H "Authorization: Bearer $token" "$TARGET" >/dev/null
  echo "$label without token: $(wrk -t2 -c32 -d$DURATION --latency "$TARGET" | summary)"
  echo "$label with token:    $(wrk -t2 -c32 -d$DURATION --latency -H "Authorization: Bearer $token" "$TARGET" | summary)"
  kill $pid; wait $pid 2>/dev/null || true
}
summary() { awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%s req/s, p50 %s, p99 %s", rps, p50, p99}'; }

run in-process
redis-cli -u "$REDIS" flushdb >/dev/null
run redis REDIS_URI="$REDIS"
