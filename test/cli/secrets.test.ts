/**
 * No password reaches an output: a scenario plants passwords in every form a step can print them, and
 * the real CLI runs it; every file under --out, stdout and stderr (debug logs on) are searched for them.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { fixtureScenario, ROOT } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { startTestDatabase } from '../support/test-databases.ts';

const PLANTED = ['S3cr3t-step-planted-1', 'S3cr3t-arg-planted-2', 'S3cr3t/side@planted 3'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every place (file or stream) where one of the passwords appears, in any written form. */
function leaks(outDir: string, streams: Record<string, string>, passwords: readonly string[]): string[] {
  const forms = passwords.flatMap((p) => [p, encodeURIComponent(p)]);
  const texts = { ...streams, ...Object.fromEntries(filesUnder(outDir).map((file) => [file, readFileSync(file, 'latin1')])) };
  return Object.entries(texts).flatMap(([where, text]) => forms.filter((form) => text.includes(form)).map((form) => `${form} in ${where}`));
}

async function runPlanted(args: readonly string[], env: Record<string, string>) {
  const out = makeTempDir('rehearse-secrets-');
  const dump = join(makeTempDir('rehearse-secrets-dump-'), 'generated.json');
  const run = await execa('node', [join(ROOT, 'bin/rehearse.js'), 'run', fixtureScenario('secrets-planted'), '--out', out, '--debug', ...args], {
    cwd: ROOT, reject: false, env: { CI: 'true', SECRETS_DUMP: dump, ...env },
  });
  const generated = existsSync(dump) ? (JSON.parse(readFileSync(dump, 'utf8')) as string[]) : [];
  return { run, out, generated };
}

describe('secrets by value', () => {
  it('no planted or generated password reaches a report, the work folder, the screen or the debug log (container provider)', { timeout: 600_000 }, async () => {
    const { run, out, generated } = await runPlanted([], {});
    // The run went as far as the failing task: every step printed its passwords.
    expect(run.exitCode).toBe(2);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { steps: { id: string; status: string; output?: string; error?: string; description: string }[] };
    expect(report.steps.map((s) => s.status)).toEqual(['passed', 'passed', 'failed']);
    expect(generated).toHaveLength(2);
    expect(report.steps[0]!.output).toMatch(/-p\*\*\* shop/);
    expect(report.steps[2]!.error).toMatch(/password \*\*\* rejected/);
    expect(report.steps[1]!.description).toContain('--password=***');
    expect(leaks(out, { stdout: run.stdout, stderr: run.stderr }, [...PLANTED, ...generated])).toEqual([]);
    // The debug log was on (its lines were searched too).
    expect(run.stderr).toMatch(/^\[provider\/container\] source: starting/m);
  });

  it('a --server URL given through a file or a variable stays out of every output', { timeout: 600_000 }, async () => {
    const [mariadb, postgres] = await Promise.all([startTestDatabase('mariadb'), startTestDatabase('postgres')]);
    try {
      const file = join(makeTempDir('rehearse-secrets-url-'), 'servers.txt');
      writeFileSync(file, `# the shared servers\n${mariadb.url}\n`, { mode: 0o600 });
      const serverPasswords = [mariadb.url, postgres.url].map((url) => decodeURIComponent(new URL(url).password));
      const { run, out } = await runPlanted(['--provider', 'server', '--server-file', file, '--server-env', 'PG_SERVER'], { PG_SERVER: postgres.url });
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toContain('via server');
      expect(leaks(out, { stdout: run.stdout, stderr: run.stderr }, [...PLANTED, ...serverPasswords])).toEqual([]);
    } finally {
      await Promise.all([mariadb.stop(), postgres.stop()]);
    }
  });
});
