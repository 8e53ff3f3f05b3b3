/**
 * Writes scenarios/esup-pod/schema/<version>/<engine>.sql from the schema descriptions.
 * Run: `npx tsx scenarios/esup-pod/generator/schema/write-schema-files.ts`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { POD_SCHEMA_FILES, podSchemaFile, podSchemaFileContent } from './pod-schemas.ts';

for (const { version, engine } of POD_SCHEMA_FILES) {
  const file = podSchemaFile(version, engine);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, podSchemaFileContent(version, engine));
  process.stdout.write(`wrote ${file}\n`);
}
