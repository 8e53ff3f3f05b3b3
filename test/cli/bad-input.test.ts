/**
 * Bad input through the real CLI: each case exits 2 with exactly one printable line on stderr naming
 * what is at fault, no stack trace, no report, and nothing started (the progress lines of a started run
 * never appear: the run stops before the providers are asked for a database).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../harness/cli/out-dir-lock.ts';
import { flipByte, memberOffset, smallSnapshot } from '../snapshot/snapshot-files.ts';
import { ROOT } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const SCENARIO = 'chinook-mariadb-to-postgres';
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd]/;

interface BadInputCase {
  readonly name: string;
  /** Arguments after `rehearse`, given a fresh temporary folder. */
  readonly args: (dir: string) => Promise<string[]> | string[];
  /** What the line must name. */
  readonly names: RegExp;
}

/** A scenario file in its own folder, importing 'rehearse' as a user's scenario does. */
function scenarioFile(dir: string, body: string): string {
  const folder = join(dir, 'scenario');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'scenario.ts');
  writeFileSync(file, `import { defineScenario, rowCounts } from 'rehearse';\nexport default defineScenario(${body});\n`);
  return file;
}

/** A pid that belonged to a process which has exited. */
function deadPid(): number {
  return spawnSync('true').pid!;
}

const CASES: readonly BadInputCase[] = [
  { name: 'an unknown option', args: () => ['run', SCENARIO, '--bogus'], names: /unknown option '--bogus'/ },
  { name: 'an unknown command', args: () => ['rehersal'], names: /unknown command 'rehersal'/ },
  { name: 'a missing scenario', args: () => ['run', 'no-such-scenario'], names: /scenario "no-such-scenario" was not found/ },
  { name: 'a missing snapshot file', args: (dir) => ['run', SCENARIO, '--snapshot', join(dir, 'missing.sql')], names: /snapshot .*missing\.sql cannot be read/ },
  { name: 'an unknown format', args: () => ['run', SCENARIO, '--format', 'xml'], names: /--format: "xml"/ },
  { name: 'a bad --max-examples', args: () => ['run', SCENARIO, '--max-examples', 'many'], names: /--max-examples/ },
  { name: 'an unknown provider', args: () => ['run', SCENARIO, '--provider', 'cloud'], names: /--provider "cloud"/ },
  { name: 'an unset --server-env variable', args: () => ['run', SCENARIO, '--provider', 'server', '--server-env', 'REHEARSE_TEST_UNSET'], names: /--server-env REHEARSE_TEST_UNSET/ },
  { name: 'a missing --server-file', args: (dir) => ['run', SCENARIO, '--server-file', join(dir, 'servers.txt')], names: /--server-file .*servers\.txt/ },
  {
    name: '--out pointing at a file',
    args: (dir) => {
      writeFileSync(join(dir, 'a-file'), 'x');
      return ['run', SCENARIO, '--out', join(dir, 'a-file')];
    },
    names: /--out .*a-file: .*a file of that name is in the way/,
  },
  { name: 'an --out path too long', args: (dir) => ['run', SCENARIO, '--out', join(dir, 'x'.repeat(300))], names: /--out .*too long/ },
  {
    name: 'a gzip dump of garbage (binary bytes never echoed)',
    args: (dir) => {
      const bytes = Buffer.alloc(4000);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
      writeFileSync(join(dir, 'garbage.sql.gz'), Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), bytes]));
      return ['run', SCENARIO, '--snapshot', join(dir, 'garbage.sql.gz')];
    },
    names: /snapshot garbage\.sql\.gz: .*gzip/,
  },
  {
    name: 'binary bytes in a .sql file',
    args: (dir) => {
      writeFileSync(join(dir, 'binary.sql'), Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x1b, 0x5b, 0x32, 0x4a, 0x07]));
      return ['run', SCENARIO, '--snapshot', join(dir, 'binary.sql')];
    },
    names: /snapshot binary\.sql: .*binary data/,
  },
  {
    name: 'a snapshot member whose hash does not match the manifest',
    args: async (dir) => {
      const file = join(dir, 'small.tar');
      await smallSnapshot(file);
      await flipByte(file, (await memberOffset(file, 'dumps/01-schema.sql')) + 3);
      return ['run', SCENARIO, '--snapshot', file];
    },
    names: /snapshot small\.tar: .*dumps\/01-schema\.sql/,
  },
  {
    name: 'a 300-character scenario name',
    args: (dir) => ['run', scenarioFile(dir, `{ name: '${'a'.repeat(300)}', source: { engine: 'sqlite' }, target: { engine: 'sqlite' }, steps: [], checks: [rowCounts()] }`)],
    names: /scenario .*scenario\.ts: name: must be at most 64 characters/,
  },
  {
    name: "a side's env setting the password the harness generates",
    args: (dir) => ['run', scenarioFile(dir, `{ name: 'reserved-env', source: { engine: 'mariadb', env: { MARIADB_ROOT_PASSWORD: 'mine' } }, target: { engine: 'postgres' }, steps: [], checks: [rowCounts()] }`)],
    names: /source\.env: MARIADB_ROOT_PASSWORD is reserved, rehearse sets it itself/,
  },
  {
    name: "a side's database name that is not an identifier",
    args: (dir) => ['run', scenarioFile(dir, `{ name: 'bad-database', source: { engine: 'mariadb', database: 'shop;\\nDROP' }, target: { engine: 'postgres' }, steps: [], checks: [rowCounts()] }`)],
    names: /source\.database: "shop;\\nDROP" must be letters, digits, "_" or "-"/,
  },
  {
    name: "a side's database name that is the server's own",
    args: (dir) => ['run', scenarioFile(dir, `{ name: 'system-database', source: { engine: 'mariadb' }, target: { engine: 'postgres', database: 'template1' }, steps: [], checks: [rowCounts()] }`)],
    names: /target\.database: "template1" is one of the server's own databases/,
  },
  {
    name: 'an --out folder a live run is writing to',
    args: (dir) => {
      const out = join(dir, 'busy');
      mkdirSync(out);
      // The test runner itself is the live owner.
      writeFileSync(join(out, LOCK_FILE), JSON.stringify({ pid: process.pid, host: hostname(), since: 'earlier' }));
      return ['run', SCENARIO, '--out', out];
    },
    names: new RegExp(`--out .*busy: another rehearsal \\(pid ${process.pid}, started earlier\\) is writing there`),
  },
];

describe('bad input: one line, exit 2, nothing started, no report', () => {
  for (const testCase of CASES) {
    it(testCase.name, async () => {
      const dir = makeTempDir('rehearse-bad-input-');
      const args = await testCase.args(dir);
      const out = join(dir, 'out');
      const withOut = args[0] === 'run' && !args.includes('--out') ? [...args, '--out', out] : args;
      const run = await execa('node', [join(ROOT, 'bin/rehearse.js'), ...withOut], { cwd: ROOT, reject: false, env: { CI: 'true' } });
      expect(run.exitCode, run.stderr).toBe(2);
      const lines = run.stderr.split('\n').filter((line) => line.length > 0);
      expect(lines, run.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(/^rehearse: /);
      expect(lines[0]).toMatch(testCase.names);
      expect(lines[0]).not.toMatch(UNPRINTABLE);
      expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
      expect(run.stdout).toBe('');
      expect(existsSync(join(out, 'report.json'))).toBe(false);
    });
  }

  it('a lock left by a run that died is taken over (the run gets past it to the next check)', async () => {
    const dir = makeTempDir('rehearse-bad-input-');
    const out = join(dir, 'stale');
    mkdirSync(out);
    writeFileSync(join(out, LOCK_FILE), JSON.stringify({ pid: deadPid(), host: hostname(), since: 'before the crash' }));
    // The run goes past the lock (it fails later, at the unreachable server, with an ERROR report) and
    // releases the lock it took over when it ends.
    const run = await execa('node', [join(ROOT, 'bin/rehearse.js'), 'run', SCENARIO, '--out', out, '--format', 'json', '--provider', 'server', '--server', 'postgres://nobody:pw@127.0.0.1:1/postgres'], { cwd: ROOT, reject: false, env: { CI: 'true' } });
    expect(run.stderr).not.toMatch(/another rehearsal/);
    expect(run.exitCode).toBe(2);
    expect(existsSync(join(out, 'report.json'))).toBe(true);
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
  });
});
