/**
 * The every-table contents check through the real CLI and real containers, on Chinook:
 * - three changes that no other check of the bundled scenario reads give NO-GO from `contents` alone,
 *   naming the table, the key and the column, and the differing keys are listed in a file under --out;
 * - the independently written Chinook MySQL and PostgreSQL scripts, loaded one on each side in a
 *   comparison-only scenario (no steps), compare as NO-GO with their two genuine differences named, and
 *   as GO once those are declared.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../harness/run/rehearsal-result.ts';
import { containersOfRun } from '../support/containers.ts';
import { CHINOOK_SNAPSHOT, fixtureScenario, ROOT, runCli } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const out = () => makeTempDir('rehearse-contents-');
const text = (c: CheckResult) => c.examples.map((e) => `${e.subject}\n${e.detail}`).join('\n');

describe('contents on chinook-mariadb-to-postgres', () => {
  it('finds a renamed genre, a track moved to another playlist and a changed address that every other check misses', async () => {
    const dir = out();
    const run = await runCli(['run', fixtureScenario('chinook-contents-sabotaged'), '--out', dir, '--max-examples', '20'], dir);
    expect(run.exitCode, run.stderr).toBe(1);
    const report = run.report!;
    expect(report.verdict).toBe('NO-GO');
    expect(report.checks.filter((c) => c.status === 'failed').map((c) => c.id)).toEqual(['contents']);
    const contents = report.checks.find((c) => c.id === 'contents')!;
    expect(contents.summary).toMatch(/3 of 11 tables differ/);
    const examples = text(contents);
    expect(examples).toMatch(/table "Genre" GenreId="1" modified \(Name\)/);
    expect(examples).toMatch(/-Name: "Rock"\n\+Name: "Rock and Roll"/);
    expect(examples).toMatch(/table "PlaylistTrack" PlaylistId="1", TrackId="3402" only in source/);
    expect(examples).toMatch(/table "PlaylistTrack" PlaylistId="2", TrackId="3402" only in target/);
    expect(examples).toMatch(/table "Employee" EmployeeId="3" modified \(Address\)/);
    // Address is personal data: shown as a digest, never in clear.
    expect(examples).not.toMatch(/Other Street/);
    expect(contents.metrics).toMatchObject({ modified: 2, removed: 1, added: 1 });
    const keys = readFileSync(join(dir, 'contents-PlaylistTrack.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(keys).toEqual(
      expect.arrayContaining([
        { table: 'PlaylistTrack', key: { PlaylistId: '1', TrackId: '3402' }, change: 'removed', explained: false },
        { table: 'PlaylistTrack', key: { PlaylistId: '2', TrackId: '3402' }, change: 'added', explained: false },
      ]),
    );
    expect(await containersOfRun(report.runId)).toEqual([]);
  });
});

/** A comparison-only scenario in a temporary folder: MariaDB loads the MySQL script, PostgreSQL the
 * PostgreSQL one (less its CREATE DATABASE and psql \c lines) as its set-up. */
function scriptsScenario(declared: boolean): string {
  const dir = makeTempDir('rehearse-chinook-scripts-');
  const script = readFileSync(join(ROOT, 'test/fixtures/chinook/Chinook_PostgreSql.sql'), 'utf8');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'chinook-postgres.sql'), script.replace(/^(DROP DATABASE|CREATE DATABASE|\\c) .*$/gm, ''));
  const declarations = declared
    ? `tables: {
        // MySQL reads '\\ ' as a space: four track names differ by design of the two scripts.
        Track: { expect: { modified: [3435, 3448, 3485, 3499] } },
        // PostgreSQL's N'Edinburgh ' is bpchar: the trailing space is lost on customer 54 and its invoices.
        Customer: { normalize: { City: 'rtrim' } },
        Invoice: { normalize: { BillingCity: 'rtrim' } },
      },`
    : '';
  writeFileSync(
    join(dir, 'scenario.ts'),
    `import { contents, defineScenario } from ${JSON.stringify(join(ROOT, 'harness/index.ts'))};
export default defineScenario({
  name: 'chinook-scripts',
  source: { engine: 'mariadb', image: 'mariadb:10.11', serverOptions: { 'character-set-server': 'utf8mb4' } },
  target: { engine: 'postgres', image: 'postgres:15', setup: ['chinook-postgres.sql'] },
  snapshot: ${JSON.stringify(CHINOOK_SNAPSHOT)},
  requireCompleteSnapshot: false,
  steps: [],
  checks: [contents({ nameMatching: 'ignore-underscores', ${declarations} })],
});
`,
  );
  return join(dir, 'scenario.ts');
}

describe('contents between the two independently written Chinook scripts (comparison-only)', () => {
  it('gives NO-GO naming the four track names and Edinburgh\'s trailing space when nothing is declared', async () => {
    const dir = out();
    const run = await runCli(['run', scriptsScenario(false), '--out', dir, '--max-examples', '20'], dir);
    expect(run.exitCode, run.stderr).toBe(1);
    const contents = run.report!.checks.find((c) => c.id === 'contents')!;
    expect(contents.summary).toMatch(/3 of 11 tables differ/);
    expect(contents.summary).toMatch(/Track: 4 modified/);
    expect(contents.summary).toMatch(/Customer: 1 modified \(first: CustomerId="54": City\)/);
    expect(contents.summary).toMatch(/Invoice: \d+ modified/);
    expect(text(contents)).toMatch(/-Name: "Cavalleria Rusticana {2}Act {2}Intermezzo Sinfonico"\n\+Name: "Cavalleria Rusticana \\\\ Act \\\\ Intermezzo Sinfonico"/);
    expect(text(contents)).toMatch(/-City: "Edinburgh "\n\+City: "Edinburgh"/);
  });

  it('gives GO once the two genuine differences are declared, counting the declared rows as explained', async () => {
    const dir = out();
    const run = await runCli(['run', scriptsScenario(true), '--out', dir], dir);
    expect(run.exitCode, `${run.stderr}\n${JSON.stringify(run.report?.checks, null, 1)}`).toBe(0);
    const contents = run.report!.checks.find((c) => c.id === 'contents')!;
    expect(contents.summary).toMatch(/11 tables, 15603 rows identical, 4 declared differences explained/);
    expect(run.report!.steps).toEqual([]);
  });
});
