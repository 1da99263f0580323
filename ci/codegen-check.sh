#!/usr/bin/env bash
# The generator's "Done means" (issue 16, docs/extending.md): in a temporary copy of the repository
# (no target/, no .git), generate the two sample modules (specs/asset.yml: flat, department-owned,
# with a child aggregate; specs/category.yml: a tree with an enum) with the README's command, build
# the whole reactor WITHOUT install (~/.m2's bastion artifacts are never overwritten), run
# the generated tests (the JDBC store contracts on PostgreSQL among them) and the architecture tests,
# then start the copy's bastion.jar (embedded PostgreSQL, a temporary data folder, a free port) and
# drive the generated endpoints with curl: data scope, stale versions, deletion, bad input, the tree.
# Prints how long each stage took. Tests use BASTION_TEST_DATABASE_URL etc. when exported (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
stage_started=$started
stage() {
  local now
  now=$(date +%s)
  echo "codegen check: $1 ($((now - stage_started)) s)"
  stage_started=$now
}
fail() {
  echo "codegen check: FAILED: $*" >&2
  exit 1
}

copy=$(mktemp -d)
data=$(mktemp -d)
server=
stop() {
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$copy" "$data"
}
trap stop EXIT

tar --exclude=./.git --exclude='./*/target' --exclude='./*/*/target' --exclude=./data \
    --exclude='./ci/client/node_modules' -cf - . | tar -xf - -C "$copy"
cd "$copy"
stage "copied the repository to $copy"

# The README's command (compile first: a clean copy has no classes yet).
for spec in specs/asset.yml specs/category.yml; do
  ./mvnw -q -pl tools/codegen compile exec:java -Dspec="$spec" | tail -n 1
done
stage "generated modules/assets and modules/catalog"

./mvnw -q package -DskipTests
[ -f bootstrap/target/bastion.jar ] || fail "no bootstrap/target/bastion.jar after the build"
stage "built the reactor with the generated modules (package, no install)"

./mvnw -q verify -pl modules/assets,modules/catalog,architecture-tests -am \
  -Dtest='dev.bastion.modules.assets.**,dev.bastion.modules.catalog.**,dev.bastion.architecture.**' \
  -Dsurefire.failIfNoSpecifiedTests=false
for tested in modules/assets modules/catalog architecture-tests; do
  python3 - "$tested/target/surefire-reports" "$tested" <<'EOF'
import glob, sys, xml.etree.ElementTree as ET
tests = failures = 0
for report in glob.glob(sys.argv[1] + "/TEST-*.xml"):
    suite = ET.parse(report).getroot()
    tests += int(suite.get("tests"))
    failures += int(suite.get("failures")) + int(suite.get("errors"))
if tests == 0 or failures:
    sys.exit(f"codegen check: {sys.argv[2]}: {tests} tests, {failures} failed")
print(f"codegen check: {sys.argv[2]}: {tests} tests passed")
EOF
done
stage "ran the generated tests and the architecture tests"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
password="codegen-check-$RANDOM-$RANDOM-pass"
BASTION_DATA_DIR="$data" BASTION_ADMIN_PASSWORD="$password" PORT="$port" \
  java -jar bootstrap/target/bastion.jar > "$data/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  curl -sf "$base/health/readiness" > /dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$data/server.log"; fail "the server did not start"; }
  sleep 1
done
curl -sf "$base/health/readiness" > /dev/null || fail "the server is not ready"
stage "started the copy's bastion.jar on port $port"

# call METHOD PATH TOKEN [JSON]: the status on stdout, the body in $data/body.
call() {
  local auth=() body=()
  [ -n "$3" ] && auth=(-H "Authorization: Bearer $3")
  [ $# -ge 4 ] && body=(-H 'Content-Type: application/json' --data "$4")
  curl -s -o "$data/body" -w '%{http_code}' -X "$1" "${auth[@]}" "${body[@]}" "$base$2"
}
# json EXPRESSION: evaluates a Python expression over the last body (as `b`).
json() {
  python3 -c "import json, sys; b = json.load(open(sys.argv[1])); print($1)" "$data/body"
}
# expect STATUS METHOD PATH TOKEN [JSON]: the call, refused unless it answers STATUS.
expect() {
  local want=$1 got
  shift
  got=$(call "$@")
  [ "$got" = "$want" ] || fail "$1 $2 answered $got, not $want: $(cat "$data/body")"
}
# refused STATUS CODE FIELD METHOD PATH TOKEN [JSON]: a problem+json naming FIELD.
refused() {
  local status=$1 code=$2 field=$3
  shift 3
  expect "$status" "$@"
  [ "$(json "b['code']")" = "$code" ] || fail "$1 $2: not $code: $(cat "$data/body")"
  [ -z "$field" ] || [ "$(json "'$field' in [e.get('field') for e in b.get('errors', [])]")" = "True" ] \
    || fail "$1 $2: the problem names no field $field: $(cat "$data/body")"
}

expect 200 POST /api/v1/auth/login "" "{\"username\": \"admin\", \"password\": \"$password\"}"
admin=$(json "b['accessToken']")
root="01936f6e-0000-7000-8000-0000000000d1"
expect 201 POST /api/v1/depts "$admin" "{\"parentId\": \"$root\", \"name\": \"Codegen A\"}"
dept_a=$(json "b['id']")
expect 201 POST /api/v1/depts "$admin" "{\"parentId\": \"$root\", \"name\": \"Codegen B\"}"
dept_b=$(json "b['id']")

# The generated modules' menus (seeded at start) for a role of department A only.
expect 200 GET /api/v1/menus "$admin"
menus=$(python3 -c '
import json, sys
def walk(node):
    if isinstance(node, list):
        for n in node: yield from walk(n)
    elif isinstance(node, dict):
        if str(node.get("permission") or "").split(":")[0] in ("assets", "catalog") or node.get("module") in ("assets", "catalog"):
            yield node["id"]
        for value in node.values(): yield from walk(value)
print(json.dumps(sorted(set(walk(json.load(open(sys.argv[1])))))))' "$data/body")
[ "$(python3 -c "import json; print(len(json.loads('$menus')))")" -ge 14 ] || fail "the generated menus were not seeded: $menus"
expect 201 POST /api/v1/roles "$admin" \
  "{\"code\": \"codegen_keeper\", \"name\": \"Codegen keeper\", \"dataScope\": \"DEPT\", \"menuIds\": $menus}"
role=$(json "b['id']")
expect 201 POST /api/v1/users "$admin" "{\"username\": \"codegen_keeper\", \"password\": \"keeper-pass-123\",
  \"deptId\": \"$dept_a\", \"roleIds\": [\"$role\"]}"
expect 200 POST /api/v1/auth/login "" '{"username": "codegen_keeper", "password": "keeper-pass-123"}'
keeper=$(json "b['accessToken']")
stage "signed in; two departments, a role with the generated menus and a DEPT scope, a user of department A"

assets=/api/v1/assets/assets
expect 201 POST $assets "$admin" "{\"deptId\": \"$dept_a\", \"tag\": \"A-1\", \"label\": \"Laptop\", \"cost\": 1200.50}"
mine=$(json "b['id']")
[ "$(json "b['status']")" = "IN_USE" ] || fail "the default status was not applied: $(cat "$data/body")"
expect 201 POST $assets "$admin" "{\"deptId\": \"$dept_b\", \"tag\": \"B-1\", \"label\": \"Printer\"}"
theirs=$(json "b['id']")
expect 200 GET "$assets?size=100" "$keeper"
[ "$(json "sorted(i['id'] for i in b['items'])")" = "['$mine']" ] \
  || fail "the keeper's listing is not department A's only: $(cat "$data/body")"
expect 404 GET "$assets/$theirs" "$keeper"
refused 409 CONFLICT tag POST $assets "$keeper" "{\"deptId\": \"$dept_a\", \"tag\": \"B-1\", \"label\": \"Again\"}"
refused 400 VALIDATION_ERROR status POST $assets "$keeper" \
  "{\"deptId\": \"$dept_a\", \"tag\": \"A-2\", \"label\": \"Bad\", \"status\": \"LOST\"}"
refused 400 VALIDATION_ERROR status GET "$assets?status=LOST" "$keeper"
refused 400 VALIDATION_ERROR purchasedOn GET "$assets?purchasedOn=yesterday" "$keeper"
refused 400 VALIDATION_ERROR deptId POST $assets "$keeper" "{\"deptId\": \"$dept_b\", \"tag\": \"A-3\", \"label\": \"Theirs\"}"
refused 400 VALIDATION_ERROR cost POST $assets "$keeper" "{\"deptId\": \"$dept_a\", \"tag\": \"A-4\", \"label\": \"Neg\", \"cost\": -1}"
expect 200 PUT "$assets/$mine" "$keeper" '{"label": "Laptop 2", "status": "IN_REPAIR", "version": 0}'
[ "$(json "b['version']")" = "1" ] || fail "the update did not move the version on: $(cat "$data/body")"
refused 409 VERSION_CONFLICT "" PUT "$assets/$mine" "$keeper" '{"label": "Stale", "version": 0}'
refused 400 VALIDATION_ERROR label PUT "$assets/$mine" "$keeper" '{"label": null, "version": 1}'

inspections=/api/v1/assets/inspections
expect 201 POST $inspections "$keeper" "{\"assetId\": \"$mine\", \"inspectedAt\": \"2026-12-01T08:00:00Z\", \"score\": 90}"
inspection=$(json "b['id']")
refused 400 VALIDATION_ERROR assetId POST $inspections "$keeper" \
  "{\"assetId\": \"$theirs\", \"inspectedAt\": \"2026-12-01T08:00:00Z\"}"
refused 400 VALIDATION_ERROR score POST $inspections "$keeper" \
  "{\"assetId\": \"$mine\", \"inspectedAt\": \"2026-12-01T08:00:00Z\", \"score\": 101}"
refused 409 CONFLICT "" DELETE "$assets/$mine" "$keeper"
expect 204 DELETE "$inspections/$inspection" "$keeper"
refused 409 CONFLICT "" DELETE "/api/v1/depts/$dept_b" "$admin"
[ "$(json "'assets of the assets module' in b.get('detail', '')")" = "True" ] \
  || fail "department B was kept for another reason than its assets: $(cat "$data/body")"
expect 204 DELETE "$assets/$mine" "$keeper"
expect 404 GET "$assets/$mine" "$keeper"
expect 200 GET "$assets?size=100" "$keeper"
[ "$(json "len(b['items'])")" = "0" ] || fail "a deleted asset is still listed: $(cat "$data/body")"
stage "assets: scoped listing, conflicts, bad input named, stale version 409, children 409, delete 204 then 404"

categories=/api/v1/catalog/categories
expect 201 POST $categories "$keeper" '{"code": "tools", "title": "Tools", "kind": "GOODS"}'
top=$(json "b['id']")
expect 201 POST $categories "$keeper" "{\"parentId\": \"$top\", \"code\": \"drills\", \"title\": \"Drills\", \"kind\": \"GOODS\"}"
child=$(json "b['id']")
expect 201 POST $categories "$keeper" "{\"parentId\": \"$child\", \"code\": \"bits\", \"title\": \"Bits\", \"kind\": \"MIXED\"}"
grandchild=$(json "b['id']")
refused 400 VALIDATION_ERROR kind POST $categories "$keeper" '{"code": "odd", "title": "Odd", "kind": "THINGS"}'
refused 400 VALIDATION_ERROR kind POST $categories "$keeper" '{"code": "none", "title": "None"}'
refused 400 VALIDATION_ERROR visible GET "$categories?visible=maybe" "$keeper"
refused 400 VALIDATION_ERROR parentId POST $categories "$keeper" '{"parentId": "not-an-id", "code": "x", "title": "X", "kind": "GOODS"}'
expect 200 GET $categories "$keeper"
[ "$(json "[(n['code'], [(c['code'], [g['code'] for g in c['children']]) for c in n['children']]) for n in b]")" \
  = "[('tools', [('drills', ['bits'])])]" ] || fail "the tree is not root > child > grandchild: $(cat "$data/body")"
expect 200 GET "$categories?kind=MIXED" "$keeper"
[ "$(json "[n['code'] for n in b]")" = "['bits']" ] || fail "a filtered tree lists what matches as roots: $(cat "$data/body")"
refused 400 VALIDATION_ERROR parentId PUT "$categories/$top" "$keeper" "{\"parentId\": \"$grandchild\", \"version\": 0}"
refused 400 VALIDATION_ERROR parentId PUT "$categories/$top" "$keeper" "{\"parentId\": \"$top\", \"version\": 0}"
refused 409 CONFLICT "" DELETE "$categories/$top" "$keeper"
expect 200 PUT "$categories/$grandchild" "$keeper" "{\"parentId\": null, \"version\": 0}"
refused 409 VERSION_CONFLICT "" PUT "$categories/$grandchild" "$keeper" '{"title": "Stale", "version": 0}'
expect 204 DELETE "$categories/$child" "$keeper"
expect 404 GET "$categories/$child" "$keeper"
stage "categories: the tree, filters, a cycle 400, children 409, a move to the top, delete 204 then 404"

expect 200 GET /openapi.yml ""
grep -q 'operationId: assetsListAssets' "$data/body" && grep -q 'operationId: catalogListCategoriesTree' "$data/body" \
  || fail "/openapi.yml lacks the generated operations"
stage "the generated operations are in /openapi.yml"

echo "codegen check: passed in $(($(date +%s) - started)) s"
