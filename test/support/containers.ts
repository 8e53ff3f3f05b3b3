/** What the container engine holds, to prove that a run left nothing behind. */
import { getContainerRuntimeClient } from 'testcontainers';
import { LABEL_RUN } from '../../harness/provider/labels.ts';

export async function containersOfRun(runId: string): Promise<string[]> {
  const client = await getContainerRuntimeClient();
  const list = await client.container.dockerode.listContainers({ all: true, filters: { label: [`${LABEL_RUN}=${runId}`] } });
  return list.map((c) => c.Id);
}
