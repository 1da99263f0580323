#!/usr/bin/env bash
# A real client against the built server, as a frontend developer would use it: starts
# bootstrap/target/bastion.jar (embedded PostgreSQL, a data folder of its own), lints the OpenAPI
# document it serves (@redocly/cli, recommended rules: no error allowed), generates a TypeScript
# client from it (openapi-typescript + openapi-fetch), type-checks it with tsc --strict, refusing
# any cast in the flow, and runs the flow (ci/client/src/flow.ts); then opens /docs in headless
# Chromium (Debian's package, installed if missing; driven by playwright-core) and signs in with
# "Try it out" (ci/client/docs-check.mjs). npm packages are installed on demand, at the versions
# ci/client/package-lock.json fixes.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=bootstrap/target/bastion.jar
[ -f "$jar" ] || { echo "client check: no $jar (run ./mvnw package first)"; exit 1; }

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d)
password="client-check-$RANDOM-$RANDOM-pass"
BASTION_DATA_DIR="$data" BASTION_ADMIN_PASSWORD="$password" PORT="$port" java -jar "$jar" > "$data/server.log" 2>&1 &
server=$!
stop() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$data"
}
trap stop EXIT

for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/health/readiness" > /dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { echo "client check: the server did not start"; cat "$data/server.log"; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$port/health/readiness" > /dev/null || { echo "client check: the server is not ready"; exit 1; }

cd ci/client
npm ci --no-audit --no-fund --loglevel=error
curl -sf "http://127.0.0.1:$port/openapi.yml" -o openapi.yml
echo "client check: linting the served OpenAPI document"
./node_modules/.bin/redocly lint openapi.yml --format=stylish 2>&1 | grep -vE '^\s*(║|╔|╚)' 
if grep -nE '^[^/]*([]A-Za-z0-9_)] as [A-Za-z{(]|[=(,] *<[A-Z][A-Za-z]*>|[]A-Za-z0-9_)]!\.)' src/flow.ts; then
  echo "client check: the flow casts (above); a generated client must be usable without"
  exit 1
fi
./node_modules/.bin/openapi-typescript openapi.yml -o src/api.d.ts
./node_modules/.bin/tsc -p tsconfig.json
BASTION_URL="http://127.0.0.1:$port" BASTION_ADMIN_PASSWORD="$password" node dist/flow.js
echo "client check: the generated TypeScript client type-checks strictly and the flow ran"

if ! command -v chromium > /dev/null; then
  echo "client check: installing Debian's chromium for the /docs check"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium) \
    > /dev/null
fi
BASTION_URL="http://127.0.0.1:$port" BASTION_ADMIN_PASSWORD="$password" CHROMIUM="$(command -v chromium)" \
  node docs-check.mjs
echo "client check: /docs renders every operation and Try it out signs in"
