/**
 * `rehearse snapshot inspect`: what a snapshot holds and whether every member is intact, for an admin
 * deciding whether a copied snapshot can be rehearsed, or an auditor checking which one was.
 */
import { basename } from 'node:path';
import { errorMessage } from '../errors.ts';
import { checkArchive, type VerifyReport } from './archive-verify.ts';
import type { SnapshotManifest } from './snapshot-format.ts';
import { openSnapshot } from './snapshot-reader.ts';
import type { SnapshotKind } from './snapshot.ts';

export interface InspectReport {
  readonly file: string;
  readonly kind: SnapshotKind;
  readonly sha256: string;
  readonly manifest?: SnapshotManifest;
  /** Per-member results for archives; for other kinds only ok/problems. */
  readonly verification: VerifyReport;
  /** Media files listed as members. */
  readonly mediaFiles: number;
}

/** Opens and verifies `file`. Throws only when it cannot be opened at all (not a snapshot, bad manifest);
 * a corrupt member is reported, not thrown, so that the report can show which. */
export async function inspectSnapshot(file: string): Promise<InspectReport> {
  const snapshot = await openSnapshot(file);
  let verification: VerifyReport;
  if (snapshot.kind === 'archive' && snapshot.manifest) {
    verification = await checkArchive(file, snapshot.manifest);
  } else {
    try {
      verification = await snapshot.verify();
    } catch (error) {
      verification = { ok: false, members: [], extra: [], problems: [errorMessage(error)] };
    }
  }
  const mediaFiles = snapshot.manifest?.members.filter((m) => m.kind === 'media-file').length ?? 0;
  return {
    file,
    kind: snapshot.kind,
    sha256: snapshot.sha256,
    ...(snapshot.manifest ? { manifest: snapshot.manifest } : {}),
    verification,
    mediaFiles,
  };
}

export function formatInspectReport(report: InspectReport): string {
  const lines = [`snapshot ${basename(report.file)} (${report.kind})`, `  sha256   ${report.sha256}`];
  const m = report.manifest;
  if (m) {
    lines.push(
      `  engine   ${m.engine} ${m.serverVersion}`,
      `  created  ${m.createdAt} by ${m.createdBy}`,
      `  format   version ${m.formatVersion}`,
    );
    if (m.tables.length > 0) {
      const width = Math.max(...m.tables.map((t) => t.name.length));
      lines.push(`  tables   ${m.tables.length}, ${m.tables.reduce((sum, t) => sum + t.rows, 0).toLocaleString('en')} rows`);
      for (const t of m.tables) lines.push(`    ${t.name.padEnd(width)}  ${t.rows.toLocaleString('en').padStart(12)}`);
    }
    lines.push(`  members  ${m.members.length}`);
    const checks = new Map(report.verification.members.map((c) => [c.member.name, c.status]));
    for (const member of m.members.filter((x) => x.kind !== 'media-file')) {
      const status = checks.get(member.name) ?? 'missing';
      lines.push(`    ${status === 'ok' ? 'ok ' : 'BAD'}  ${member.name}  ${formatSize(member.size)}${status === 'missing' ? ' (missing)' : ''}`);
    }
    const media = report.verification.members.filter((c) => c.member.kind === 'media-file');
    const badMedia = media.filter((c) => c.status !== 'ok').length;
    lines.push(`  media    ${report.mediaFiles} files${badMedia ? `, ${badMedia} BAD` : ''}`);
  }
  for (const extra of report.verification.extra) lines.push(`    BAD  ${extra} (not in the manifest)`);
  lines.push(report.verification.ok ? '  verified: all members intact' : `  verification FAILED:`);
  for (const problem of report.verification.problems.slice(0, 20)) lines.push(`    - ${problem}`);
  return lines.join('\n');
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
