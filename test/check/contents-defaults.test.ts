/**
 * Every scenario gets the every-table `contents()` check unless it lists its own or opts out, and a
 * scenario without steps (comparison only) is valid while a wrong `contents` value is bad input.
 */
import { describe, expect, it } from 'vitest';
import { contents, defineScenario, rowCounts } from '../../harness/index.ts';
import { validateScenario } from '../../harness/scenario/validate-scenario.ts';

const base = { name: 'compare', source: { engine: 'mariadb' as const }, target: { engine: 'postgres' as const }, steps: [] };

describe('default checks', () => {
  it('adds contents() after the scenario\'s own checks', () => {
    const scenario = defineScenario({ ...base, checks: [rowCounts()] });
    expect(scenario.checks.map((c) => c.kind)).toEqual(['rowCounts', 'contents']);
  });

  it('keeps a contents check the scenario lists itself, with its declarations, and adds no second one', () => {
    const own = contents({ tables: { Album: 'albums' } });
    const scenario = defineScenario({ ...base, checks: [own, rowCounts()] });
    expect(scenario.checks).toEqual([own, scenario.checks[1]]);
  });

  it('adds nothing when the scenario sets contents: false', () => {
    const scenario = defineScenario({ ...base, checks: [rowCounts()], contents: false });
    expect(scenario.checks.map((c) => c.kind)).toEqual(['rowCounts']);
  });

  it('accepts a scenario with no steps and only the default check (comparison only)', () => {
    const scenario = defineScenario({ ...base, checks: [] });
    expect(() => validateScenario(scenario, 'scenario.ts', '.')).not.toThrow();
    expect(scenario.checks.map((c) => c.kind)).toEqual(['contents']);
  });

  it('rejects a contents value other than false, naming the field', () => {
    const scenario = { ...defineScenario({ ...base, checks: [rowCounts()] }), contents: 'no' };
    expect(() => validateScenario(scenario, 'scenario.ts', '.')).toThrow(/contents: must be false/);
  });
});
