/**
 * `rehearse generate pod`: the Esup-Pod snapshot generator as the CLI sees it. The options are declared
 * here (for `--help` and the CLI's value checks) and validated again by {@link generatePodSnapshot},
 * whose messages name the option at fault.
 */
import type { Generator } from 'rehearse';
import { DEFECTS, DEFECT_NAMES } from './pod-defects.ts';
import { generatePodSnapshot } from './generate-pod.ts';
import { GENERATOR_VERSIONS, type GeneratorVersion } from './pod-world.ts';
import { POD_ENGINES, type PodEngine } from './schema/pod-schema-model.ts';
import type { DefectName } from './pod-defects.ts';

export const podGenerator: Generator = {
  name: 'pod',
  description: `an Esup-Pod snapshot (schema, data, media manifest) for version ${GENERATOR_VERSIONS.join(', ')}`,
  options: [
    { flag: 'version', placeholder: 'v', required: true, choices: GENERATOR_VERSIONS, description: `Pod version of the data: ${GENERATOR_VERSIONS.join(', ')}` },
    { flag: 'engine', placeholder: 'engine', default: 'mariadb', choices: POD_ENGINES, description: `${POD_ENGINES.join(' or ')} (v1: mariadb only)` },
    { flag: 'videos', placeholder: 'n', default: '1000', description: 'number of videos' },
    { flag: 'seed', placeholder: 'n', default: '1', description: 'random seed: the same seed gives the same snapshot' },
    { flag: 'defect', kind: 'list', placeholder: 'name', description: `add a documented defect (repeatable): ${DEFECT_NAMES.join(', ')}` },
    { flag: 'with-media-files', kind: 'flag', description: 'also write small media files into the snapshot' },
    { flag: 'gzip', kind: 'flag', description: 'gzip the SQL dump member' },
  ],
  help: `Defects:\n${DEFECT_NAMES.map((name) => `  ${name.padEnd(24)} ${DEFECTS[name].description}`).join('\n')}`,
  async generate(options, out, progress) {
    // The values are the CLI's raw strings: generatePodSnapshot coerces and checks every one of them.
    const result = await generatePodSnapshot({
      version: options.version as GeneratorVersion,
      engine: options.engine as PodEngine,
      videos: options.videos as unknown as number,
      seed: options.seed as unknown as number,
      out,
      defects: (options.defect ?? []) as DefectName[],
      withMediaFiles: Boolean(options.withMediaFiles),
      gzip: Boolean(options.gzip),
      onProgress: (p) => progress(`${p.phase}: ${p.rows.toLocaleString('en')} rows, ${p.files.toLocaleString('en')} media entries`),
    });
    const rows = result.tables.reduce((sum, t) => sum + t.rows, 0);
    const { referenced, missing, orphans } = result.media;
    return {
      summary:
        `Pod ${String(options.version)} on ${String(options.engine)}, ${rows.toLocaleString('en')} rows in ${result.tables.length} tables, ` +
        `${referenced.toLocaleString('en')} media references (${missing} missing, ${orphans} orphans)`,
      warnings: result.warnings,
    };
  },
};
