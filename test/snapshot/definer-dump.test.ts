/**
 * Real mariadb-dump output of objects defined by `root`@`localhost` (a view and a trigger with their
 * DEFINER inside executable comments, a procedure, a function and an event with a plain one) loads as
 * the confined user, each rewrite listed in the load phase, and every object works; as written the same
 * dump does not load. A DEFINER clause does not lend root's rights: a view over mysql.user fails to
 * load, and a SQL SECURITY DEFINER procedure runs with the loading user's rights even when root calls it.
 */
import { createWriteStream, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../../harness/engine/connection-url.ts';
import { loadSource } from '../../harness/run/load-phase.ts';
import type { LoadedScenario } from '../../harness/scenario/load-scenario.ts';
import { loadSnapshot } from '../../harness/snapshot/snapshot-load.ts';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import { freshDatabase, startTestDatabase, withConnection, type TestDatabase } from './snapshot-databases.ts';
import { tempDir } from './snapshot-files.ts';

const IMAGE = 'localhost/rehearse/mariadb:10.11';
const ROOT = '`root`@`localhost`';

let server: TestDatabase;
let dir: string;
let cleanup: () => Promise<void>;
let dump: string;
let loadUser: string;

/** Runs mariadb-dump from the engine's image against database `url` (host network reaches the container). */
async function mariadbDump(url: string, out: string): Promise<void> {
  const { host, port, user, password, database } = parseDatabaseUrl(url);
  const args = ['-h', host, '-P', String(port ?? 3306), '-u', user, `-p${password}`, '--routines', '--triggers', '--events', '--skip-dump-date', database];
  const run = execa('podman', ['run', '--rm', '--network', 'host', IMAGE, 'mariadb-dump', ...args], { stdout: 'pipe', buffer: false });
  await Promise.all([pipeline(run.stdout!, createWriteStream(out)), run]);
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  server = await startTestDatabase('mariadb');
  loadUser = new URL(server.loadUrl).username;
  const source = await freshDatabase(server, 'shop_source');
  await withConnection(source, async (root) => {
    for (const statement of [
      'CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(20), price INT)',
      'CREATE TABLE audit (item_id INT, note VARCHAR(40))',
      "INSERT INTO item VALUES (1, 'pen', 2), (2, 'ink', 5)",
      `CREATE DEFINER=${ROOT} SQL SECURITY DEFINER VIEW expensive AS SELECT name FROM item WHERE price > 3`,
      `CREATE DEFINER=${ROOT} TRIGGER item_audit AFTER INSERT ON item FOR EACH ROW INSERT INTO audit VALUES (NEW.id, CONCAT('added ', NEW.name))`,
      `CREATE DEFINER=${ROOT} PROCEDURE add_item(IN i INT, IN n VARCHAR(20)) BEGIN INSERT INTO item VALUES (i, n, 1); END`,
      `CREATE DEFINER=${ROOT} FUNCTION item_count() RETURNS INT READS SQL DATA RETURN (SELECT COUNT(*) FROM item)`,
      `CREATE DEFINER=${ROOT} EVENT purge_audit ON SCHEDULE EVERY 1 DAY DISABLE DO DELETE FROM audit WHERE item_id < 0`,
    ]) {
      await root.execute(statement);
    }
  });
  dump = join(dir, 'shop.sql');
  await mariadbDump(source, dump);
}, 240_000);
afterAll(async () => {
  await server?.stop();
  await cleanup?.();
});

function loaded(): LoadedScenario {
  return { dir, scenario: { source: { engine: 'mariadb' } } } as unknown as LoadedScenario;
}

/** The definers of the loaded objects, as information_schema tells them. */
async function definers(): Promise<string[]> {
  return withConnection(server.url, async (root) => {
    const rows = await root.query(
      `SELECT DEFINER AS d FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()
       UNION ALL SELECT DEFINER FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()
       UNION ALL SELECT DEFINER FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()
       UNION ALL SELECT DEFINER FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE()`,
    );
    return rows.map((row) => String(row.d));
  });
}

describe('mariadb-dump with DEFINER clauses, loaded as the confined user', () => {
  it('the dump holds DEFINER=`root`@`localhost` in executable comments and plain', async () => {
    const text = await readFile(dump, 'utf8');
    expect(text).toContain(`/*!50013 DEFINER=${ROOT} SQL SECURITY DEFINER */`);
    expect(text).toContain(`/*!50017 DEFINER=${ROOT}*/ /*!50003 TRIGGER`);
    expect(text).toContain(`CREATE DEFINER=${ROOT} PROCEDURE`);
    expect(text).toContain(`CREATE DEFINER=${ROOT} FUNCTION`);
    expect(text).toMatch(/DEFINER=`root`@`localhost`\*\/ \/\*!50106 EVENT/);
  });

  it('as written, it does not load as the confined user', async () => {
    const text = await readFile(dump, 'utf8');
    const error = await withConnection(server.loadUrl, (c) => c.runScript(text).then(() => undefined, (e: Error) => e));
    // Naming another account as definer takes SUPER (MariaDB 10.11: SET USER), which it has not.
    expect(error?.message).toMatch(/SUPER|SET USER/);
  });

  it('loads with every DEFINER rewritten and listed; the view, trigger, procedure, function and event work', async () => {
    const detail = await withConnection(server.loadUrl, async (connection) =>
      loadSource({ loaded: loaded(), snapshot: await openSnapshot(dump), connection, workdir: dir, signal: new AbortController().signal, emit: () => undefined }),
    );
    expect(detail).toMatch(/5 statement\(s\) rewritten to run as the loading user/);
    expect(detail.match(/DEFINER=`root`@`localhost` → DEFINER=CURRENT_USER \(shop\.sql byte \d+\)/g)).toHaveLength(5);
    expect(detail).toMatch(/completeness proven by the dump tool's trailer/);
    expect(await definers()).toEqual(Array(5).fill(`${loadUser}@%`));

    await withConnection(server.loadUrl, async (c) => {
      expect(await c.query('SELECT name FROM expensive')).toEqual([{ name: 'ink' }]);
      await c.execute("INSERT INTO item VALUES (3, 'nib', 9)");
      await c.execute("CALL add_item(4, 'cap')");
      expect(await c.query('SELECT item_id, note FROM audit ORDER BY item_id')).toEqual([
        { item_id: 3, note: 'added nib' },
        { item_id: 4, note: 'added cap' },
      ]);
      expect(await c.query('SELECT item_count() AS n')).toEqual([{ n: 4 }]);
    });
    // The administrator (steps and checks) uses them too: the view runs as its definer, the loading user.
    await withConnection(server.url, async (root) => {
      expect(await root.query('SELECT name FROM expensive ORDER BY name')).toEqual([{ name: 'ink' }, { name: 'nib' }]);
    });
  });

  it('a DEFINER clause lends no right: a view over mysql.user fails to load, a procedure reads it as the loading user', async () => {
    const view = join(dir, 'leak-view.sql');
    writeFileSync(view, `/*!50001 CREATE ALGORITHM=UNDEFINED */\n/*!50013 DEFINER=${ROOT} SQL SECURITY DEFINER */\n/*!50001 VIEW leak_users AS SELECT User FROM mysql.user */;\n`);
    const refused = await withConnection(server.loadUrl, async (c) => loadSnapshot(await openSnapshot(view), c).then(() => undefined, (e: Error) => e));
    expect(refused?.message).toContain(`command denied to user '${loadUser}'@'%' for table \`mysql\`.\`user\``);

    const procedure = join(dir, 'leak-procedure.sql');
    writeFileSync(procedure, `CREATE DEFINER=${ROOT} PROCEDURE leak_proc() SQL SECURITY DEFINER SELECT User FROM mysql.user;\n`);
    const result = await withConnection(server.loadUrl, async (c) => loadSnapshot(await openSnapshot(procedure), c));
    expect(result.rewritten.map((r) => r.original)).toEqual([`DEFINER=${ROOT}`]);
    await withConnection(server.url, async (root) => {
      const [views] = await root.query("SELECT COUNT(*) AS n FROM information_schema.VIEWS WHERE TABLE_NAME = 'leak_users'");
      expect(Number(views?.n)).toBe(0);
      // Even root calling it gets the definer's rights, the loading user's, which exclude mysql.user.
      await expect(root.query('CALL leak_proc()')).rejects.toThrow(/denied/i);
    });
  });
});
