/**
 * Points testcontainers at podman's Docker-compatible socket when no Docker is configured, so a machine
 * set up with images/setup-podman-engine.sh needs no extra variables. Ryuk (testcontainers' reaper)
 * needs a registry to pull from, so it is disabled with podman: the harness sweeps its own containers.
 */
import { existsSync } from 'node:fs';

const PODMAN_SOCKETS = ['/run/podman/podman.sock', `/run/user/${process.getuid?.() ?? 0}/podman/podman.sock`];

export function preparePodmanEnvironment(env: NodeJS.ProcessEnv = process.env): void {
  if (env.DOCKER_HOST || existsSync('/var/run/docker.sock')) return;
  const socket = PODMAN_SOCKETS.find((path) => existsSync(path));
  if (!socket) return;
  env.DOCKER_HOST = `unix://${socket}`;
  env.TESTCONTAINERS_RYUK_DISABLED ??= 'true';
}
