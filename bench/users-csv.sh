#!/usr/bin/env bash
# Times the users CSV import and export with N users (default 100 000, ~12 MB with every column):
# an import of a generated file, then exports of every user in two orders, twice (cold JVM, then
# warm). Prints wall-clock seconds (curl's total time), the server's CPU seconds for each, sizes, and
# the server's peak resident memory. PostgreSQL's own CPU is not counted.
# Usage: bench/users-csv.sh   (needs a local PostgreSQL; builds the jar if missing; N=100000 PORT=18081)
# The server's log is left in /tmp/users-csv-server.log; HEAP=160m runs it with a smaller heap.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=bootstrap/target/bastion.jar
[ -f "$JAR" ] || ./mvnw -q -DskipTests package
PORT=${PORT:-18081}
N=${N:-100000}
DB="bastion_bench_csv_$$"
WORK=$(mktemp -d)
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB"
trap 'kill $(jobs -p) 2>/dev/null || true; cp "$WORK/server.log" /tmp/users-csv-server.log; rm -rf "$WORK"; psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null' EXIT

env PORT=$PORT DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" BASTION_ADMIN_PASSWORD=bench-password-1 \
    BASTION_JWT_SECRET=bench-secret-that-is-longer-than-32-bytes java -Xmx${HEAP:-512m} -jar "$JAR" > "$WORK/server.log" 2>&1 &
PID=$!
until curl -sf "localhost:$PORT/health" >/dev/null; do sleep 0.2; done
TOKEN=$(curl -s -H 'Content-Type: application/json' -d '{"username":"admin","password":"bench-password-1"}' \
    "localhost:$PORT/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
AUTH="Authorization: Bearer $TOKEN"

# CPU seconds the server process has used (user + system), and the difference since an earlier
# reading: unlike wall-clock time, it does not grow when other work shares the machine's cores.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$PID/stat"; }
since() { awk -v a="$1" -v b="$(cpu)" 'BEGIN {printf "%.2f", b - a}'; }
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"

# Round 1 runs on a cold JVM; round 2, after the first round's users are removed, on a warm one.
for round in 1 2; do
  # A realistic row: every column, a third disabled, every tenth with a role.
  awk -v n="$N" -v p="r$round" 'BEGIN {
    print "username,nickname,email,phone,deptId,status,roles"
    for (i = 0; i < n; i++) {
      printf "%s.user%06d,Bench User %06d,%s.user%06d@example.com,+1 555 %06d,01936f6e-0000-7000-8000-0000000000d1,%s,%s\r\n",
        p, i, i, p, i, i, (i % 3 == 0 ? "DISABLED" : "ENABLED"), (i % 10 == 0 ? "super_admin" : "")
    }
  }' > "$WORK/users.csv"
  echo "round $round: file of $N rows, $(stat -c %s "$WORK/users.csv") bytes"
  before=$(cpu)
  curl -s -o "$WORK/import.json" -w "  import: HTTP %{http_code} in %{time_total} s" -H "$AUTH" \
      -H 'Content-Type: text/csv' --data-binary "@$WORK/users.csv" "localhost:$PORT/api/v1/users/import" \
      || echo -n " (curl failed with exit code $?)"
  echo ", server CPU $(since "$before") s, $(cat "$WORK/import.json")"
  for sort in "createdAt,desc" "username,asc"; do
    before=$(cpu)
    curl -s -o "$WORK/export.csv" -w "  export sort=$sort: HTTP %{http_code} in %{time_total} s (first byte %{time_starttransfer} s)" \
        -H "$AUTH" "localhost:$PORT/api/v1/users/export?sort=$sort" || echo -n " (curl failed with exit code $?)"
    echo ", server CPU $(since "$before") s, $(stat -c %s "$WORK/export.csv") bytes"
  done
  echo "  export lines (header and admin included): $(wc -l < "$WORK/export.csv")"
  # Remove the round's users and let PostgreSQL catch up, as autovacuum would before long.
  psql -h 127.0.0.1 -U postgres -d "$DB" -qc "DELETE FROM users WHERE username LIKE 'r$round.%'" -c "VACUUM ANALYZE users"
done
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server peak RSS: $(grep VmHWM /proc/$PID/status | awk '{print $2 " " $3}')"
kill $PID; wait $PID 2>/dev/null || true
