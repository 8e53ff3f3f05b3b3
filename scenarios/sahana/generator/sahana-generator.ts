/** `rehearse generate sahana`: the Sahana Eden (Haiti 2010) SQLite snapshot generator as the CLI sees it. */
import type { Generator } from 'rehearse';
import { generateSahanaSnapshot } from './generate-sahana.ts';
import { SAHANA_DEFECTS, SAHANA_DEFECT_NAMES } from './sahana-defects.ts';

export const sahanaGenerator: Generator = {
  name: 'sahana',
  description: 'a Sahana Eden (Haiti 2010, web2py) SQLite database file',
  options: [
    { flag: 'people', placeholder: 'n', default: '1000', description: 'number of people (users, organisations, places scale with it)' },
    { flag: 'seed', placeholder: 'n', default: '1', description: 'random seed: the same seed gives the same file' },
    { flag: 'defect', kind: 'list', placeholder: 'name', description: `add a documented defect (repeatable): ${SAHANA_DEFECT_NAMES.join(', ')}` },
  ],
  help: `Defects:\n${SAHANA_DEFECT_NAMES.map((name) => `  ${name.padEnd(22)} ${SAHANA_DEFECTS[name]}`).join('\n')}`,
  generate(options, out, progress) {
    const tables = generateSahanaSnapshot({
      people: options.people as unknown as number,
      seed: options.seed as unknown as number,
      defects: (options.defect ?? []) as string[],
      out,
      onTable: (table, rows) => progress(`${table}: ${rows.toLocaleString('en')} rows`),
    });
    const rows = tables.reduce((sum, t) => sum + t.rows, 0);
    const defects = (options.defect ?? []) as string[];
    return Promise.resolve({ summary: `Sahana Eden SQLite file, ${rows.toLocaleString('en')} rows in ${tables.length} tables${defects.length ? `, defects: ${defects.join(', ')}` : ''}` });
  },
};
