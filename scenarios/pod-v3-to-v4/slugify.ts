/**
 * The slugs Pod v4 writes while importing: `Video.save()` gives a video `%04d-<slugify(title)>` with
 * Django 4.2's `slugify`, and tagulous gives each new tag a unique slug (`tagulousSlug`).
 */
import { slugify, tagulousSlug } from 'rehearse';

/** The slug Pod v4's `Video.save()` gives a video: `"%04d-%s" % (id, slugify(title))`. */
export function videoSlug(id: number | string, title: string): string {
  return `${String(id).padStart(4, '0')}-${slugify(title, { django: '3.0' })}`;
}

/**
 * The slug tagulous gives a new tag, with Pod v4's default tagulous slug settings (50 characters).
 * `taken` holds the slugs created so far in this run (the tag table was emptied first); the new slug is
 * added to it.
 */
export function uniqueTagSlug(name: string, taken: Set<string>): string {
  const slug = tagulousSlug(name, taken);
  taken.add(slug);
  return slug;
}
