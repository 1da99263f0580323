#!/usr/bin/env bash
# The base of Bastion's OCI image, made without Docker or a container registry: a minimal Debian
# bookworm root file system with a Java 17 runtime, from Debian's own packages, packed as
# bootstrap/target/base-image.tar, on which jib lays the application (bootstrap/pom.xml,
# `./mvnw -pl bootstrap jib:buildTar`; see docs/deploy.md). Needs root, python3 and debootstrap
# (`apt-get install debootstrap`); the mirror is the one apt uses here, or DEBIAN_MIRROR.
set -euo pipefail
cd "$(dirname "$0")/.."
target=bootstrap/target/base-rootfs
mirror=${DEBIAN_MIRROR:-$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)}
if [ -z "$mirror" ]; then
  echo "base image: set DEBIAN_MIRROR to a Debian mirror"
  exit 1
fi
rm -rf "$target"
mkdir -p "$(dirname "$target")"
debootstrap --variant=minbase --include=openjdk-17-jre-headless,util-linux,ca-certificates \
  bookworm "$target" "$mirror"
# What a container does not need: package caches and lists, documentation, and the special files
# a container runtime provides itself.
rm -rf "$target"/var/cache/apt/archives/*.deb "$target"/var/lib/apt/lists/* "$target"/usr/share/doc \
  "$target"/usr/share/man "$target"/usr/share/locale "$target"/dev/* "$target"/proc/* "$target"/sys/* \
  "$target"/run/*
mkdir -p "$target"/var/lib/bastion
python3 deploy/docker-archive.py "$target" bootstrap/target/base-image.tar
echo "base image: bootstrap/target/base-image.tar ($(du -h bootstrap/target/base-image.tar | cut -f1))"
