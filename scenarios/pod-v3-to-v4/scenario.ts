/**
 * Esup-Pod v3 → v4 on MariaDB (seed 002). Run with a generated v3 snapshot:
 * `rehearse generate pod --version v3 --videos 10000 --seed 1 --out pod-v3.tar`, then
 * `rehearse run pod-v3-to-v4 --snapshot pod-v3.tar`.
 */
import { podV3ToV4Scenario } from './pod-v3-to-v4-scenario.ts';

export default podV3ToV4Scenario('mariadb');
