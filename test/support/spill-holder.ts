/**
 * A process that holds a check's spill database open until it is killed, as a contents or integrity check
 * does mid-run: `node --import tsx test/support/spill-holder.ts LABEL`. It prints "ready" once the spill
 * holds rows, so a test can kill it at a moment when the spill folder exists.
 */
import { SqliteSpill } from '../../harness/check/spill/sqlite-spill.ts';

const spill = SqliteSpill.open(process.argv[2] ?? 'holder');
spill.exec('CREATE TABLE seen (key TEXT PRIMARY KEY)');
await spill.load('seen', ['key'], ['kettle', 'teapot', 'cup'], (key) => [key]);
process.stdout.write('ready\n');
// Stays alive until killed, keeping the spill (and its folder) open.
setInterval(() => undefined, 60_000);
