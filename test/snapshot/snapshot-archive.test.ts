import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BadInputError } from '../../harness/errors.ts';
import { SNAPSHOT_FORMAT_VERSION } from '../../harness/snapshot/snapshot-format.ts';
import { formatInspectReport, inspectSnapshot } from '../../harness/snapshot/snapshot-inspect.ts';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import { createSnapshotWriter } from '../../harness/snapshot/snapshot-writer.ts';
import type { Snapshot } from '../../harness/snapshot/snapshot.ts';
import { CHINOOK, WRITER_OPTIONS, flipByte, handMadeTar, memberOffset, smallSnapshot, tempDir, truncateTo } from './snapshot-files.ts';

async function readDumps(snapshot: Snapshot): Promise<{ name: string; text: string }[]> {
  const out: { name: string; text: string }[] = [];
  for await (const dump of snapshot.sqlDumps()) {
    const chunks: Buffer[] = [];
    for await (const chunk of dump.stream) chunks.push(chunk as Buffer);
    out.push({ name: dump.name, text: Buffer.concat(chunks).toString('utf8') });
  }
  return out;
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('snapshot archive: writer → reader round trip', () => {
  it('writes manifest.json first, members in order, and reads them back verified', async () => {
    const file = join(dir, 'small.tar');
    const manifest = await smallSnapshot(file);
    expect(manifest.members.map((m) => m.name)).toEqual([
      'dumps/01-schema.sql',
      'dumps/02-data.sql.gz',
      'media/files/covers/1.txt',
      'media/manifest.jsonl',
    ]);
    expect(manifest.members[1]).toMatchObject({ kind: 'sql-dump', gzip: true });
    await expect(stat(`${file}.partial`)).rejects.toThrow();

    const snapshot = await openSnapshot(file);
    expect(snapshot.kind).toBe('archive');
    expect(snapshot.engine).toBe('mariadb');
    expect(snapshot.manifest?.tables).toEqual([{ name: 't', rows: 1000 }]);
    expect(snapshot.sha256).toMatch(/^[0-9a-f]{64}$/);
    const report = await snapshot.verify();
    expect(report.ok).toBe(true);
    expect(report.members.map((m) => m.status)).toEqual(['ok', 'ok', 'ok', 'ok']);

    const dumps = await readDumps(snapshot);
    expect(dumps.map((d) => d.name)).toEqual(['dumps/01-schema.sql', 'dumps/02-data.sql.gz']);
    expect(dumps[1]!.text.split('\n').filter(Boolean)).toHaveLength(1000);
    expect(dumps[1]!.text).toContain("INSERT INTO t VALUES (1000, 'name 1000');");

    const entries = [];
    for await (const entry of snapshot.mediaManifest()!) entries.push(entry);
    expect(entries).toEqual([{ path: 'covers/1.txt', size: 9, sha256: 'a'.repeat(64) }]);

    const media = join(dir, 'media');
    expect(await snapshot.extractMedia(media)).toBe(1);
    expect(await readFile(join(media, 'covers/1.txt'), 'utf8')).toBe('cover one');
  });

  it('a snapshot without media has no media manifest', async () => {
    const file = join(dir, 'nomedia.tar');
    const writer = await createSnapshotWriter(file, WRITER_OPTIONS);
    await writer.addSqlDump('only', (async function* () { yield 'SELECT 1;\n'; })());
    await writer.finish();
    const snapshot = await openSnapshot(file);
    expect(snapshot.mediaManifest()).toBeUndefined();
    expect(await snapshot.extractMedia(join(dir, 'm'))).toBe(0);
  });

  it('abort() leaves no output and no temp dir', async () => {
    const file = join(dir, 'aborted.tar');
    const writer = await createSnapshotWriter(file, WRITER_OPTIONS);
    await writer.addSqlDump('x', (async function* () { yield 'SELECT 1;\n'; })());
    await writer.abort();
    expect(await readdir(dir)).toEqual([]);
  });

  it('a member whose source fails is not silently left out: finish() refuses and writes nothing', async () => {
    const file = join(dir, 'failed.tar');
    const writer = await createSnapshotWriter(file, WRITER_OPTIONS);
    await writer.addSqlDump('good', (async function* () { yield 'SELECT 1;\n'; })());
    const failing = (async function* () {
      yield 'SELECT 2;\n';
      throw new Error('source connection lost');
    })();
    await expect(writer.addSqlDump('bad', failing)).rejects.toThrow('source connection lost');
    await expect(writer.finish()).rejects.toThrow(/member dumps\/02-bad\.sql failed earlier/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('inspect lists tables, members with ok and the media count', async () => {
    const file = join(dir, 'small.tar');
    await smallSnapshot(file);
    const report = await inspectSnapshot(file);
    const text = formatInspectReport(report);
    expect(report.verification.ok).toBe(true);
    expect(text).toContain('engine   mariadb 10.11.6-MariaDB');
    expect(text).toMatch(/t\s+1,000/);
    expect(text).toMatch(/ok {3}dumps\/02-data\.sql\.gz/);
    expect(text).toContain('media    1 files');
    expect(text).toContain('verified: all members intact');
  });
});

describe('snapshot archive: corruption is reported, naming the member', () => {
  it('a flipped byte in a member makes verify throw naming the member and both hashes', async () => {
    const file = join(dir, 'small.tar');
    await smallSnapshot(file);
    await flipByte(file, (await memberOffset(file, 'dumps/01-schema.sql')) + 5);
    const snapshot = await openSnapshot(file);
    const error = await rejection(snapshot.verify());
    expect(error).toBeInstanceOf(BadInputError);
    expect(error.message).toMatch(
      /^snapshot small\.tar: member dumps\/01-schema\.sql has sha256 [0-9a-f]{12}… but the manifest says [0-9a-f]{12}…; the file is corrupt or was modified/,
    );
    const report = await inspectSnapshot(file);
    expect(report.verification.ok).toBe(false);
    expect(formatInspectReport(report)).toMatch(/BAD {2}dumps\/01-schema\.sql/);
  });

  it('a corrupt dump is caught while it is read for loading, at the end of that member at the latest', async () => {
    const file = join(dir, 'small.tar');
    await smallSnapshot(file);
    await flipByte(file, (await memberOffset(file, 'dumps/01-schema.sql')) + 5);
    const error = await rejection(readDumps(await openSnapshot(file)));
    expect(error).toBeInstanceOf(BadInputError);
    expect(error.message).toContain('member dumps/01-schema.sql has sha256');
  });

  it('a flipped byte inside a gzip member is reported for that member', async () => {
    const file = join(dir, 'small.tar');
    await smallSnapshot(file);
    await flipByte(file, (await memberOffset(file, 'dumps/02-data.sql.gz')) + 200);
    const error = await rejection(readDumps(await openSnapshot(file)));
    expect(error).toBeInstanceOf(BadInputError);
    expect(error.message).toContain('member dumps/02-data.sql.gz');
    await expect((await openSnapshot(file)).verify()).rejects.toThrow(/member dumps\/02-data\.sql\.gz has sha256/);
  });

  it('a truncated archive gives a clear error, not a stack', async () => {
    const file = join(dir, 'small.tar');
    await smallSnapshot(file);
    await truncateTo(file, (await memberOffset(file, 'dumps/02-data.sql.gz')) + 100);
    const snapshot = await openSnapshot(file);
    const error = await rejection(snapshot.verify());
    expect(error).toBeInstanceOf(BadInputError);
    expect(error.message).toMatch(/^snapshot small\.tar: the archive is truncated/);
    const loadError = await rejection(readDumps(snapshot));
    expect(loadError).toBeInstanceOf(BadInputError);
    expect(loadError.message).toContain('truncated');
    expect(loadError.message).toContain('dumps/02-data.sql.gz');
  });

  it('an archive cut at a member boundary reports the missing members', async () => {
    const file = join(dir, 'small.tar');
    await smallSnapshot(file);
    await truncateTo(file, (await memberOffset(file, 'dumps/02-data.sql.gz')) - 512);
    const error = await rejection((await openSnapshot(file)).verify());
    expect(error.message).toMatch(/member dumps\/02-data\.sql\.gz is listed in the manifest but missing/);
  });

  it('a member not in the manifest is reported', async () => {
    const file = join(dir, 'extra.tar');
    const manifest = { formatVersion: 1, createdAt: 'x', createdBy: 't', engine: 'postgres', serverVersion: '15', tables: [], members: [] };
    await handMadeTar(file, [
      { name: 'manifest.json', content: JSON.stringify(manifest) },
      { name: 'dumps/01-evil.sql', content: 'DROP TABLE users;' },
    ]);
    await expect((await openSnapshot(file)).verify()).rejects.toThrow(/member dumps\/01-evil\.sql is not listed in the manifest/);
  });
});

describe('snapshot files that are not snapshots', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['random.tar', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)), /random\.tar: it is not a tar archive/],
    ['random.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)), /random\.bin: file format not recognised; expected a rehearse snapshot/],
    ['binary.sql', Buffer.from([0x41, 0x00, 0x42]), /binary\.sql: it is named \.sql but holds binary data/],
    ['empty.tar', '', /empty\.tar is empty/],
  ];
  for (const [name, content, message] of cases) {
    it(`${name} is rejected with a BadInputError`, async () => {
      const file = join(dir, name);
      await writeFile(file, content);
      const error = await rejection(openSnapshot(file));
      expect(error).toBeInstanceOf(BadInputError);
      expect(error.message).toMatch(message);
    });
  }

  it('a missing file is a BadInputError naming the path', async () => {
    await expect(openSnapshot(join(dir, 'nope.tar'))).rejects.toThrow(/nope\.tar cannot be read/);
  });

  it('a tar whose first member is not manifest.json is not a snapshot', async () => {
    const file = join(dir, 'other.tar');
    await handMadeTar(file, [{ name: 'readme.txt', content: 'hello' }]);
    await expect(openSnapshot(file)).rejects.toThrow(/not a rehearse snapshot: its first member is readme\.txt/);
  });

  const badManifests: [string, string, RegExp][] = [
    ['bad JSON', '{"formatVersion": 1,', /manifest\.json is not valid JSON/],
    ['a newer format', JSON.stringify({ formatVersion: SNAPSHOT_FORMAT_VERSION + 1 }), /format version 2 is newer than this rehearse supports \(1\); upgrade rehearse/],
    ['missing fields', JSON.stringify({ formatVersion: 1, engine: 'oracle' }), /manifest\.json is invalid: createdAt: .*engine: /],
  ];
  for (const [what, manifest, message] of badManifests) {
    it(`a manifest with ${what} is rejected naming the file`, async () => {
      const file = join(dir, 'bad.tar');
      await handMadeTar(file, [{ name: 'manifest.json', content: manifest }]);
      const error = await rejection(openSnapshot(file));
      expect(error).toBeInstanceOf(BadInputError);
      expect(error.message).toMatch(/^snapshot bad\.tar: /);
      expect(error.message).toMatch(message);
    });
  }
});

describe('plain dumps and SQLite files', () => {
  it('a .sql.gz dump is accepted as one dump, decompressed', async () => {
    const file = join(dir, 'chinook.sql.gz');
    await pipeline(createReadStream(join(CHINOOK, 'Chinook_MySql.sql')), createGzip(), createWriteStream(file));
    const snapshot = await openSnapshot(file);
    expect(snapshot.kind).toBe('sql');
    expect(snapshot.engine).toBeUndefined();
    await snapshot.verify();
    const dumps = await readDumps(snapshot);
    expect(dumps.map((d) => d.name)).toEqual(['chinook.sql.gz']);
    expect(dumps[0]!.text).toBe(await readFile(join(CHINOOK, 'Chinook_MySql.sql'), 'utf8'));
  });

  it('a truncated .sql.gz fails verification and loading with a clear error', async () => {
    const file = join(dir, 'cut.sql.gz');
    await pipeline(createReadStream(join(CHINOOK, 'Chinook_MySql.sql')), createGzip(), createWriteStream(file));
    await truncateTo(file, 20_000);
    const snapshot = await openSnapshot(file);
    await expect(snapshot.verify()).rejects.toThrow(/cut\.sql\.gz: the gzip data is corrupt or truncated/);
    await expect(readDumps(snapshot)).rejects.toThrow(BadInputError);
  });

  it('a plain .sql dump is accepted', async () => {
    const file = join(dir, 'plain.sql');
    await copyFile(join(CHINOOK, 'Chinook_PostgreSql.sql'), file);
    const snapshot = await openSnapshot(file);
    expect(snapshot.kind).toBe('sql');
    expect((await readDumps(snapshot))[0]!.text).toBe(await readFile(file, 'utf8'));
  });

  it('a SQLite database file is recognised by its header, whatever its name', async () => {
    const file = join(dir, 'prod-copy.bin');
    await copyFile(join(CHINOOK, 'Chinook_Sqlite.sqlite'), file);
    const snapshot = await openSnapshot(file);
    expect(snapshot.kind).toBe('sqlite');
    expect(snapshot.engine).toBe('sqlite');
    expect((await snapshot.verify()).ok).toBe(true);
    await expect(readDumps(snapshot)).rejects.toThrow(/is a SQLite database file, not a SQL dump/);
  });

  it('a damaged SQLite file fails verification', async () => {
    const file = join(dir, 'damaged.sqlite');
    await copyFile(join(CHINOOK, 'Chinook_Sqlite.sqlite'), file);
    const page = 4096;
    for (let p = 2; p < 40; p++) await flipByte(file, p * page + 100);
    await expect((await openSnapshot(file)).verify()).rejects.toThrow(BadInputError);
  });
});

describe('media paths', () => {
  for (const path of ['../escape.txt', '/etc/passwd', 'a/../../b', 'a\\b', 'C:/x']) {
    it(`the writer rejects "${path}"`, async () => {
      const writer = await createSnapshotWriter(join(dir, 'm.tar'), WRITER_OPTIONS);
      try {
        expect(() => writer.addMediaFile(path, (async function* () { yield 'x'; })())).toThrow(BadInputError);
      } finally {
        await writer.abort();
      }
    });
  }

  it('extractMedia refuses a hand-made archive with a path escaping the media dir, writing nothing', async () => {
    const file = join(dir, 'evil.tar');
    const content = 'owned';
    const { createHash } = await import('node:crypto');
    const sha256 = createHash('sha256').update(content).digest('hex');
    const name = 'media/files/../../escape.txt';
    const manifest = {
      formatVersion: 1, createdAt: 'x', createdBy: 't', engine: 'mariadb', serverVersion: '10.11', tables: [],
      members: [{ name, kind: 'media-file', size: content.length, sha256 }],
    };
    await handMadeTar(file, [{ name: 'manifest.json', content: JSON.stringify(manifest) }, { name, content }]);
    const out = join(dir, 'out', 'media');
    // Refused as soon as the manifest is read, before any pass over the members.
    const error = await rejection(openSnapshot(file).then((snapshot) => snapshot.extractMedia(out)));
    expect(error).toBeInstanceOf(BadInputError);
    expect(error.message).toContain('member "media/files/../../escape.txt" (media-file), which is rejected: it contains ".."');
    await expect(stat(join(dir, 'escape.txt'))).rejects.toThrow();
    await expect(stat(join(dir, 'out', 'escape.txt'))).rejects.toThrow();
  });
});
