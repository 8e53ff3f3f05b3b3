/**
 * Fixed RehearsalResult fixtures for the reporter tests: one GO, one NO-GO with row-diff examples, one
 * ERROR whose exec step printed a database URL with a password (it must be redacted everywhere).
 */
import type { CheckResult, PhaseName, RehearsalResult, StepResult } from '../../harness/run/rehearsal-result.ts';

export const SECRET = 's3cr3t-Pa55';

const base = {
  schemaVersion: 1,
  tool: { name: 'rehearse', version: '0.1.0' },
  runId: 'run-20250101-0001',
  scenario: { name: 'pod-v3-to-v4', description: 'Esup-Pod 3.8 to 4.0', path: 'scenarios/pod-v3-to-v4.ts', sha256: 'a'.repeat(64) },
  snapshot: { path: 'snapshots/pod.tar', sha256: 'b'.repeat(64), format: 'rehearse-snapshot/1', tables: 12, rows: 15607 },
  provider: 'container',
  databases: {
    source: {
      provider: 'container',
      image: { requested: 'mariadb:10.11', resolved: 'localhost/rehearse/mariadb:10.11', id: 'sha256:f141aa4234321234567890' },
      serverVersion: '10.11.6-MariaDB-0+deb12u1',
      handle: 'c0ffee',
    },
    target: {
      provider: 'container',
      image: { requested: 'postgres:15', resolved: 'localhost/rehearse/postgres:15', id: 'sha256:0ddba11' },
      serverVersion: '15.8',
    },
  },
  startedAt: '2025-01-01T10:00:00.000Z',
  finishedAt: '2025-01-01T10:03:12.345Z',
  durationMs: 192_345,
  warnings: { total: 0, items: [] },
  provenance: {
    harness: { version: '0.1.0', gitCommit: 'c'.repeat(40), gitDirty: false, node: 'v20.19.0' },
    scenario: {
      dir: 'scenarios', treeSha256: 'a'.repeat(64),
      files: [{ path: 'pod-v3-to-v4.ts', role: 'scenario', sha256: 'd'.repeat(64), size: 1200 }, { path: 'schema-v4.sql', role: 'target setup', sha256: 'e'.repeat(64), size: 5400 }],
    },
    snapshot: { path: 'snapshots/pod.tar', sha256: 'b'.repeat(64), size: 4_200_000, members: [{ name: 'dumps/01-pod.sql.gz', sha256: 'f'.repeat(64), size: 4_100_000 }] },
    images: [
      { role: 'source', requested: 'mariadb:10.11', resolved: 'localhost/rehearse/mariadb:10.11', id: 'sha256:f141aa4234321234567890', digests: ['localhost/rehearse/mariadb@sha256:1234'] },
      { role: 'target', requested: 'postgres:15', resolved: 'localhost/rehearse/postgres:15', id: 'sha256:0ddba11' },
    ],
    servers: [{ role: 'source', engine: 'mariadb', version: '10.11.6-MariaDB-0+deb12u1' }, { role: 'target', engine: 'postgres', version: '15.8' }],
  },
  cutover: {
    stepsMs: 95_000, rows: 15607, productionRows: 1_560_700, productionRowsFrom: 'manifest', factor: 100, estimatedMs: 9_500_000, checksMs: 2_612,
    steps: [{ id: 'schema', durationMs: 4_200, estimatedMs: 420_000 }, { id: 'import', durationMs: 90_800, rows: 15607, estimatedMs: 9_080_000 }],
    assumptions: ['production volume: 1,560,700 rows, stated by the snapshot manifest; rehearsed: 15,607 rows (x100)', 'each step takes time in proportion to the rows it handles (linear)'],
    note: 'The migration steps took 1 min 35 s on 15,607 snapshot rows; extrapolated to 1,560,700 production rows: about 2 h 38 min.',
  },
} as const satisfies Partial<RehearsalResult>;

const PHASES: readonly PhaseName[] = ['start databases', 'load snapshot', 'migration steps', 'checks', 'cleanup'];

/** Phases passed up to `failed`, which failed; later ones not run, except cleanup which always runs. */
function phases(failed?: PhaseName): RehearsalResult['phases'] {
  const stop = failed === undefined ? PHASES.length : PHASES.indexOf(failed);
  return PHASES.map((name, i) => ({
    name,
    status: i < stop || name === 'cleanup' ? 'passed' : i === stop ? 'failed' : 'not-run',
    durationMs: 1000 * (i + 1),
  }));
}

const stepsOk: StepResult[] = [
  { id: 'schema', kind: 'sql', description: 'create the v4 schema', status: 'passed', durationMs: 4_200 },
  { id: 'import', kind: 'exec', description: 'import_data_from_v3_to_v4', status: 'passed', durationMs: 90_800, rows: 15607 },
];

const countsOk: CheckResult = {
  id: 'rowCounts', kind: 'rowCounts', severity: 'blocking', description: 'row counts of every source table',
  status: 'passed', durationMs: 812, summary: '11 tables match (15607 rows)', examples: [],
  metrics: { tables: 11, sourceRows: 15607, targetRows: 15607, mismatches: 0 },
  tables: [
    { table: 'Album', target: 'album', sourceRows: 347, targetRows: 347, ok: true },
    { table: 'Track', sourceRows: 3503, targetRows: 3503, ok: true },
  ],
};

export const GO: RehearsalResult = {
  ...base,
  verdict: 'GO',
  exitCode: 0,
  reasons: ['all 2 steps passed and all 1 blocking checks passed'],
  phases: phases(),
  steps: stepsOk,
  checks: [countsOk],
};

export const NO_GO: RehearsalResult = {
  ...base,
  verdict: 'NO-GO',
  exitCode: 1,
  reasons: ['check "rowCounts" failed: 1 of 2 tables differ: Track (source 3503, target 3502)', 'check "prices" failed: 2 rows differ: 1 only in source, 0 only in target, 1 changed', 'warning: check "tags" failed: 3 tags lost | case-collision'],
  phases: phases(),
  steps: stepsOk,
  checks: [
    { ...countsOk, status: 'failed', summary: '1 of 2 tables differ: Track (source 3503, target 3502)', tables: [countsOk.tables![0]!, { table: 'Track', sourceRows: 3503, targetRows: 3502, ok: false }] },
    {
      id: 'prices', kind: 'query', severity: 'blocking', description: 'track prices', status: 'failed', durationMs: 1500,
      summary: '2 rows differ: 1 only in source, 0 only in target, 1 changed',
      metrics: { sourceRows: 3503, targetRows: 3502, missing: 1, extra: 0, changed: 1 },
      examples: [
        { subject: 'row TrackId=42 changed (UnitPrice)', detail: '--- source\n+++ target\n@@ -1,3 +1,3 @@\n TrackId: 42\n-UnitPrice: "0.99"\n+UnitPrice: "9.9"\n Name: "Pipe | <Dream>"' },
        { subject: 'row TrackId=77 only in source', detail: '--- source\n+++ target\n@@ -1,2 +0,0 @@\n-TrackId: 77\n-Name: "```quoted```"' },
      ],
    },
    {
      id: 'tags', kind: 'tags', severity: 'warning', description: 'tags survive', status: 'failed', durationMs: 300,
      summary: '3 tags lost | case-collision', examples: [{ subject: 'tag "Vidéo" on video 17', detail: 'merged into "vidéo"\u0007 (bell char)' }],
    },
  ],
  warnings: {
    total: 25,
    items: Array.from({ length: 25 }, (_, i) => ({
      engine: 'mariadb' as const, code: '1265', level: 'warning' as const, message: `Data truncated for column 'title' at row ${i + 1}`,
      during: 'load-snapshot', role: 'source' as const,
    })),
  },
};

export const ERROR: RehearsalResult = {
  ...base,
  verdict: 'ERROR',
  exitCode: 2,
  reasons: ['step "import" failed: exit code 1', '1 step(s) did not run', 'check "rowCounts" was skipped'],
  phases: phases('migration steps'),
  steps: [
    stepsOk[0]!,
    {
      id: 'import', kind: 'exec', description: 'import_data_from_v3_to_v4', status: 'failed', durationMs: 2_500,
      error: 'exit code 1',
      output: `connecting to postgres://pod:${SECRET}@10.0.0.5:5432/pod\nMARIADB_PASSWORD=${SECRET} PGPASSWORD='${SECRET}'\n{"password": "${SECRET}"}\nTraceback: IntegrityError <duplicate key> & more`,
    },
    { id: 'reindex', kind: 'sql', description: 'rebuild indexes', status: 'not-run', durationMs: 0 },
  ],
  checks: [{ ...countsOk, status: 'skipped', summary: 'not run: a step failed', examples: [], metrics: undefined }],
  error: { phase: 'migration steps', message: `step "import" failed on postgres://pod:${SECRET}@10.0.0.5:5432/pod` },
};
