/** The edit distance behind "did you mean …?", and when a name is too far to be suggested. */
import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../harness/options/closest-name.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('timeouts', 'timeouts')).toBe(0);
    expect(editDistance('timeout', 'timeouts')).toBe(1);
    expect(editDistance('imag', 'image')).toBe(1);
    expect(editDistance('tabels', 'tables')).toBe(1);
    expect(editDistance('severty', 'severity')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('closestName', () => {
  const fields = ['name', 'description', 'source', 'target', 'snapshot', 'steps', 'checks', 'maxExamples', 'timeouts'];
  it('suggests the nearest valid name for a typo, ignoring case', () => {
    expect(closestName('timeout', fields)).toBe('timeouts');
    expect(closestName('check', fields)).toBe('checks');
    expect(closestName('MaxExamples', fields)).toBe('maxExamples');
    expect(closestName('snapshto', fields)).toBe('snapshot');
  });
  it('suggests nothing for a word that is not near any name', () => {
    expect(closestName('provider', fields)).toBeUndefined();
    expect(closestName('id', ['on', 'file'])).toBeUndefined();
    expect(closestName('x', fields)).toBeUndefined();
  });
});
