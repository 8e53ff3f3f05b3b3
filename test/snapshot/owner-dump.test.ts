/**
 * Real pg_dump output of objects owned by a role the throwaway server does not have, made with owners
 * (`ALTER … OWNER TO shop_owner`) and with --use-set-session-authorization (`SET SESSION AUTHORIZATION
 * 'shop_owner'`): as written neither loads as the confined owner role; through the loader both do, each
 * rewrite listed in the load phase, the objects owned by the loading user and working.
 */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSource } from '../../harness/run/load-phase.ts';
import type { LoadedScenario } from '../../harness/scenario/load-scenario.ts';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import { freshDatabase, startTestDatabase, withConnection, type TestDatabase } from './snapshot-databases.ts';
import { tempDir } from './snapshot-files.ts';

const IMAGE = 'localhost/rehearse/postgres:15';
const DUMPS = [
  { name: 'owners', prefix: 'o_', args: [] as string[], clause: 'OWNER TO shop_owner → OWNER TO CURRENT_USER' },
  { name: 'session', prefix: 's_', args: ['--use-set-session-authorization'], clause: "SESSION AUTHORIZATION 'shop_owner' → SESSION AUTHORIZATION DEFAULT" },
] as const;

let server: TestDatabase;
let dir: string;
let cleanup: () => Promise<void>;
let loadUser: string;

/** Runs pg_dump from the engine's image against the test server (host network: its port is on localhost). */
async function pgDump(url: string, args: readonly string[], out: string): Promise<void> {
  const dump = execa('podman', ['run', '--rm', '--network', 'host', IMAGE, 'pg_dump', ...args, url], { stdout: 'pipe', buffer: false });
  await Promise.all([pipeline(dump.stdout!, createWriteStream(out)), dump]);
}

/** A database whose objects (prefixed with `p`) all belong to role shop_owner. */
async function ownedSource(name: string, p: string): Promise<string> {
  const url = await freshDatabase(server, name);
  await withConnection(url, async (admin) => {
    for (const statement of [
      `CREATE SCHEMA ${p}app AUTHORIZATION shop_owner`,
      `CREATE TABLE ${p}app.item (id integer PRIMARY KEY, name text, price integer)`,
      `CREATE TABLE ${p}app.audit (item_id integer, note text)`,
      `INSERT INTO ${p}app.item VALUES (1, 'pen', 2), (2, 'ink', 5)`,
      `CREATE VIEW ${p}app.expensive AS SELECT name FROM ${p}app.item WHERE price > 3`,
      `CREATE FUNCTION ${p}app.audit_item() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO ${p}app.audit VALUES (NEW.id, 'added ' || NEW.name); RETURN NEW; END $$`,
      `CREATE TRIGGER item_audit AFTER INSERT ON ${p}app.item FOR EACH ROW EXECUTE FUNCTION ${p}app.audit_item()`,
      `ALTER TABLE ${p}app.item OWNER TO shop_owner`,
      `ALTER TABLE ${p}app.audit OWNER TO shop_owner`,
      `ALTER VIEW ${p}app.expensive OWNER TO shop_owner`,
      `ALTER FUNCTION ${p}app.audit_item() OWNER TO shop_owner`,
    ]) {
      await admin.execute(statement);
    }
  });
  return url;
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  server = await startTestDatabase('postgres');
  loadUser = new URL(server.loadUrl).username;
  await withConnection(server.url, (admin) => admin.execute('CREATE ROLE shop_owner NOLOGIN'));
  for (const dump of DUMPS) {
    const source = await ownedSource(`${dump.name}_source`, dump.prefix);
    await pgDump(source, dump.args, join(dir, `${dump.name}.sql`));
  }
  // The role exists where production was dumped, not on the server the dump is rehearsed on.
  await withConnection(server.url, async (admin) => {
    for (const dump of DUMPS) await admin.execute(`DROP DATABASE ${dump.name}_source`);
    await admin.execute('DROP ROLE shop_owner');
  });
}, 240_000);
afterAll(async () => {
  await server?.stop();
  await cleanup?.();
});

function loaded(): LoadedScenario {
  return { dir, scenario: { source: { engine: 'postgres' } } } as unknown as LoadedScenario;
}

describe('pg_dump with owners, loaded as the confined owner role', () => {
  it('the dumps name shop_owner with ALTER … OWNER TO and SET SESSION AUTHORIZATION', async () => {
    expect(await readFile(join(dir, 'owners.sql'), 'utf8')).toMatch(/^ALTER TABLE o_app\.item OWNER TO shop_owner;$/m);
    expect(await readFile(join(dir, 'session.sql'), 'utf8')).toMatch(/^SET SESSION AUTHORIZATION 'shop_owner';$/m);
  });

  it.each(DUMPS)('$name: as written it does not load as the confined user', async ({ name }) => {
    // Without psql's \restrict lines, client-only commands a script runner refuses.
    const text = (await readFile(join(dir, `${name}.sql`), 'utf8')).replace(/^\\(?:un)?restrict .*$/gm, '');
    // A transaction leaves nothing behind for the next test to trip on.
    const error = await withConnection(server.loadUrl, async (c) => {
      await c.execute('BEGIN');
      const failure = await c.runScript(text).then(() => undefined, (e: Error) => e);
      await c.execute('ROLLBACK');
      return failure;
    });
    expect(error?.message).toMatch(/role "shop_owner" does not exist|permission denied to set session authorization/);
  });

  it.each(DUMPS)('$name: loads with each clause rewritten and listed; objects belong to the loading user and work', async ({ name, prefix, clause }) => {
    const detail = await withConnection(server.loadUrl, async (connection) =>
      loadSource({ loaded: loaded(), snapshot: await openSnapshot(join(dir, `${name}.sql`)), connection, workdir: dir, signal: new AbortController().signal, emit: () => undefined }),
    );
    expect(detail).toMatch(/\d+ statement\(s\) rewritten to run as the loading user/);
    expect(detail).toContain(`${clause} (${name}.sql byte `);
    await withConnection(server.loadUrl, async (c) => {
      const owners = await c.query(
        `SELECT DISTINCT pg_get_userbyid(c.relowner) AS owner FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '${prefix}app'`,
      );
      expect(owners).toEqual([{ owner: loadUser }]);
      await c.execute(`INSERT INTO ${prefix}app.item VALUES (3, 'nib', 9)`);
      expect(await c.query(`SELECT item_id, note FROM ${prefix}app.audit`)).toEqual([{ item_id: 3, note: 'added nib' }]);
      expect(await c.query(`SELECT name FROM ${prefix}app.expensive ORDER BY name`)).toEqual([{ name: 'ink' }, { name: 'nib' }]);
    });
  });
});
