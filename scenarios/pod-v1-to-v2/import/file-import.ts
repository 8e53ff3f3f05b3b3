/**
 * `import_data docpods`, `trackpods` and `enrichpods` (research §6.6): each file is downloaded from the v1
 * server (`FROM_URL` + filer path) into `MEDIA_ROOT/tempfile/<basename>` (never cleaned up), then saved as
 * a podfile row, and the completion or enrichment row is created. Subtitles: `.srt` is converted to `.vtt`
 * (webvtt, written next to it in tempfile/), `.vtt` is kept, any other extension is dropped with a
 * warning. Enrichments take an image only for type "image" and a document only for type "document".
 *
 * A failed download raises in Django (wget's HTTPError is not caught) and stops the command; the rehearsal
 * records it and goes on with the next file. The converted `.vtt` keeps the `.srt` entry's size and
 * sha256: the snapshot carries the manifest, not the bytes to convert.
 *
 * Videos go by pages, as download-videos does: one query finds a page's videos, the catalogue does the
 * page's files in one transaction (file-plan.ts), then a few multi-row statements write its rows
 * (file-writes.ts), committed together.
 */
import { SqlStatementError, type Connection, type StepContext, type StepOutput } from 'rehearse';
import { readJsonValues } from '../json/json-file-reader.ts';
import { CommitBatches } from './commit-batches.ts';
import { requireExport } from './export-files.ts';
import { FilePlanner, FileRunTally, type FileImport, type PlannedItem } from './file-plan.ts';
import { writeOneByOne, writePage } from './file-writes.ts';
import { MediaStore } from './media-store.ts';
import { forgetFolders } from './podfile.ts';
import { findVideos } from './podfile-pages.ts';

export { FILE_IMPORTS, type FileImport } from './file-plan.ts';

/** Videos (with at least one item) per page: one lookup, one catalogue transaction, one commit. */
const PAGE_SIZE = 250;

interface Entry { readonly key: string; readonly id: number; readonly list: readonly unknown[] }

/**
 * Writes a page's rows. When the server refuses one of the page's statements, the page is rolled back to
 * its savepoint and Django's statements run one by one: the same refusal then stops the step at the same
 * row, with the same statement in its message.
 */
async function writeItems(target: Connection, items: readonly PlannedItem[], signal: AbortSignal): Promise<void> {
  await target.execute('SAVEPOINT file_page');
  let written: boolean;
  try {
    written = await writePage(target, items);
  } catch (error) {
    if (signal.aborted || !(error instanceof SqlStatementError)) throw error;
    await target.execute('ROLLBACK TO SAVEPOINT file_page');
    forgetFolders(target);
    written = false;
  }
  if (!written) await writeOneByOne(target, items);
  await target.execute('RELEASE SAVEPOINT file_page');
}

export async function importFiles(context: StepContext, kind: FileImport): Promise<StepOutput> {
  const { target } = context;
  const file = requireExport(context, `${kind}.json`);
  const media = await MediaStore.open(context);
  const tally = new FileRunTally();
  const planner = new FilePlanner(media, tally);
  let videos = 0;
  const missing: string[] = [];

  const importPage = async (entries: readonly Entry[]) => {
    if (entries.length === 0) return;
    const found = await findVideos(target, entries.map((entry) => entry.id));
    const items: PlannedItem[] = [];
    media.inOneTransaction(() => {
      for (const entry of entries) {
        context.signal.throwIfAborted();
        const video = found.get(entry.id);
        if (!video) {
          missing.push(entry.key);
          continue;
        }
        planner.plan(kind, video, entry.list, items);
        videos++;
      }
    });
    await writeItems(target, items, context.signal);
    tally.created += items.length;
    await commits.next();
    context.progress(`import_data ${kind}: ${videos} videos`);
  };

  const commits = await CommitBatches.start(target, 1);
  try {
    const page: Entry[] = [];
    for await (const { key, value } of readJsonValues<unknown[]>(file)) {
      context.signal.throwIfAborted();
      if (value.length === 0) continue;
      page.push({ key: String(key), id: Number(key), list: value });
      if (page.length >= PAGE_SIZE) await importPage(page.splice(0));
    }
    await importPage(page);
    await commits.end();
    await media.writeTargetManifest();
  } finally {
    media.close();
  }
  const lines = [`${videos} videos, ${tally.created} rows created, ${tally.failedDownloads} failed downloads, ${tally.dropped} tracks dropped`, ...tally.notes];
  if (missing.length) lines.push(`${missing.length} ids do not exist: ${missing.slice(0, 10).join(', ')}`);
  return { rows: tally.created, output: lines.join('\n') };
}
