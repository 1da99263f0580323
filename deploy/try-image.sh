#!/usr/bin/env bash
# Runs the image built by `./mvnw -pl bootstrap jib:buildTar` without a container engine: its layers
# are unpacked into a folder, which becomes the root (chroot) of the process its entrypoint starts,
# on this host's network, against the PostgreSQL of DATABASE_URL (default: the local server, a
# database of its own). It signs in, prints what it saw and stops. Needs root.
set -euo pipefail
cd "$(dirname "$0")/.."
image=bootstrap/target/bastion-image.tar
[ -f "$image" ] || { echo "try image: no $image (see docs/deploy.md)"; exit 1; }
root=$(mktemp -d)
work=$(mktemp -d)
port=${PORT:-18099}
database="bastion_image_$$"
password="image-check-$RANDOM-password"
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  umount "$root/proc" "$root/dev" 2>/dev/null || true
  rm -rf "$root" "$work"
  [ -z "${DATABASE_URL:-}" ] && psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $database" > /dev/null 2>&1
  true
}
trap cleanup EXIT

tar -xf "$image" -C "$work"
for layer in $(python3 -c "import json,sys; print(' '.join(json.load(open(sys.argv[1]))[0]['Layers']))" "$work/manifest.json"); do
  tar --warning=no-unknown-keyword -xf "$work/$layer" -C "$root"
done
mapfile -t entrypoint < <(python3 -c "
import json, sys
manifest = json.load(open(sys.argv[1] + '/manifest.json'))[0]
print('\n'.join(json.load(open(sys.argv[1] + '/' + manifest['Config']))['config']['Entrypoint']))" "$work")
mkdir -p "$root/proc" "$root/dev"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
if [ -z "${DATABASE_URL:-}" ]; then
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $database"
fi
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin BASTION_DATA_DIR=/var/lib/bastion/data \
  DATABASE_URL="${DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/$database}" PORT="$port" \
  BASTION_ADMIN_PASSWORD="$password" "${entrypoint[@]}" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 90); do
  curl -sf "http://127.0.0.1:$port/health/readiness" > /dev/null 2>&1 && break
  sleep 1
done
grep -m1 "listening" "$work/server.log" || { cat "$work/server.log"; exit 1; }
curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$password\"}" \
  "http://127.0.0.1:$port/api/v1/auth/login" | grep -q accessToken
echo "try image: the image's entrypoint started Bastion and the admin signed in"
