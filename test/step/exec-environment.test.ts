/**
 * Exec steps hand each side's database to real tools in the forms they accept: the engine images' own
 * clients (mariadb, psql) connect with the per-side variables and URLs and read what the harness put in
 * each database; a local command sees mysql:// and postgresql:// URLs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../harness/engine/engine.ts';
import { createLogger } from '../../harness/log.ts';
import { ContainerProvider } from '../../harness/provider/container/container-provider.ts';
import type { StartedDatabase } from '../../harness/provider/provider.ts';
import { sideEnvironment } from '../../harness/step/exec-environment.ts';
import { exec } from '../../harness/step/exec-step.ts';
import type { StepContext } from '../../harness/step/step.ts';
import { newRunId } from '../provider/provider-support.ts';
import { enginesAmong } from '../support/test-databases.ts';

describe('exec environment of one side', () => {
  it('gives every URL scheme, the parts and the client variables, prefixed by the side', () => {
    const mysql = sideEnvironment('SOURCE', 'mariadb://load:s3cr%40t@db.local:3307/shop');
    expect(mysql).toMatchObject({
      SOURCE_URL: 'mariadb://load:s3cr%40t@db.local:3307/shop',
      SOURCE_MYSQL_URL: 'mysql://load:s3cr%40t@db.local:3307/shop',
      SOURCE_MARIADB_URL: 'mariadb://load:s3cr%40t@db.local:3307/shop',
      SOURCE_HOST: 'db.local', SOURCE_PORT: '3307', SOURCE_USER: 'load', SOURCE_PASSWORD: 's3cr@t', SOURCE_DATABASE: 'shop',
      SOURCE_MYSQL_HOST: 'db.local', SOURCE_MYSQL_TCP_PORT: '3307', SOURCE_MYSQL_PWD: 's3cr@t',
    });
    const postgres = sideEnvironment('TARGET', 'postgres://app:pw@10.0.0.2:5433/shop');
    expect(postgres).toMatchObject({
      TARGET_POSTGRESQL_URL: 'postgresql://app:pw@10.0.0.2:5433/shop',
      TARGET_PGHOST: '10.0.0.2', TARGET_PGPORT: '5433', TARGET_PGUSER: 'app', TARGET_PGPASSWORD: 'pw', TARGET_PGDATABASE: 'shop',
    });
  });
});

const needed = enginesAmong(['mariadb', 'postgres']);
describe.runIf(needed.length === 2)('exec steps reach both sides with the engines\' own clients', () => {
  const runId = newRunId();
  const workdir = mkdtempSync(join(tmpdir(), `rehearse-exec-env-${runId}-`));
  let source: StartedDatabase;
  let target: StartedDatabase;
  let connections: { source: Connection; target: Connection };

  beforeAll(async () => {
    const provider = new ContainerProvider();
    [source, target] = await Promise.all([
      provider.start({ engine: 'mariadb' }, { role: 'source', runId }),
      provider.start({ engine: 'postgres' }, { role: 'target', runId }),
    ]);
    connections = { source: await source.connect(), target: await target.connect() };
    await connections.source.execute('CREATE TABLE marker (n INT)');
    await connections.source.execute('INSERT INTO marker VALUES (4242)');
    await connections.target.execute('CREATE TABLE marker (n integer)');
    await connections.target.execute('INSERT INTO marker VALUES (4343)');
  }, 240_000);

  afterAll(async () => {
    await Promise.all([connections?.source.close(), connections?.target.close()]);
    await Promise.all([source?.stop(), target?.stop()]);
    rmSync(workdir, { recursive: true, force: true });
  }, 60_000);

  function context(): StepContext {
    return {
      runId, source: connections.source, target: connections.target, workdir, scenarioDir: workdir,
      sourceUrl: source.getConnectionUri(), targetUrl: target.getConnectionUri(),
      sourceContainerUrl: source.getContainerNetworkUri(), targetContainerUrl: target.getContainerNetworkUri(),
      log: createLogger('test/exec-environment'), progress: () => undefined, signal: new AbortController().signal,
    };
  }

  it('the mariadb client connects with SOURCE_MYSQL_* variables', { timeout: 120_000 }, async () => {
    const step = exec({
      id: 'mariadb-client', image: 'mariadb:10.11', command: 'sh',
      args: ['-c', 'MYSQL_PWD="$SOURCE_MYSQL_PWD" MYSQL_HOST="$SOURCE_MYSQL_HOST" MYSQL_TCP_PORT="$SOURCE_MYSQL_TCP_PORT" ' +
        'mariadb --protocol=TCP -u "$SOURCE_MYSQL_USER" -N -e "SELECT n FROM marker" "$SOURCE_MYSQL_DATABASE"'],
    });
    expect((await step.run(context())).output).toContain('4242');
  });

  it('psql connects with TARGET_PG* variables and with TARGET_POSTGRESQL_URL', { timeout: 120_000 }, async () => {
    const step = exec({
      id: 'psql', image: 'postgres:15', command: 'sh',
      args: ['-c', 'PGHOST="$TARGET_PGHOST" PGPORT="$TARGET_PGPORT" PGUSER="$TARGET_PGUSER" PGPASSWORD="$TARGET_PGPASSWORD" ' +
        'PGDATABASE="$TARGET_PGDATABASE" PGCONNECT_TIMEOUT=20 psql -P pager=off -tAc "SELECT n + 1 FROM marker" && psql -P pager=off "$TARGET_POSTGRESQL_URL" -tAc "SELECT n + 2 FROM marker"'],
    });
    const { output } = await step.run(context());
    expect(output).toContain('4344');
    expect(output).toContain('4345');
  });

  it('a local command gets mysql:// and postgresql:// URLs of the running databases', { timeout: 60_000 }, async () => {
    const script = 'const u = new URL(process.env.SOURCE_MYSQL_URL), p = new URL(process.env.TARGET_POSTGRESQL_URL);' +
      'console.log([u.protocol, u.port === process.env.SOURCE_MYSQL_TCP_PORT, p.protocol, p.port === process.env.TARGET_PGPORT].join(" "))';
    const { output } = await exec({ id: 'node', command: process.execPath, args: ['-e', script] }).run(context());
    expect(output?.trim()).toBe('mysql: true postgresql: true');
  });
});
