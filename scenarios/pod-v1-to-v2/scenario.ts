/**
 * Pod v1 → v2 as seed 000 finally ran it: the v1 script's `User.json` is regenerated after the run
 * ("il est nécessaire de relancer une 2° fois la génération du fichier User.json") with Montpellier's
 * all-users selection, so users who never posted are kept. The upstream script, whose second write keeps
 * video owners only, is rehearsed by upstream-export/scenario.ts.
 */
import { podV1ToV2Scenario } from './pod-v1-to-v2-scenario.ts';

export default podV1ToV2Scenario({
  name: 'pod-v1-to-v2',
  description: 'Esup-Pod 1.8.1 -> 2.x on MariaDB 10.11, seed 000 procedure (JSON export, import_data, video download)',
  home: '.',
  userWrites: ['all', 'video-owners', 'all'],
});
