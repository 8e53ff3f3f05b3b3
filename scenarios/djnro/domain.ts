/**
 * The DjNRO domain package (eduroam's national roaming registry, Django): the 0.8 snapshot generator
 * (`rehearse generate djnro`), the 0.8 schema (schema/), the Django stand-in project whose dumpdata and
 * loaddata the scenario runs (app/), and the checks specific to DjNRO (checks/). Depends only on
 * `rehearse`.
 */
import { defineDomain } from 'rehearse';
import { djnroGenerator } from './generator/djnro-generator.ts';

export default defineDomain({ name: 'djnro', generators: [djnroGenerator] });
