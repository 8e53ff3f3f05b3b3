/** openScratchDatabase, the public synchronous SQLite store: in memory and in a file, transactions, read-only. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InfrastructureError } from '../../harness/errors.ts';
import { openScratchDatabase } from '../../harness/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'rehearse-scratch-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openScratchDatabase', () => {
  it('works in memory: statements, rows, single values, iteration', () => {
    const db = openScratchDatabase();
    try {
      expect(db.path).toBe(':memory:');
      db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, data BLOB)');
      const insert = db.prepare('INSERT INTO t (id, name, data) VALUES (?, ?, ?)');
      expect(insert.run(1, 'été', Buffer.from([1, 2]))).toBe(1);
      insert.run(2, null, null);
      expect(db.prepare('SELECT name FROM t WHERE id = ?').get(1)).toEqual({ name: 'été' });
      expect(db.prepare('SELECT COUNT(*) FROM t').value()).toBe(2);
      expect([...db.prepare('SELECT id FROM t ORDER BY id').iterate<{ id: number }>()].map((r) => r.id)).toEqual([1, 2]);
      expect(db.prepare('SELECT id FROM t ORDER BY id').all()).toEqual([{ id: 1 }, { id: 2 }]);
    } finally {
      db.close();
    }
    expect(db.isOpen).toBe(false);
    db.close();
  });

  it('rolls a transaction back when its body throws', () => {
    const db = openScratchDatabase(join(dir, 'tx.db'), { fast: true });
    try {
      db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY)');
      const insert = db.prepare('INSERT INTO t (id) VALUES (?)');
      const insertAll = db.transaction((ids: number[]) => ids.forEach((id) => insert.run(id)));
      insertAll([1, 2]);
      expect(() => insertAll([3, 1])).toThrow(/UNIQUE/);
      expect(db.prepare('SELECT COUNT(*) FROM t').value()).toBe(2);
    } finally {
      db.close();
    }
  });

  it('opens a file read-only and refuses a missing one when asked', () => {
    const file = join(dir, 'ro.db');
    const writer = openScratchDatabase(file);
    writer.exec('CREATE TABLE t (a INTEGER)');
    writer.close();
    const reader = openScratchDatabase(file, { readonly: true });
    try {
      expect(() => reader.exec('INSERT INTO t VALUES (1)')).toThrow(/readonly/);
    } finally {
      reader.close();
    }
    const missing = join(dir, 'missing.db');
    expect(() => openScratchDatabase(missing, { fileMustExist: true })).toThrow(InfrastructureError);
    expect(existsSync(missing)).toBe(false);
  });
});
