/**
 * The Sahana Eden domain package (the Haiti 2010 instance, web2py): the SQLite snapshot generator
 * (`rehearse generate sahana`), the field model of the migrated tables (model/), web2py's whole-database
 * CSV export and import (web2py/), the migration steps (steps/) and the checks of its pitfalls (checks/).
 * It depends only on `rehearse`.
 */
import { defineDomain } from 'rehearse';
import { sahanaGenerator } from './generator/sahana-generator.ts';

export default defineDomain({ name: 'sahana', generators: [sahanaGenerator] });
