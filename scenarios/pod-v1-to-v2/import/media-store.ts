/**
 * The two media directories of the migration, as catalogues: the v1 server's files (the snapshot's media
 * manifest, what `wget FROM_URL + path` can fetch) and the v2 MEDIA_ROOT the imports fill. The snapshot
 * carries a manifest, not always the bytes, so a "download" copies the manifest entry (same size and
 * sha256) to its new path; a path absent from the v1 manifest is a failed download (HTTP 404).
 *
 * Both catalogues live in a SQLite file in WORKDIR, shared by the steps, so that a million files never
 * sit in memory; {@link MediaStore.writeTargetManifest} writes `WORKDIR/target-media.jsonl` for the checks.
 */
import { createWriteStream, existsSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { BadInputError, openScratchDatabase, type MediaManifestEntry, type ScratchDatabase, type ScratchStatement, type StepContext } from 'rehearse';

const FILE = 'v1-v2-media.sqlite';
const BATCH = 5_000;

export class MediaStore {
  readonly #db: ScratchDatabase;
  readonly #workdir: string;
  readonly #statements = new Map<string, ScratchStatement>();

  private constructor(db: ScratchDatabase, workdir: string) {
    this.#db = db;
    this.#workdir = workdir;
  }

  #prepare(sql: string): ScratchStatement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  /** Forgets the catalogues of an earlier run in the same work directory (the export step starts afresh). */
  static discard(workdir: string): void {
    rmSync(join(workdir, FILE), { force: true });
    rmSync(join(workdir, 'target-media.jsonl'), { force: true });
  }

  /** Opens the shared catalogue, loading the v1 manifest on first use. */
  static async open(context: StepContext): Promise<MediaStore> {
    const file = join(context.workdir, FILE);
    const fresh = !existsSync(file);
    // No journal and no fsync: the catalogue is rebuilt from the manifest if a run dies.
    const db = openScratchDatabase(file, { fast: true });
    const store = new MediaStore(db, context.workdir);
    if (fresh) {
      db.exec('CREATE TABLE v1 (path TEXT NOT NULL, size INTEGER, sha256 TEXT); CREATE TABLE v2 (path TEXT PRIMARY KEY, size INTEGER, sha256 TEXT)');
      const manifest = context.sourceMedia?.();
      if (!manifest) {
        db.close();
        throw new BadInputError('the snapshot has no media manifest (media/manifest.jsonl): the v1 files to download are unknown. Generate or create the snapshot with its media');
      }
      await store.#load(manifest);
    }
    return store;
  }

  /**
   * The v1 manifest goes into a table without a key, indexed once it is whole: inserted in manifest order
   * into a keyed table, each path lands at a random place of the index, and the load grew faster than the
   * manifest (3.4 s for 200,000 files, 17.8 s for 663,000, a 100,000-video snapshot's); sorted by
   * CREATE INDEX, 1.0 s and 2.8 s. A path listed twice keeps its first entry ({@link download}).
   */
  async #load(entries: AsyncIterable<MediaManifestEntry>): Promise<void> {
    const insert = this.#db.prepare('INSERT INTO v1 (path, size, sha256) VALUES (?, ?, ?)');
    const flush = this.#db.transaction((batch: MediaManifestEntry[]) => {
      for (const e of batch) insert.run(e.path, e.size, e.sha256);
    });
    let batch: MediaManifestEntry[] = [];
    for await (const entry of entries) {
      batch.push(entry);
      if (batch.length >= BATCH) {
        flush(batch);
        batch = [];
      }
    }
    flush(batch);
    this.#db.exec('CREATE INDEX v1_path ON v1 (path)');
  }

  /** `wget.download(FROM_URL + path)`: the v1 file, or undefined when the v1 server has none (404). */
  download(v1Path: string): MediaManifestEntry | undefined {
    return this.#prepare('SELECT path, size, sha256 FROM v1 WHERE path = ? ORDER BY rowid LIMIT 1').get(v1Path) as MediaManifestEntry | undefined;
  }

  /**
   * Saves a file under `wanted` in the v2 MEDIA_ROOT, as Django's FileSystemStorage does: when the name is
   * taken, `_<7 characters>` is appended to the file name (`get_available_name`); returns the path used.
   * `overwrite` replaces an existing file (wget into `tempfile/` overwrites).
   */
  save(wanted: string, file: Pick<MediaManifestEntry, 'size' | 'sha256'>, overwrite = false): string {
    let path = wanted;
    if (!overwrite) {
      for (let n = 0; this.#exists(path); n++) {
        const dot = wanted.lastIndexOf('.');
        const suffix = createHash('sha256').update(`${wanted}#${n}`).digest('hex').slice(0, 7);
        path = dot > wanted.lastIndexOf('/') ? `${wanted.slice(0, dot)}_${suffix}${wanted.slice(dot)}` : `${wanted}_${suffix}`;
      }
    }
    this.#prepare('INSERT OR REPLACE INTO v2 (path, size, sha256) VALUES (?, ?, ?)').run(path, file.size, file.sha256);
    return path;
  }

  #exists(path: string): boolean {
    return this.#prepare('SELECT 1 FROM v2 WHERE path = ?').get(path) !== undefined;
  }

  /**
   * Runs `body` (downloads and saves) in one transaction of the catalogue: outside one, every save is its
   * own transaction and writes the touched pages to the file again. A throw rolls the batch back.
   */
  inOneTransaction(body: () => void): void {
    this.#db.transaction(body)();
  }

  /** Writes `WORKDIR/target-media.jsonl` from the v2 catalogue, streamed. */
  async writeTargetManifest(): Promise<number> {
    const out = createWriteStream(join(this.#workdir, 'target-media.jsonl'), { encoding: 'utf8' });
    let n = 0;
    for (const row of this.#db.prepare('SELECT path, size, sha256 FROM v2 ORDER BY path').iterate() as Iterable<MediaManifestEntry>) {
      n++;
      if (!out.write(`${JSON.stringify({ path: row.path, size: row.size, sha256: row.sha256 })}\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    return n;
  }

  close(): void {
    this.#db.close();
  }
}
