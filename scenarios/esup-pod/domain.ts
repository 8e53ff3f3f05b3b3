/**
 * The Esup-Pod domain package: the snapshot generator (`rehearse generate pod`), the schemas of each
 * Pod version (schema/), and the tag library presets of each version. Pod scenarios import from here
 * relatively; the package itself depends only on `rehearse`.
 */
import { defineDomain } from 'rehearse';
import { podGenerator } from './generator/pod-generator.ts';
import { POD_TAG_PRESETS } from './tag-presets.ts';

export default defineDomain({
  name: 'esup-pod',
  generators: [podGenerator],
  presets: POD_TAG_PRESETS,
});
