/**
 * Pod v1 → v2 with the exporter exactly as upstream ships it (docstring of `import_data.py`, research
 * §6.4): `User.json` is first written with channel owners and members, then overwritten with video owners
 * only. Users who never posted lose their account, and channels their owners and members (seed 000,
 * import step 2: "certains utilisateurs (propriétaires ou utilisateurs d'une chaîne) n'ont pas été créés").
 */
import { podV1ToV2Scenario } from '../pod-v1-to-v2-scenario.ts';

export default podV1ToV2Scenario({
  name: 'pod-v1-to-v2-upstream-export',
  description: 'Esup-Pod 1.8.1 -> 2.x with the unmodified upstream v1 exporter (User.json overwritten with video owners)',
  home: '..',
  userWrites: ['channel-members', 'video-owners'],
});
