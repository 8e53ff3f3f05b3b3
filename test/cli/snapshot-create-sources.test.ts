/**
 * `rehearse snapshot create` reads its database URL from a variable or a file, so that the password stays
 * out of `ps`, and never prints or writes that password: the real CLI snapshots a real MariaDB, and its
 * output, its debug log and every member of the snapshot it wrote are searched for the password. Bad
 * sources are one line naming the option, exit 2.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConnection } from '../../harness/engine/open-connection.ts';
import { ROOT } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { startTestDatabase, type TestDatabase } from '../support/test-databases.ts';

let server: TestDatabase;
let url: string;
let password: string;

beforeAll(async () => {
  server = await startTestDatabase('mariadb');
  const connection = await openConnection(server.url);
  try {
    await connection.execute('CREATE DATABASE shop');
    await connection.execute('CREATE TABLE shop.item (id INT PRIMARY KEY, name VARCHAR(40))');
    await connection.execute("INSERT INTO shop.item VALUES (1, 'kettle'), (2, 'teapot'), (3, 'cup')");
  } finally {
    await connection.close();
  }
  const parsed = new URL(server.url);
  parsed.pathname = '/shop';
  url = parsed.toString();
  password = decodeURIComponent(parsed.password);
}, 300_000);
afterAll(async () => {
  await server?.stop();
});

function snapshotCreate(args: readonly string[], env: Record<string, string> = {}) {
  return execa('node', [join(ROOT, 'bin/rehearse.js'), 'snapshot', 'create', ...args], { cwd: ROOT, reject: false, env: { CI: 'true', ...env } });
}

/** The texts a snapshot holds: its raw bytes, and every gzip member unpacked (its SQL dumps). */
async function snapshotTexts(file: string): Promise<Record<string, string>> {
  const dir = makeTempDir('rehearse-snapshot-members-');
  await execa('tar', ['-xf', file, '-C', dir]);
  const members = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const texts: Record<string, string> = { [file]: readFileSync(file, 'latin1') };
  for (const member of members) {
    const bytes = readFileSync(join(member.parentPath, member.name));
    texts[member.name] = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
  }
  return texts;
}

function leaks(texts: Record<string, string>): string[] {
  const forms = [password, encodeURIComponent(password)];
  return Object.entries(texts).flatMap(([where, text]) => forms.filter((form) => text.includes(form)).map((form) => `${form === password ? 'password' : 'encoded password'} in ${where}`));
}

describe('snapshot create: the URL from a variable or a file', () => {
  it('--from-env and --from-file snapshot the database; the password is in no output, debug log or snapshot member', { timeout: 300_000 }, async () => {
    expect(password.length).toBeGreaterThanOrEqual(8);
    const dir = makeTempDir('rehearse-snapshot-sources-');
    const urlFile = join(dir, 'source-url');
    writeFileSync(urlFile, `# production, read only\n${url}\n`, { mode: 0o600 });
    const runs = [
      { out: join(dir, 'from-env.tar'), run: await snapshotCreate(['--from-env', 'PROD_URL', '--out', join(dir, 'from-env.tar'), '--debug'], { PROD_URL: url }) },
      { out: join(dir, 'from-file.tar'), run: await snapshotCreate(['--from-file', urlFile, '--out', join(dir, 'from-file.tar'), '--debug']) },
    ];
    for (const { out, run } of runs) {
      expect(run.stderr).toContain('snapshotting mariadb://root:***@');
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toMatch(/: 1 tables, 3 rows/);
      const texts = await snapshotTexts(out);
      // The members were unpacked: the rows are there in clear, so a password would be too.
      expect(Object.values(texts).some((text) => text.includes('teapot'))).toBe(true);
      expect(leaks({ stdout: run.stdout, stderr: run.stderr, ...texts })).toEqual([]);
    }
    const inspected = await execa('node', [join(ROOT, 'bin/rehearse.js'), 'snapshot', 'inspect', runs[0]!.out], { cwd: ROOT, reject: false });
    expect(inspected.exitCode).toBe(0);
  });

  it('a failing connection is one line without the password', { timeout: 120_000 }, async () => {
    const wrong = new URL(url);
    wrong.pathname = `/no_such_db_${password.slice(0, 6)}x`;
    const dir = makeTempDir('rehearse-snapshot-sources-');
    const run = await snapshotCreate(['--from-env', 'PROD_URL', '--out', join(dir, `out-${password}.tar`)], { PROD_URL: wrong.toString() });
    expect(run.exitCode).toBe(2);
    // The --out path holds the password on purpose: only masking by value hides it from the messages.
    expect(leaks({ stdout: run.stdout, stderr: run.stderr })).toEqual([]);
    expect(run.stderr).toContain('out-***.tar');
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^rehearse: /);
  });

  it('bad sources are one line naming the option, exit 2, with nothing written', { timeout: 120_000 }, async () => {
    const dir = makeTempDir('rehearse-snapshot-sources-');
    const empty = join(dir, 'empty');
    writeFileSync(empty, '# nothing here\n');
    const notUrl = join(dir, 'not-a-url');
    writeFileSync(notUrl, `${password}\n`);
    const twoUrls = join(dir, 'two-urls');
    writeFileSync(twoUrls, `${url}\n${url}\n`);
    const out = join(dir, 'never.tar');
    const cases: { args: string[]; env?: Record<string, string>; says: RegExp }[] = [
      { args: ['--from-env', 'UNSET_SNAPSHOT_URL'], says: /^rehearse: --from-env UNSET_SNAPSHOT_URL: the environment variable UNSET_SNAPSHOT_URL is not set or empty$/ },
      { args: ['--from-env', 'BLANK_URL'], env: { BLANK_URL: '  ' }, says: /^rehearse: --from-env BLANK_URL: .*not set or empty$/ },
      { args: ['--from-file', join(dir, 'missing')], says: /^rehearse: --from-file .*missing: cannot be read \(ENOENT\)$/ },
      { args: ['--from-file', empty], says: /^rehearse: --from-file .*empty: holds no URL/ },
      { args: ['--from-file', notUrl], says: /^rehearse: --from-file .*not-a-url: not a database URL/ },
      { args: ['--from-file', twoUrls], says: /^rehearse: --from-file .*two-urls: holds 2 URLs, expected one$/ },
      { args: ['--from-env', 'ODD_URL'], env: { ODD_URL: 'ftp://u:p@host/db' }, says: /^rehearse: --from-env ODD_URL: not a database URL \(scheme "ftp:" is not supported/ },
      { args: ['--from', 'nonsense'], says: /^rehearse: --from: not a database URL/ },
      { args: [], says: /^rehearse: snapshot create: give the database to read with --from-env NAME, --from-file PATH or --from URL$/ },
      { args: ['--from', url, '--from-file', twoUrls], says: /^rehearse: snapshot create: give only one of --from, --from-env and --from-file$/ },
    ];
    for (const { args, env, says } of cases) {
      const run = await snapshotCreate([...args, '--out', out], env);
      expect({ args, exitCode: run.exitCode, lines: run.stderr.trim().split('\n').length }).toEqual({ args, exitCode: 2, lines: 1 });
      expect(run.stderr.trim()).toMatch(says);
      expect(run.stderr).not.toContain(password);
      expect(run.stdout).toBe('');
    }
    expect(readdirSync(dir).sort()).toEqual(['empty', 'not-a-url', 'two-urls']);
  });
});
