/**
 * Finds and removes containers left by earlier runs. A container belongs to a dead run when its
 * io.rehearse.pid process no longer exists on this host; `rehearse clean` removes all of them.
 */
import { hostname } from 'node:os';
import { getContainerRuntimeClient } from 'testcontainers';
import { LABEL_HOST, LABEL_MANAGED, LABEL_PID, LABEL_ROLE, LABEL_RUN } from '../labels.ts';

export interface LeftoverContainer {
  readonly id: string;
  readonly name: string;
  readonly runId: string;
  readonly role: string;
  readonly state: string;
}

export interface SweepOptions {
  /** Remove every managed container, including those of runs still alive. @default false */
  readonly all?: boolean;
  /** Only list, remove nothing. */
  readonly dryRun?: boolean;
  /** Only the containers of this process (last-resort cleanup on a crash or a forced exit). */
  readonly onlyPid?: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function sweepContainers(options: SweepOptions = {}): Promise<LeftoverContainer[]> {
  const client = await getContainerRuntimeClient();
  const containers = await client.container.dockerode.listContainers({
    all: true,
    filters: { label: [`${LABEL_MANAGED}=true`] },
  });
  const here = hostname();
  const swept: LeftoverContainer[] = [];
  for (const info of containers) {
    const labels = info.Labels ?? {};
    const pid = Number(labels[LABEL_PID]);
    const ownRunAlive = labels[LABEL_HOST] === here && Number.isInteger(pid) && pid !== process.pid && isAlive(pid);
    const mine = labels[LABEL_HOST] === here && pid === process.pid;
    if (options.onlyPid !== undefined) {
      if (!(labels[LABEL_HOST] === here && pid === options.onlyPid)) continue;
    } else if (!options.all && (ownRunAlive || mine)) continue;
    swept.push({
      id: info.Id.slice(0, 12),
      name: (info.Names?.[0] ?? '').replace(/^\//, ''),
      runId: labels[LABEL_RUN] ?? '?',
      role: labels[LABEL_ROLE] ?? '?',
      state: info.State,
    });
    if (!options.dryRun) {
      await client.container.dockerode.getContainer(info.Id).remove({ force: true, v: true }).catch(() => undefined);
    }
  }
  return swept;
}
