/** What a time limit or Ctrl-C does to the databases: the work on both sides is stopped. */
import type { Connection } from '../engine/engine.ts';

/** Stops what the connections run (statements killed on the server) and closes them; never throws. */
export async function cancelConnections(connections: { readonly source?: Connection; readonly target?: Connection }): Promise<void> {
  await Promise.all([connections.source?.cancel(), connections.target?.cancel()]);
}
