/**
 * `rehearse generate pod …`: production-like Esup-Pod snapshots, deterministic for a seed, streamed so
 * that a million videos fit in bounded memory; `--defect` adds the conditions the seed documents
 * describe.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DEFECTS, DEFECT_NAMES } from '../../../scenarios/esup-pod/generator/pod-defects.ts';

interface GenerateOptions {
  version: string;
  engine: string;
  videos: string;
  seed: string;
  out: string;
  defect: string[];
  withMediaFiles?: boolean;
  gzip?: boolean;
}

export function registerGenerateCommand(program: Command): void {
  const generate = program.command('generate').description('generate production-like snapshots for bundled systems');
  generate
    .command('pod')
    .description('an Esup-Pod snapshot (schema, data, media manifest) for version v1, v2 or v3')
    .requiredOption('--version <v>', 'Pod version of the data: v1, v2 or v3')
    .option('--engine <engine>', 'mariadb or postgres (v1: mariadb only)', 'mariadb')
    .option('--videos <n>', 'number of videos', '1000')
    .option('--seed <n>', 'random seed: the same seed gives the same snapshot', '1')
    .requiredOption('--out <file>', 'snapshot file to write (.tar)')
    .option('--defect <name...>', `add a documented defect (repeatable): ${DEFECT_NAMES.join(', ')}`, [])
    .option('--with-media-files', 'also write small media files into the snapshot')
    .option('--gzip', 'gzip the SQL dump member')
    .addHelpText('after', `\nDefects:\n${DEFECT_NAMES.map((name) => `  ${name.padEnd(24)} ${DEFECTS[name].description}`).join('\n')}`)
    .action(async (options: GenerateOptions) => {
      const { generatePodSnapshot } = await import('../../../scenarios/esup-pod/generator/generate-pod.ts');
      const out = resolve(options.out);
      const tty = process.stderr.isTTY;
      const started = performance.now();
      const result = await generatePodSnapshot({
        version: options.version as 'v1',
        engine: options.engine as 'mariadb',
        videos: options.videos as unknown as number,
        seed: options.seed as unknown as number,
        out,
        defects: options.defect as never[],
        withMediaFiles: Boolean(options.withMediaFiles),
        gzip: Boolean(options.gzip),
        onProgress: (p) => {
          if (tty) process.stderr.write(`\r\x1b[2K${p.phase}: ${p.rows.toLocaleString('en')} rows, ${p.files.toLocaleString('en')} media entries`);
        },
      });
      if (tty) process.stderr.write('\r\x1b[2K');
      for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
      const rows = result.tables.reduce((sum, t) => sum + t.rows, 0);
      process.stdout.write(
        `wrote ${out}: Pod ${options.version} on ${options.engine}, ${rows.toLocaleString('en')} rows in ${result.tables.length} tables, ` +
          `${result.media.referenced.toLocaleString('en')} media references (${result.media.missing} missing, ${result.media.orphans} orphans) in ${Math.round(performance.now() - started)} ms\n`,
      );
    });
}
