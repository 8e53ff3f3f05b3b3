/**
 * The generator's tag rules (research/esup-pod.md §8.7) on the cases the seeds describe: a lone
 * multi-word tag is split on spaces unless quoted, commas win over spaces, quotes keep phrases. They are
 * the public django-tagging, slugify and remove_accents functions, whose outputs are checked against the
 * Python originals in test/tagging/tag-libraries.test.ts and test/text/.
 */
import { describe, expect, it } from 'vitest';
import { editStringForTags, parseTagInput, slugify, stripAccents, taggingNames } from '../../scenarios/esup-pod/generator/pod-tags.ts';

describe('django-tagging parse_tag_input', () => {
  it('splits on spaces when there is no comma and no quote (the junk-keyword mechanism)', () => {
    expect(parseTagInput('histoire de la france')).toEqual(['de', 'france', 'histoire', 'la']);
  });
  it('splits on commas when a loose comma exists, keeping multi-word names', () => {
    expect(parseTagInput('python, machine learning,vidéo')).toEqual(['machine learning', 'python', 'vidéo']);
  });
  it('keeps quoted phrases whole and splits the rest on spaces when no comma is loose', () => {
    expect(parseTagInput('"machine learning" python cours')).toEqual(['cours', 'machine learning', 'python']);
  });
  it('treats an unclosed quote as plain text', () => {
    expect(parseTagInput('"open source, linux')).toEqual(['linux', 'open source']);
  });
  it('returns nothing for an empty string', () => {
    expect(parseTagInput('')).toEqual([]);
  });
});

describe('django-tagging edit_string_for_tags', () => {
  it('glues with spaces when no name has a space', () => {
    expect(editStringForTags(['python', 'cours'])).toBe('python cours');
  });
  it('glues with ", " when a name has a space, without quoting it', () => {
    expect(editStringForTags(['python', 'machine learning'])).toBe('python, machine learning');
  });
  it('quotes a single multi-word name so it reads back as one tag', () => {
    const text = editStringForTags(['machine learning']);
    expect(text).toBe('"machine learning"');
    expect(editStringForTags(['histoire de la france'])).toBe('"histoire de la france"');
    expect(parseTagInput(text)).toEqual(['machine learning']);
  });
  it('round-trips through parse for any mix', () => {
    const names = ['Python', "l'art de la guerre", 'vidéo'];
    expect(parseTagInput(editStringForTags(names)).sort()).toEqual([...names].sort());
  });
});

describe('normalisation helpers', () => {
  it('lowercases and strips accents like Pod v2/v3 + FORCE_LOWERCASE_TAGS', () => {
    expect(taggingNames(stripAccents('Vidéo, Économie'))).toEqual(['economie', 'video']);
  });
  it('slugifies like Django', () => {
    expect(slugify("Introduction à l'économie — partie 2")).toBe('introduction-a-leconomie-partie-2');
  });
});
