/**
 * Hostile snapshot archives, built by hand with tar-stream: member names that climb out, absolute
 * names, links, devices and directories, members the manifest does not list or lists but lacks. Each is
 * refused with a BadInputError naming the member, by verify() and by the loading passes alike.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BadInputError } from '../../harness/errors.ts';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import type { Snapshot } from '../../harness/snapshot/snapshot.ts';
import { handMadeTar, tempDir } from './snapshot-files.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const SQL = 'CREATE TABLE t (a INT);\n';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const listed = (name: string, kind = 'sql-dump', content = SQL) => ({ name, kind, size: Buffer.byteLength(content), sha256: sha256(content) });

function manifest(members: readonly object[]): string {
  return JSON.stringify({ formatVersion: 1, createdAt: 'x', createdBy: 't', engine: 'mariadb', serverVersion: '10.11', tables: [], members });
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(BadInputError);
    return error as Error;
  }
  throw new Error('expected a BadInputError');
}

async function drainDumps(snapshot: Snapshot): Promise<void> {
  for await (const dump of snapshot.sqlDumps()) for await (const chunk of dump.stream) void chunk;
}

describe('member names listed in the manifest', () => {
  const cases: [string, string, RegExp][] = [
    ['climbs out', '../../etc/x', /member "\.\.\/\.\.\/etc\/x" \(sql-dump\), which is rejected: it contains "\.\."/],
    ['is absolute', '/etc/x.sql', /member "\/etc\/x\.sql" \(sql-dump\), which is rejected: it is absolute/],
    ['is not normalised', 'dumps/./01-a.sql', /member "dumps\/\.\/01-a\.sql" .*empty or "\." segment/],
    ['does not fit its kind', 'media/files/a.sql', /member "media\/files\/a\.sql" \(sql-dump\), which is rejected: a sql-dump member must be named dumps\//],
    ['is the manifest', 'manifest.json', /manifest\.json is the manifest itself/],
  ];
  for (const [what, name, message] of cases) {
    it(`refuses a member name that ${what}`, async () => {
      const file = join(dir, 'evil.tar');
      await handMadeTar(file, [{ name: 'manifest.json', content: manifest([listed(name)]) }, { name, content: SQL }]);
      expect((await failure(openSnapshot(file))).message).toMatch(message);
    });
  }
});

describe('tar entries', () => {
  const good = listed('dumps/01-a.sql');
  const cases: [string, { name: string; content: string; header?: object }, RegExp][] = [
    ['a symlink', { name: 'dumps/01-a.sql', content: '', header: { type: 'symlink', linkname: '/etc/passwd' } }, /member "dumps\/01-a\.sql" is rejected: it is a symlink entry/],
    ['a hard link', { name: 'dumps/01-a.sql', content: '', header: { type: 'link', linkname: 'manifest.json' } }, /it is a link entry/],
    ['a character device', { name: 'dumps/01-a.sql', content: '', header: { type: 'character-device', devmajor: 1, devminor: 3 } }, /it is a character-device entry/],
    ['a directory', { name: 'dumps', content: '', header: { type: 'directory' } }, /member "dumps" is rejected: it is a directory entry/],
    ['a FIFO', { name: 'dumps/01-a.sql', content: '', header: { type: 'fifo' } }, /it is a fifo entry/],
    ['a name climbing out', { name: '../../etc/x', content: SQL }, /member "\.\.\/\.\.\/etc\/x" is rejected: it contains "\.\."/],
    ['an absolute name', { name: '/tmp/x.sql', content: SQL }, /member "\/tmp\/x\.sql" is rejected: it is absolute/],
  ];
  for (const [what, entry, message] of cases) {
    it(`refuses ${what}, in verify() and while loading`, async () => {
      const file = join(dir, 'evil.tar');
      await handMadeTar(file, [{ name: 'manifest.json', content: manifest([good]) }, entry]);
      const snapshot = await openSnapshot(file);
      expect((await failure(snapshot.verify())).message).toMatch(message);
      expect((await failure(drainDumps(snapshot))).message).toMatch(message);
    });
  }
});

describe('members absent or extra', () => {
  it('a member the manifest does not list stops loading, even without verify()', async () => {
    const file = join(dir, 'extra.tar');
    await handMadeTar(file, [
      { name: 'manifest.json', content: manifest([listed('dumps/01-a.sql')]) },
      { name: 'dumps/01-a.sql', content: SQL },
      { name: 'dumps/02-evil.sql', content: 'DROP TABLE users;\n' },
    ]);
    const snapshot = await openSnapshot(file);
    expect((await failure(drainDumps(snapshot))).message).toMatch(/member dumps\/02-evil\.sql is not listed in the manifest/);
    expect((await failure(snapshot.verify())).message).toMatch(/member dumps\/02-evil\.sql is not listed in the manifest/);
  });

  it('a second manifest.json is an extra member', async () => {
    const file = join(dir, 'twice.tar');
    const text = manifest([listed('dumps/01-a.sql')]);
    await handMadeTar(file, [{ name: 'manifest.json', content: text }, { name: 'dumps/01-a.sql', content: SQL }, { name: 'manifest.json', content: text }]);
    expect((await failure((await openSnapshot(file)).verify())).message).toMatch(/member manifest\.json is not listed/);
  });

  it('a member listed but absent is named, by verify() and by loading', async () => {
    const file = join(dir, 'absent.tar');
    await handMadeTar(file, [
      { name: 'manifest.json', content: manifest([listed('dumps/01-a.sql'), listed('dumps/02-b.sql')]) },
      { name: 'dumps/01-a.sql', content: SQL },
    ]);
    const snapshot = await openSnapshot(file);
    expect((await failure(snapshot.verify())).message).toMatch(/member dumps\/02-b\.sql is listed in the manifest but missing/);
    expect((await failure(drainDumps(snapshot))).message).toMatch(/dump dumps\/02-b\.sql is listed in the manifest but missing/);
  });

  it('a media file listed but absent fails the extraction', async () => {
    const file = join(dir, 'media.tar');
    await handMadeTar(file, [
      { name: 'manifest.json', content: manifest([listed('dumps/01-a.sql'), listed('media/files/a.jpg', 'media-file', 'jpg')]) },
      { name: 'dumps/01-a.sql', content: SQL },
    ]);
    const out = join(dir, 'media');
    expect((await failure((await openSnapshot(file)).extractMedia(out))).message).toMatch(/1 media file\(s\) listed in the manifest are missing/);
    await expect(stat(join(out, 'a.jpg'))).rejects.toThrow();
  });
});
