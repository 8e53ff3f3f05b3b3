/**
 * Validation of manifest.json with zod: a snapshot is user input, so a missing field or a newer
 * format version is reported as a BadInputError naming the file and the field, not as a TypeError later.
 */
import { z } from 'zod';
import { ENGINE_KINDS } from '../engine/engine.ts';
import { BadInputError } from '../errors.ts';
import { memberNameProblem } from './member-names.ts';
import { MEMBER_KINDS, SNAPSHOT_FORMAT_VERSION, type MediaManifestEntry, type SnapshotManifest } from './snapshot-format.ts';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits');
const size = z.number().int().nonnegative();

const memberSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(MEMBER_KINDS),
  size,
  sha256,
  gzip: z.boolean().optional(),
});

const manifestSchema = z.object({
  formatVersion: z.literal(SNAPSHOT_FORMAT_VERSION),
  createdAt: z.string().min(1),
  createdBy: z.string(),
  engine: z.enum(ENGINE_KINDS),
  serverVersion: z.string(),
  tables: z.array(z.object({ name: z.string().min(1), rows: size })),
  members: z.array(memberSchema),
  properties: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

const mediaEntrySchema = z.object({ path: z.string().min(1), size, sha256 });

/** Parses and validates manifest.json text; `where` names the snapshot file in messages. */
export function parseManifest(text: string, where: string): SnapshotManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new BadInputError(`${where}: manifest.json is not valid JSON (${(cause as Error).message}); the file is corrupt or was not written by rehearse`, { cause });
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > SNAPSHOT_FORMAT_VERSION) {
    throw new BadInputError(
      `${where}: snapshot format version ${version} is newer than this rehearse supports (${SNAPSHOT_FORMAT_VERSION}); upgrade rehearse to read it`,
    );
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new BadInputError(`${where}: manifest.json is invalid: ${describeIssues(parsed.error)}`);
  }
  const names = new Set<string>();
  for (const member of parsed.data.members) {
    if (names.has(member.name)) throw new BadInputError(`${where}: manifest.json lists member ${member.name} twice`);
    const problem = memberNameProblem(member.name, member.kind);
    if (problem) throw new BadInputError(`${where}: manifest.json lists member "${member.name}" (${member.kind}), which is rejected: ${problem}`);
    names.add(member.name);
  }
  return parsed.data as SnapshotManifest;
}

/** Parses one line of media/manifest.jsonl. */
export function parseMediaEntry(line: string, where: string, lineNumber: number): MediaManifestEntry {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (cause) {
    throw new BadInputError(`${where}: media/manifest.jsonl line ${lineNumber} is not valid JSON`, { cause });
  }
  const parsed = mediaEntrySchema.safeParse(json);
  if (!parsed.success) {
    throw new BadInputError(`${where}: media/manifest.jsonl line ${lineNumber} is invalid: ${describeIssues(parsed.error)}`);
  }
  return parsed.data;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
