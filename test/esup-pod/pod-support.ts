/** Helpers for the Pod generator tests: small generations, rows of a table, dump hashes. */
import { createHash } from 'node:crypto';
import type { PodRow } from '../../scenarios/esup-pod/generator/pod-dump-writer.ts';
import { planPodGeneration, podDump, type PodGeneration } from '../../scenarios/esup-pod/generator/generate-pod.ts';
import type { DefectName } from '../../scenarios/esup-pod/generator/pod-defects.ts';
import type { GeneratorVersion } from '../../scenarios/esup-pod/generator/pod-world.ts';
import type { PodEngine } from '../../scenarios/esup-pod/generator/schema/pod-schema-model.ts';

export function plan(version: GeneratorVersion, options: { engine?: PodEngine; videos?: number; seed?: number; defects?: DefectName[] } = {}): PodGeneration {
  return planPodGeneration({ version, engine: options.engine ?? 'mariadb', videos: options.videos ?? 120, seed: options.seed ?? 42, defects: options.defects ?? [] });
}

export function rows(generation: PodGeneration, table: string): PodRow[] {
  const source = generation.sources.get(table);
  if (!source) throw new Error(`no rows for ${table}`);
  return [...source()];
}

export async function dumpSha256(generation: PodGeneration): Promise<{ sha256: string; tables: Map<string, number> }> {
  const hash = createHash('sha256');
  const tables = new Map<string, number>();
  for await (const chunk of podDump(generation, { onTable: (t, n) => tables.set(t, n) })) hash.update(chunk);
  return { sha256: hash.digest('hex'), tables };
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
