/**
 * Entry point to the Pod schema descriptions and their DDL files. The files under
 * scenarios/esup-pod/schema/<version>/<engine>.sql are rendered from these descriptions by
 * `npx tsx scenarios/esup-pod/generator/schema/write-schema-files.ts`; test/esup-pod/pod-schema.test.ts fails
 * when they are out of date, so edit the descriptions, never the .sql files.
 */
import { fileURLToPath } from 'node:url';
import { POD_SCHEMA_V1 } from './pod-schema-v1.ts';
import { podSchemaV2toV4 } from './pod-schema-v2-v4.ts';
import type { PodEngine, PodSchema, PodVersion } from './pod-schema-model.ts';
import { renderSchema } from './render-ddl.ts';

const cache = new Map<PodVersion, PodSchema>();

/** The table description of one Pod version. */
export function podSchema(version: PodVersion): PodSchema {
  let schema = cache.get(version);
  if (!schema) {
    schema = version === 'v1' ? POD_SCHEMA_V1 : podSchemaV2toV4(version);
    cache.set(version, schema);
  }
  return schema;
}

/** Version × engine pairs that have a DDL file (v1 ran on MySQL only: MySQL-python was its only driver). */
export const POD_SCHEMA_FILES: readonly { readonly version: PodVersion; readonly engine: PodEngine }[] = [
  { version: 'v1', engine: 'mariadb' },
  { version: 'v2', engine: 'mariadb' },
  { version: 'v2', engine: 'postgres' },
  { version: 'v3', engine: 'mariadb' },
  { version: 'v3', engine: 'postgres' },
  { version: 'v4', engine: 'mariadb' },
  { version: 'v4', engine: 'postgres' },
];

/** Absolute path of scenarios/esup-pod/schema/<version>/<engine>.sql. */
export function podSchemaFile(version: PodVersion, engine: PodEngine): string {
  return fileURLToPath(new URL(`../../schema/${version}/${engine}.sql`, import.meta.url));
}

/** The content of a DDL file: the clean schema (no defect) with a header saying where it comes from. */
export function podSchemaFileContent(version: PodVersion, engine: PodEngine): string {
  const rendered = renderSchema(podSchema(version), engine);
  const header =
    `-- Esup-Pod ${version} schema for ${engine === 'mariadb' ? 'MariaDB/MySQL' : 'PostgreSQL'}: the tables that carry data worth checking.\n` +
    `-- Rendered from scenarios/esup-pod/generator/schema/ by write-schema-files.ts: edit the descriptions, not this file.\n` +
    `-- Sources and version differences: /work/shared/research/esup-pod.md sections 2-5.\n\n`;
  return `${header}${rendered.beforeData}\n${rendered.afterData}`;
}
