/**
 * Step "export": the v1 shell script of seed 000 ("Les étapes à réaliser sur le serveur Pod v1"), run
 * against the source database, writing the 14 JSON files into WORKDIR in the script's order. `User.json`
 * is written once per entry of `userWrites`, each write replacing the previous one, at the places the
 * script writes it: the first after Type.json, the second after UserProfile.json (the `podowner` block),
 * any further ones at the end (the seed's "relancer une 2° fois la génération du fichier User.json").
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { task, type Step, type StepContext, type StepOutput } from 'rehearse';
import { JsonFileWriter } from '../json/json-file-writer.ts';
import { MediaStore } from '../import/media-store.ts';
import { serializeModel, type SerializedModel } from './django-serializer.ts';
import {
  CHANNEL_EXPORT,
  CHAPTER_EXPORT,
  CONTRIBUTOR_EXPORT,
  DISCIPLINE_EXPORT,
  FLATPAGE_EXPORT,
  POD_EXPORT,
  THEME_EXPORT,
  TYPE_EXPORT,
  USERPROFILE_EXPORT,
  userExport,
  type UserSelection,
} from './model-exports.ts';
import { VIDEO_MAP_EXPORTS, writeVideoMap } from './video-map-exports.ts';

/** Directory of the export files inside WORKDIR (the v2 side's `django_projects/import`). */
export const IMPORT_DIR = 'import';

export interface ExportOptions {
  /** The successive `User.json` writes, at least one. */
  readonly userWrites: readonly [UserSelection, ...UserSelection[]];
}

async function writeModel(context: StepContext, file: string, spec: SerializedModel): Promise<number> {
  const out = JsonFileWriter.array(join(context.workdir, IMPORT_DIR, file));
  for await (const object of serializeModel(context.source, spec)) {
    context.signal.throwIfAborted();
    await out.element(object);
  }
  await out.close();
  context.progress(`${file}: ${out.count} objects`);
  return out.count;
}

export function exportV1Step(options: ExportOptions): Step {
  const [first, second, ...reruns] = options.userWrites;
  return task({
    id: 'export',
    description: `v1 shell script: 14 JSON exports into WORKDIR/${IMPORT_DIR}; User.json written as ${options.userWrites.join(' then ')}`,
    async run(context) {
      mkdirSync(join(context.workdir, IMPORT_DIR), { recursive: true });
      MediaStore.discard(context.workdir);
      // Many-to-many ids travel in GROUP_CONCAT; the default 1024 bytes would cut a long member list.
      await context.source.execute('SET SESSION group_concat_max_len = 16777216');
      const lines: string[] = [];
      let rows = 0;
      const model = async (file: string, spec: SerializedModel) => {
        const n = await writeModel(context, file, spec);
        rows += n;
        lines.push(`${file}: ${n}`);
      };
      await model('Channel.json', CHANNEL_EXPORT);
      await model('Theme.json', THEME_EXPORT);
      await model('Type.json', TYPE_EXPORT);
      await model('User.json', userExport(first));
      await model('Discipline.json', DISCIPLINE_EXPORT);
      await model('FlatPage.json', FLATPAGE_EXPORT);
      await model('UserProfile.json', USERPROFILE_EXPORT);
      if (second) await model('User.json', userExport(second));
      await model('Pod.json', POD_EXPORT);
      const maps = new Map(VIDEO_MAP_EXPORTS.map((m) => [m.file, m]));
      const map = async (file: string) => {
        const n = await writeVideoMap(context.source, maps.get(file)!, join(context.workdir, IMPORT_DIR, file));
        lines.push(`${file}: ${n} videos`);
      };
      await map('tags.json');
      await model('Chapter.json', CHAPTER_EXPORT);
      await model('Contributor.json', CONTRIBUTOR_EXPORT);
      await map('docpods.json');
      await map('trackpods.json');
      await map('enrichpods.json');
      for (const selection of reruns) await model('User.json', userExport(selection));
      return { rows, output: lines.join('\n') } satisfies StepOutput;
    },
  });
}
