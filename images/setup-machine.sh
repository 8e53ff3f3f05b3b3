#!/usr/bin/env bash
# One-time set-up of a Debian/Ubuntu machine (or CI runner) for rehearse, idempotent:
#   - a container engine: Docker if it answers, else podman from Debian answering the Docker API;
#   - the local stand-in images when no registry is reachable (built from Debian packages);
#   - local mariadbd/postgres binaries for --provider process;
#   - the npm dependencies.
# Needs root for apt-get and debootstrap (run with sudo otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
# chromium: the browser the HTML report test renders report.html in (driven by playwright-core).
for pkg in podman runc debootstrap uidmap slirp4netns fuse-overlayfs mariadb-server postgresql curl chromium; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "[setup] apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # The server packages are only binaries for --provider process: keep their services from starting.
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if docker info >/dev/null 2>&1; then
  echo "[setup] Docker answers: using it"
else
  SKIP_APT=1 bash images/setup-podman-engine.sh >/dev/null
  echo "[setup] podman answers the Docker API on /run/podman/podman.sock"
  bash images/build-images.sh
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[setup] npm ci"
  # The lock file lists every platform's optional packages, so `npm ci` installs it as it is; a refusal
  # is a broken lock file and fails the set-up rather than being papered over by `npm install`.
  npm ci --no-audit --no-fund --loglevel=error
fi
# The installed CLI runs the compiled harness (dist/); after a pull it is rebuilt here (npm ci builds it too).
node bin/build-harness.js --if-stale
echo "[setup] ready"
