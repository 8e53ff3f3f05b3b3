/**
 * The DjNRO scenario with the mistake the move was meant to avoid: a target server still defaulting to
 * MyISAM, so every table Django creates is MyISAM and its foreign keys are dropped without a word.
 */
import { djnroScenario } from '../../../scenarios/djnro-0.8-to-1.0/scenario.ts';

export default djnroScenario({ targetStorageEngine: 'MyISAM' });
