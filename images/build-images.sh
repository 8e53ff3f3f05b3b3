#!/usr/bin/env bash
# Builds the local stand-ins for the official database images without any registry:
#   1. debootstrap a Debian root file system with the server packages (from the apt mirror this machine uses),
#   2. import it as a base image,
#   3. build images/mariadb and images/postgres on that base,
#   4. build images/djnro (Django 3.2 and mysqlclient from Debian, for the DjNRO scenario's exec steps).
# Usage: images/build-images.sh [--engine podman|docker] [--force]
# Also run by `rehearse images build`. Needs root (debootstrap) and podman or docker.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
engine=${CONTAINER_ENGINE:-}
force=0
suite=${REHEARSE_DEBIAN_SUITE:-bookworm}
while [ $# -gt 0 ]; do
  case "$1" in
    --engine) engine=$2; shift 2 ;;
    --force) force=1; shift ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "images/build-images.sh: unknown option '$1' (expected --engine or --force)" >&2; exit 2 ;;
  esac
done
if [ -z "$engine" ]; then
  if command -v podman >/dev/null; then engine=podman; elif command -v docker >/dev/null; then engine=docker; else
    echo "images/build-images.sh: neither podman nor docker is installed" >&2; exit 2; fi
fi

base=localhost/rehearse/base:$suite
mariadb_tag=localhost/rehearse/mariadb:10.11
postgres_tag=localhost/rehearse/postgres:15
djnro_tag=localhost/rehearse/djnro:bookworm

has_image() { "$engine" image inspect "$1" >/dev/null 2>&1; }

# The mirror apt already uses, so air-gapped sites with a local mirror need no extra setting.
mirror=${REHEARSE_DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
  mirror=$(grep -hoE '^(URIs:|deb) +[a-z]+://[^ ]+' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
    | grep -v security | awk '{print $2}' | grep -i debian | head -n 1 || true)
  mirror=${mirror:-http://deb.debian.org/debian}
fi

if [ "$force" = 1 ] || ! has_image "$base"; then
  command -v debootstrap >/dev/null || { echo "images/build-images.sh: debootstrap is not installed (apt-get install debootstrap)" >&2; exit 2; }
  rootfs=$(mktemp -d /tmp/rehearse-rootfs.XXXXXX)
  trap 'rm -rf "$rootfs"' EXIT
  echo "[images] debootstrap $suite from $mirror (about a minute)"
  debootstrap --variant=minbase --include=mariadb-server,postgresql,ca-certificates "$suite" "$rootfs" "$mirror" >"$rootfs.log" 2>&1 \
    || { tail -n 20 "$rootfs.log" >&2; exit 1; }
  rm -f "$rootfs.log"
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  echo "[images] importing $base"
  tar -C "$rootfs" -c . | "$engine" import --change 'CMD ["/bin/bash"]' - "$base" >/dev/null
  rm -rf "$rootfs"; trap - EXIT
else
  echo "[images] $base already exists (use --force to rebuild)"
fi

for spec in "mariadb:$mariadb_tag" "postgres:$postgres_tag"; do
  dir=${spec%%:*}; tag=${spec#*:}
  echo "[images] building $tag"
  "$engine" build -q --build-arg "BASE=$base" -t "$tag" "$here/$dir" >/dev/null
done
# The application image installs two Debian packages with apt inside the build (about half a minute).
if [ "$force" = 1 ] || ! has_image "$djnro_tag"; then
  echo "[images] building $djnro_tag"
  "$engine" build -q --build-arg "BASE=$base" -t "$djnro_tag" "$here/djnro" >/dev/null
fi
echo "[images] done: $mariadb_tag $postgres_tag $djnro_tag"
