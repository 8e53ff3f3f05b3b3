/**
 * `rehearse verify-report`: recomputes every hash a report's provenance claims that can be recomputed
 * on this machine (the snapshot file, each archive member, the scenario folder and each scenario file)
 * and lists each mismatch or missing file. Paths are resolved from `root` (the directory the rehearsal
 * ran in, the current one by default), as the report records them relative to it.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { sha256OfFile, sha256OfTree } from '../../fingerprint.ts';
import type { RehearsalResult } from '../../run/rehearsal-result.ts';
import { inspectSnapshot, type InspectReport } from '../../snapshot/snapshot-inspect.ts';
import { errorMessage } from '../../errors.ts';

export interface VerifyOutcome {
  /** How many hashes were recomputed and matched. */
  readonly verified: number;
  /** One line per hash that differs or file that is missing. */
  readonly mismatches: readonly string[];
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** Verifies the hashes of `report`; throws only when the report has no provenance to verify. */
export async function verifyReport(report: RehearsalResult, root = process.cwd()): Promise<VerifyOutcome> {
  const provenance = report.provenance;
  if (!provenance) throw new Error('the report has no provenance block (written by a rehearse older than verify-report)');
  const mismatches: string[] = [];
  let verified = 0;
  const compare = (what: string, claimed: string, actual: string) => {
    if (claimed === actual) verified++;
    else mismatches.push(`${what}: sha256 ${actual} differs from the report's ${claimed}`);
  };

  const dir = resolve(root, provenance.scenario.dir);
  if (!existsSync(dir)) mismatches.push(`scenario folder ${provenance.scenario.dir}: not found under ${root}`);
  else compare(`scenario folder ${provenance.scenario.dir}`, provenance.scenario.treeSha256, await sha256OfTree(dir));
  for (const file of provenance.scenario.files) {
    const path = resolve(dir, file.path);
    if (!isFile(path)) mismatches.push(`${file.role} file ${file.path}: not found in ${provenance.scenario.dir}`);
    else compare(`${file.role} file ${file.path}`, file.sha256, await sha256OfFile(path));
  }

  const snapshot = provenance.snapshot;
  if (snapshot) {
    const path = resolve(root, snapshot.path);
    if (!isFile(path)) {
      mismatches.push(`snapshot ${snapshot.path}: not found under ${root}`);
    } else if (snapshot.members.length === 0) {
      compare(`snapshot ${snapshot.path}`, snapshot.sha256, await sha256OfFile(path));
    } else {
      const inspected = await inspectSnapshot(path).catch((error: unknown) => {
        mismatches.push(`snapshot ${snapshot.path}: ${errorMessage(error)}`);
        return undefined;
      });
      if (inspected) verifyMembers(inspected);
    }
  }
  return { verified, mismatches };

  function verifyMembers(inspected: InspectReport): void {
    const snapshot = provenance!.snapshot!;
    compare(`snapshot ${snapshot.path}`, snapshot.sha256, inspected.sha256);
    const actual = new Map(inspected.verification.members.map((m) => [m.member.name, m.actual?.sha256]));
    for (const member of snapshot.members) {
      const found = actual.get(member.name);
      if (found === undefined) mismatches.push(`snapshot ${snapshot.path} member ${member.name}: not in the archive`);
      else compare(`snapshot ${snapshot.path} member ${member.name}`, member.sha256, found);
    }
  }
}
