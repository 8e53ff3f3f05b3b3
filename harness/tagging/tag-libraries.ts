/**
 * The tag libraries a scenario can name (`expect: 'tagulous'`, `parse: 'django-tagging'`), each with the
 * library's own default settings. A scenario whose application configures a library differently passes
 * the library object instead, e.g. `expect: djangoTagging({ forceLowercase: true })`.
 */
import { BadInputError } from '../errors.ts';
import { DJANGO_TAGGING } from './django-tagging.ts';
import { DJANGO_TAGGIT } from './django-taggit.ts';
import type { TagLibrary } from './tag-library.ts';
import { TAGULOUS } from './tagulous.ts';

export const TAG_LIBRARY_NAMES = ['django-taggit', 'django-tagging', 'tagulous'] as const;
export type TagLibraryName = (typeof TAG_LIBRARY_NAMES)[number];

const LIBRARIES: Record<TagLibraryName, TagLibrary> = {
  'django-taggit': DJANGO_TAGGIT,
  'django-tagging': DJANGO_TAGGING,
  tagulous: TAGULOUS,
};

/** The library for a name or the object itself; throws {@link BadInputError} for an unknown name. */
export function resolveTagLibrary(library: TagLibraryName | TagLibrary): TagLibrary {
  if (typeof library !== 'string') return library;
  const found = (LIBRARIES as Record<string, TagLibrary | undefined>)[library];
  if (!found) {
    throw new BadInputError(
      `tag library "${library}" is not known. Known: ${TAG_LIBRARY_NAMES.join(', ')}; or pass a TagLibrary object`,
    );
  }
  return found;
}

export type { TagLibrary } from './tag-library.ts';
export { removeAccents, foldKey } from './tag-library.ts';
export { parseTagInput, editStringForTags, djangoTagging, DJANGO_TAGGING } from './django-tagging.ts';
export { parseTaggit, editStringForTaggit, djangoTaggit, DJANGO_TAGGIT } from './django-taggit.ts';
export { parseTags, renderTags, tagulous, TAGULOUS } from './tagulous.ts';
