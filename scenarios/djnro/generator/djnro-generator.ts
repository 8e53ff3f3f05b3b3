/**
 * `rehearse generate djnro`: the DjNRO 0.8 snapshot generator as the CLI sees it (options for --help and
 * the CLI's checks); {@link generateDjnroSnapshot} does the work and checks every value again.
 */
import type { Generator } from 'rehearse';
import { DJNRO_DEFECTS, DJNRO_DEFECT_NAMES } from './djnro-defects.ts';
import { generateDjnroSnapshot, parseDjnroOptions } from './generate-djnro.ts';

export const djnroGenerator: Generator = {
  name: 'djnro',
  description: 'a DjNRO 0.8 (eduroam registry) MariaDB snapshot: realms, institutions, servers, service locations, multilingual names',
  options: [
    { flag: 'institutions', placeholder: 'n', default: '200', description: 'number of institutions (each with 2 servers, 3 service locations, 2 contacts, a manager)' },
    { flag: 'realms', placeholder: 'n', default: '3', description: 'number of national realms (Greek, Hungarian, French, German, Czech names in turn)' },
    { flag: 'seed', placeholder: 'n', default: '1', description: 'random seed: the same seed gives the same snapshot' },
    { flag: 'defect', kind: 'list', placeholder: 'name', description: `add a documented defect (repeatable): ${DJNRO_DEFECT_NAMES.join(', ')}` },
    { flag: 'gzip', kind: 'flag', description: 'gzip the SQL dump member' },
  ],
  help: `Defects:\n${DJNRO_DEFECT_NAMES.map((name) => `  ${name.padEnd(30)} ${DJNRO_DEFECTS[name]}`).join('\n')}`,
  async generate(options, out, progress) {
    const parsed = parseDjnroOptions({ institutions: options.institutions, realms: options.realms, seed: options.seed, defects: (options.defect ?? []) as string[] });
    const result = await generateDjnroSnapshot({ ...parsed, out, gzip: Boolean(options.gzip), onRows: (rows) => progress(`${rows.toLocaleString('en')} rows`) });
    const rows = result.tables.reduce((sum, t) => sum + t.rows, 0);
    return { summary: `DjNRO 0.8, ${parsed.institutions} institutions in ${parsed.realms} realms, ${rows.toLocaleString('en')} rows in ${result.tables.length} tables (defects: ${parsed.defects.join(', ') || 'none'})` };
  },
};
