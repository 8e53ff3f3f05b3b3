/**
 * The tag libraries against their Python originals. Every expected value in the tables is what the
 * original returned for that input, run under Python 3.11: django-tagging 0.5.0 (Debian's
 * python3-django-tagging) and 0.4.6 (tagging/utils.py of the v0.4.6 tag) parse_tag_input and
 * edit_string_for_tags; django-taggit 3.1.0 (python3-django-taggit) _parse_tags and
 * _edit_string_for_tags, whose code is unchanged since 0.20; django-tagulous 2.1.0 (tagulous/utils.py of
 * the v2.1.0 tag) parse_tags and render_tags. Where versions or libraries agree, one column holds the
 * shared output; the generation checked that they agreed.
 */
import { describe, expect, it } from 'vitest';
import {
  DJANGO_TAGGING,
  DJANGO_TAGGIT,
  TAGULOUS,
  djangoTagging,
  djangoTaggit,
  editStringForTaggit,
  editStringForTags,
  parseTagInput,
  parseTaggit,
  parseTags,
  renderTags,
  resolveTagLibrary,
  tagulous,
  tagulousSlug,
} from 'rehearse';

/** input, parse_tag_input (django-tagging 0.4.6 = 0.5.0 = taggit _parse_tags) */
const PARSE_TAG_INPUT: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["histoire de la france", ["de","france","histoire","la"]],
  ["histoire de la france, python", ["histoire de la france","python"]],
  ["\"histoire de la france\"", ["histoire de la france"]],
  ["\"histoire de la france\" python django", ["django","histoire de la france","python"]],
  ["\"a, b\" c", ["a, b","c"]],
  ["\"a b, c", ["a b","c"]],
  ["\"open source, linux", ["linux","open source"]],
  ["b a b", ["a","b"]],
  ["", []],
  [" ", []],
  [",", []],
  ["\"\"", []],
  ["\"", []],
  ["\" \"", []],
  ["a \"\" b", ["a","b"]],
  ["\"a\" \"b c\" d", ["a","b c","d"]],
  ["a,b c", ["a","b c"]],
  ["a, ,b", ["a","b"]],
  ["python, machine learning,vidéo", ["machine learning","python","vidéo"]],
  ["\"machine learning\" python cours", ["cours","machine learning","python"]],
  ["a\"b c", ["a","b","c"]],
  ["a \"b, c\" d e", ["a","b, c","d","e"]],
  ["\"a,b", ["a","b"]],
  ["x \"y", ["x","y"]],
  [" a\u00a0b ", ["a\u00a0b"]],
  ["a\u001cb c\u001c", ["a\u001cb","c"]],
  ["\ufeffa b", ["b","\ufeffa"]],
  ["a\tb c", ["a\tb","c"]],
  ["Z a 😀 Ａ", ["Z","a","Ａ","😀"]],
  ["É e é", ["e","É","é"]],
  ["say \"\"hi\"\"", ["hi","say"]],
  ["a,\"b c\"", ["a","b c"]],
  ["\"a b\",c", ["a b","c"]],
  ["\"\" a", ["a"]],
  ["a \"\"", ["a"]],
  ["\"a\"\"b\" c", ["a","b","c"]],
  ["one \"two three", ["one","three","two"]],
  ["  \"  spaced  \" x", ["spaced","x"]],
];

/** input, tagulous parse_tags (space_delimiter=True), parse_tags(space_delimiter=False) */
const TAGULOUS_PARSE_TAGS: ReadonlyArray<readonly [string, readonly string[], readonly string[]]> = [
  ["histoire de la france", ["de","france","histoire","la"], ["histoire de la france"]],
  ["histoire de la france, python", ["histoire de la france","python"], ["histoire de la france","python"]],
  ["\"histoire de la france\"", ["histoire de la france"], ["histoire de la france"]],
  ["\"histoire de la france\" python django", ["django","histoire de la france","python"], ["\"histoire de la france\" python django"]],
  ["\"a, b\" c", ["a, b","c"], ["\"a, b\" c"]],
  ["\"a b, c", ["\"a b, c"], ["\"a b, c"]],
  ["\"open source, linux", ["\"open source, linux"], ["\"open source, linux"]],
  ["b a b", ["a","b"], ["b a b"]],
  ["", [], []],
  [" ", [], []],
  [",", [], []],
  ["\"\"", ["\""], ["\""]],
  ["\"", [], []],
  ["\" \"", [" "], [" "]],
  ["a \"\" b", ["\"","a","b"], ["a \" b"]],
  ["\"a\" \"b c\" d", ["a","b c","d"], ["\"a\" \"b c\" d"]],
  ["a,b c", ["a","b c"], ["a","b c"]],
  ["a, ,b", ["a","b"], ["a","b"]],
  ["python, machine learning,vidéo", ["machine learning","python","vidéo"], ["machine learning","python","vidéo"]],
  ["\"machine learning\" python cours", ["cours","machine learning","python"], ["\"machine learning\" python cours"]],
  ["a\"b c", ["a\"b","c"], ["a\"b c"]],
  ["a \"b, c\" d e", ["a","b, c","d","e"], ["a \"b","c\" d e"]],
  ["\"a,b", ["\"a,b"], ["\"a,b"]],
  ["x \"y", ["\"y","x"], ["x \"y"]],
  [" a\u00a0b ", ["a\u00a0b"], ["a\u00a0b"]],
  ["a\u001cb c\u001c", ["a\u001cb","c"], ["a\u001cb c"]],
  ["\ufeffa b", ["b","\ufeffa"], ["\ufeffa b"]],
  ["a\tb c", ["a\tb","c"], ["a\tb c"]],
  ["Z a 😀 Ａ", ["Z","a","Ａ","😀"], ["Z a 😀 Ａ"]],
  ["É e é", ["e","É","é"], ["É e é"]],
  ["say \"\"hi\"\"", ["\"hi\"","say"], ["say \"hi\""]],
  ["a,\"b c\"", ["a","b c"], ["a","b c"]],
  ["\"a b\",c", ["a b","c"], ["a b","c"]],
  ["\"\" a", ["\"","a"], ["\" a"]],
  ["a \"\"", ["\"","a"], ["a \""]],
  ["\"a\"\"b\" c", ["a\"b","c"], ["\"a\"b\" c"]],
  ["one \"two three", ["\"two three","one"], ["one \"two three"]],
  ["  \"  spaced  \" x", ["  spaced","x"], ["\"  spaced  \" x"]],
];

/** names, django-tagging edit_string_for_tags (0.4.6 = 0.5.0), taggit _edit_string_for_tags */
const EDIT_STRING_FOR_TAGS: ReadonlyArray<readonly [readonly string[], string, string]> = [
  [["histoire de la france"], "\"histoire de la france\"", "\"histoire de la france\""],
  [["a","b"], "a b", "a, b"],
  [["a","b c"], "a, b c", "\"b c\", a"],
  [["x,y","z"], "\"x,y\" z", "\"x,y\", z"],
  [["x,y"], "\"x,y\"", "\"x,y\""],
  [["a b","c,d"], "a b, \"c,d\"", "\"a b\", \"c,d\""],
  [[], "", ""],
  [["b","a"], "b a", "a, b"],
  [["machine learning"], "\"machine learning\"", "\"machine learning\""],
  [["python","machine learning"], "python, machine learning", "\"machine learning\", python"],
  [["Python","l'art de la guerre","vidéo"], "Python, l'art de la guerre, vidéo", "\"l'art de la guerre\", Python, vidéo"],
  [["say \"hi\""], "\"say \"hi\"\"", "\"say \"hi\"\""],
  [["a\tb"], "a\tb", "a\tb"],
];

/** names, tagulous render_tags */
const TAGULOUS_RENDER_TAGS: ReadonlyArray<readonly [readonly string[], string]> = [
  [["histoire de la france"], "\"histoire de la france\""],
  [["a","b"], "a, b"],
  [["a","b c"], "\"b c\", a"],
  [["x,y","z"], "\"x,y\", z"],
  [["x,y"], "\"x,y\""],
  [["a b","c,d"], "\"a b\", \"c,d\""],
  [[], ""],
  [["b","a"], "a, b"],
  [["machine learning"], "\"machine learning\""],
  [["python","machine learning"], "\"machine learning\", python"],
  [["Python","l'art de la guerre","vidéo"], "\"l'art de la guerre\", Python, vidéo"],
  [["say \"hi\""], "\"say \"\"hi\"\"\""],
  [["a\tb"], "a\tb"],
];

describe('django-tagging and django-taggit parsers', () => {
  it.each(PARSE_TAG_INPUT)('parse_tag_input(%j)', (input, expected) => {
    expect(parseTagInput(input)).toEqual(expected);
    expect(parseTaggit(input)).toEqual(expected);
  });
});

describe('tagulous parse_tags', () => {
  it.each(TAGULOUS_PARSE_TAGS)('parse_tags(%j)', (input, spaceDelimited, commaOnly) => {
    expect(parseTags(input)).toEqual(spaceDelimited);
    expect(parseTags(input, false)).toEqual(commaOnly);
  });
});

describe('writing a tag list back as a string', () => {
  it.each(EDIT_STRING_FOR_TAGS)('edit_string_for_tags(%j)', (names, tagging, taggit) => {
    expect(editStringForTags(names)).toBe(tagging);
    expect(editStringForTaggit(names)).toBe(taggit);
  });
  it.each(TAGULOUS_RENDER_TAGS)('render_tags(%j)', (names, expected) => {
    expect(renderTags(names)).toBe(expected);
  });
  it('quotes a lone multi-word name, so django-tagging reads it back as one tag', () => {
    expect(editStringForTags(['histoire de la france'])).toBe('"histoire de la france"');
    expect(parseTagInput(editStringForTags(['histoire de la france']))).toEqual(['histoire de la france']);
  });
});

describe('tagulous BaseTagModel.save slug', () => {
  // Derived by reading tagulous 2.1.0 tagulous/models/models.py line by line (running it needs a
  // database): slugify(label) or "_", cut to 50; on a clash, the slug cut to 50 - 5 characters, "_", and
  // one more than the highest number already used after that base.
  it('slugifies the name and cuts it to the slug length', () => {
    expect(tagulousSlug('Histoire de la France', new Set())).toBe('histoire-de-la-france');
    expect(tagulousSlug('a'.repeat(60), new Set())).toBe('a'.repeat(50));
    expect(tagulousSlug('日本語', new Set())).toBe('_');
    expect(tagulousSlug('-_-', new Set())).toBe('_');
  });
  it('numbers a clashing slug after the highest number in use, on a base 5 characters shorter', () => {
    expect(tagulousSlug('python!', new Set(['python']))).toBe('python_1');
    expect(tagulousSlug('Python', new Set(['python', 'python_4', 'python_2']))).toBe('python_5');
    expect(tagulousSlug('中文', new Set(['_']))).toBe('__1');
    expect(tagulousSlug('a'.repeat(60), new Set(['a'.repeat(50)]))).toBe(`${'a'.repeat(45)}_1`);
  });
});

describe('library defaults are upstream settings', () => {
  it('django-tagging: FORCE_LOWERCASE_TAGS off, MAX_TAG_LENGTH 50, no accent stripping', () => {
    expect(DJANGO_TAGGING.normalize(' Vidéo ')).toBe('Vidéo');
    expect(DJANGO_TAGGING.identityKey('Python')).not.toBe(DJANGO_TAGGING.identityKey('python'));
    expect(DJANGO_TAGGING.maxLength).toBe(50);
    const configured = djangoTagging({ forceLowercase: true, stripAccents: true });
    expect(configured.normalize('Vidéo Pédagogique')).toBe('video pedagogique');
    expect(configured.parse('Éducation, Histoire')).toEqual(['Education', 'Histoire']);
  });
  it('django-taggit: case-sensitive, names as given, 100 characters', () => {
    expect(DJANGO_TAGGIT.normalize('Vidéo')).toBe('Vidéo');
    expect(DJANGO_TAGGIT.identityKey('Python')).not.toBe(DJANGO_TAGGIT.identityKey('python'));
    expect(DJANGO_TAGGIT.maxLength).toBe(100);
    const configured = djangoTaggit({ forceLowercase: true, stripAccents: true, caseInsensitive: true });
    expect(configured.normalize('Apprentissage Numérique')).toBe('apprentissage numerique');
    expect(configured.identityKey('Python')).toBe(configured.identityKey('python'));
  });
  it('tagulous: case-insensitive, case and accents kept, 255 characters', () => {
    expect(TAGULOUS.normalize('Vidéo')).toBe('Vidéo');
    expect(TAGULOUS.identityKey('Python')).toBe(TAGULOUS.identityKey('PYTHON'));
    expect(TAGULOUS.identityKey('vidéo')).not.toBe(TAGULOUS.identityKey('video'));
    expect(TAGULOUS.maxLength).toBe(255);
    expect(tagulous({ forceLowercase: true, caseSensitive: true }).normalize('Python')).toBe('python');
  });
});

describe('registry', () => {
  it('resolves names and rejects unknown ones with the list of known libraries', () => {
    expect(resolveTagLibrary('tagulous')).toBe(TAGULOUS);
    expect(() => resolveTagLibrary('taggit' as never)).toThrow(/django-taggit, django-tagging, tagulous/);
  });
});
