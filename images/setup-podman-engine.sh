#!/usr/bin/env bash
# Makes Debian's podman answer the Docker API, for machines (and air-gapped sites) without Docker Engine.
# Idempotent: safe to run again. Prints the two variables testcontainers needs.
#   sudo images/setup-podman-engine.sh            # install packages, configure, start the API socket
#   SKIP_APT=1 images/setup-podman-engine.sh      # packages already installed
set -euo pipefail

socket_dir=/run/podman
socket="$socket_dir/podman.sock"

if [ "${SKIP_APT:-0}" != 1 ] && ! command -v podman >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq podman runc debootstrap uidmap slirp4netns fuse-overlayfs >/dev/null
fi

# crun (podman's default runtime) refuses hybrid cgroup layouts; runc works on them.
# podman's default ulimits exceed the hard limits of many VMs and CI runners, and raising an rlimit above
# the hard limit is refused, so every container would fail to start. podman lowers its own limits below the
# shell's (seen: nproc 32768 in the service against 96365 in the shell), so stay well under both.
conf=/etc/containers/containers.conf
cap() { local hard=$1 max=$2; if [ "$hard" = unlimited ] || [ "$hard" -gt "$max" ]; then echo "$max"; else echo "$hard"; fi; }
nofile=$(cap "$(ulimit -Hn)" 8192); nproc=$(cap "$(ulimit -Hu)" 4096)
mkdir -p /etc/containers
if [ -f "$conf" ] && ! grep -q '# rehearse: managed' "$conf"; then cp "$conf" "$conf.before-rehearse"; fi
if true; then
  cat > "$conf" <<CONF
# rehearse: managed by images/setup-podman-engine.sh
[containers]
default_ulimits = ["nofile=${nofile}:${nofile}", "nproc=${nproc}:${nproc}"]

[engine]
runtime = "runc"
CONF
fi

mkdir -p "$socket_dir"
if ! curl -sf --unix-socket "$socket" http://d/_ping >/dev/null 2>&1; then
  rm -f "$socket"
  nohup podman system service --time=0 "unix://$socket" >/var/log/podman-service.log 2>&1 &
  for _ in $(seq 1 50); do
    curl -sf --unix-socket "$socket" http://d/_ping >/dev/null 2>&1 && break
    sleep 0.2
  done
fi
curl -sf --unix-socket "$socket" http://d/_ping >/dev/null || { echo "podman API did not answer on $socket (see /var/log/podman-service.log)" >&2; exit 1; }

echo "export DOCKER_HOST=unix://$socket"
echo "export TESTCONTAINERS_RYUK_DISABLED=true"
