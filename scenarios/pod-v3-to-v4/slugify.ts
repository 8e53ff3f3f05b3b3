/**
 * Django's `slugify` (allow_unicode=False), used by Pod's `Video.save()` for `%04d-<slug>` and by
 * tagulous for tag slugs (https://github.com/django/django/blob/4.2/django/utils/text.py): NFKD, non-ASCII
 * dropped, lower case, anything but word characters, spaces and hyphens removed, runs of spaces and
 * hyphens turned into one hyphen, hyphens and underscores stripped at both ends.
 */
export function slugify(value: string): string {
  const ascii = value.normalize('NFKD').replace(/[^\x00-\x7F]/g, '');
  return ascii
    .toLowerCase()
    .replace(/[^\w\s-]/g, '')
    .replace(/[-\s]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
}

/** The slug Pod v4's `Video.save()` gives a video: `"%04d-%s" % (id, slugify(title))`. */
export function videoSlug(id: number | string, title: string): string {
  return `${String(id).padStart(4, '0')}-${slugify(title)}`;
}

/**
 * Tagulous' unique tag slug (tagulous/models/tagged.py `BaseTagModel.save`): the slugified name cut to
 * the slug column (50), and when taken, `_N` appended to the cut base until free. `taken` holds the
 * slugs created so far in this run (the tag table was emptied first).
 */
export function uniqueTagSlug(name: string, taken: Set<string>, maxLength = 50): string {
  const base = slugify(name) || '_';
  let slug = base.slice(0, maxLength);
  for (let n = 1; taken.has(slug); n++) {
    const suffix = `_${n}`;
    slug = base.slice(0, maxLength - suffix.length) + suffix;
  }
  taken.add(slug);
  return slug;
}
