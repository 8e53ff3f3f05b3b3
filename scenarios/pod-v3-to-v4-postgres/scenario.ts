/**
 * Esup-Pod v3 → v4 on PostgreSQL (seed 002), the same steps and checks as pod-v3-to-v4 with both sides
 * on PostgreSQL 15. Upstream's scripts use MySQL-only SQL and fail on PostgreSQL (research notes §8.3,
 * §8.5, §9 #15); this rehearses the patched variant (see v3-catalog.ts, import-table.ts). Snapshot:
 * `rehearse generate pod --version v3 --engine postgres --videos 1000 --out pod-v3-pg.tar`.
 */
import { podV3ToV4Scenario } from '../pod-v3-to-v4/pod-v3-to-v4-scenario.ts';

export default podV3ToV4Scenario('postgres');
