/**
 * web2py's whole-database CSV as the Sahana steps write and read it: Python csv quoting, TABLE blocks,
 * `<NULL>`, `|1|14|` lists, and the line ends of multi-line values under both ways of opening the file.
 * Pure file work, on real files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeCsvTables } from '../../scenarios/sahana/steps/remove-csv-tables.ts';
import { barDecodeIntegers, exportText } from '../../scenarios/sahana/web2py/field-values.ts';
import { csvRecord, readCsvRecord } from '../../scenarios/sahana/web2py/python-csv.ts';
import { openLines, type NewlineMode } from '../../scenarios/sahana/web2py/python-lines.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const dir = makeTempDir('rehearse-sahana-csv-');

async function records(text: string, mode: NewlineMode): Promise<(string[] | undefined)[]> {
  const file = join(dir, `records-${mode}.csv`);
  writeFileSync(file, text);
  await using lines = openLines(file, mode);
  const out: (string[] | undefined)[] = [];
  for (let record = await readCsvRecord(lines); record !== undefined; record = await readCsvRecord(lines)) out.push(record);
  return out;
}

describe('web2py CSV', () => {
  it('quotes like csv.writer (QUOTE_MINIMAL) and ends records with CR LF', () => {
    expect(csvRecord(['1', 'Médecins du Monde France', '<NULL>'])).toBe('1,Médecins du Monde France,<NULL>\r\n');
    expect(csvRecord(['a,b', 'say "hi"', 'two\nlines', 'cr\rhere'])).toBe('"a,b","say ""hi""","two\nlines","cr\rhere"\r\n');
  });

  it('writes values as pydal does: booleans as True/False, datetimes cut to seconds, lists re-encoded', () => {
    expect(exportText({ name: 'deleted', type: 'boolean' }, 'T')).toBe('True');
    expect(exportText({ name: 'deleted', type: 'boolean' }, 'F')).toBe('False');
    expect(exportText({ name: 'created_on', type: 'datetime' }, '2010-01-14 10:23:45.123456')).toBe('2010-01-14 10:23:45');
    expect(exportText({ name: 'lat', type: 'double' }, 18)).toBe('18.0');
    expect(exportText({ name: 'lat', type: 'double' }, 18.543219)).toBe('18.543219');
    expect(exportText({ name: 'id', type: 'id' }, 12n)).toBe('12');
    expect(exportText({ name: 'sector_id', type: 'list:reference', references: 'or_sector' }, '|1||14|')).toBe('|1|14|');
    expect(exportText({ name: 'name', type: 'string' }, null)).toBe('<NULL>');
    expect(barDecodeIntegers('|3|14|16|')).toEqual([3, 14, 16]);
  });

  it('reads multi-line values byte for byte with newline=\'\', as LF with the default universal newlines', async () => {
    const text = 'id,code\r\n1,"a\r\nb\rc\nd"\r\n2,plain\r\n\r\nnext';
    expect(await records(text, 'untranslated')).toEqual([['id', 'code'], ['1', 'a\r\nb\rc\nd'], ['2', 'plain'], [], ['next']]);
    expect(await records(text, 'universal')).toEqual([['id', 'code'], ['1', 'a\nb\nc\nd'], ['2', 'plain'], [], ['next']]);
  });

  it('reads doubled quotes, empty fields and an empty line inside a quoted value', async () => {
    expect(await records('"say ""hi""",,x\r\n"one\r\n\r\nthree",y\r\n', 'untranslated')).toEqual([['say "hi"', '', 'x'], ['one\r\n\r\nthree', 'y']]);
  });

  it('removes whole TABLE blocks, multi-line values included, as an admin would in an editor', async () => {
    const file = join(dir, 'db.csv');
    const keep = 'TABLE a\r\na.id,a.x\r\n1,x\r\n\r\n\r\n';
    const drop = 'TABLE gis_marker\r\ngis_marker.id,gis_marker.name\r\n1,"two\r\n\r\nlines"\r\n\r\n\r\n';
    writeFileSync(file, `${keep}${drop}TABLE c\r\nc.id\r\n\r\n\r\nEND`);
    expect(await removeCsvTables(file, ['gis_marker'])).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(`${keep}TABLE c\r\nc.id\r\n\r\n\r\nEND`);
  });
});
