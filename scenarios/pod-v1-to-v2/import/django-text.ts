/**
 * Django's `slugify` (django/utils/text.py, allow_unicode=False), used by Pod v2's `Video.save()`,
 * `Enrichment.save()` and the podfile upload paths: NFKD, ASCII only, drop what is not a word character,
 * space or dash, strip, lower-case, runs of dashes and spaces become one dash.
 * https://docs.djangoproject.com/en/1.11/ref/utils/#django.utils.text.slugify
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, '-');
}

/** Python's `"%04d" % id`. */
export function pad4(id: number): string {
  return String(id).padStart(4, '0');
}

/** `Video.save()` in Pod 2.x: the slug is recomputed from the id and the title on every save. */
export function videoSlug(id: number, title: string): string {
  return `${pad4(id)}-${slugify(title)}`;
}

/** Python's `os.path.basename`. */
export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Cuts to `max` characters (code points), as a non-strict MariaDB stores a too-long value in a varchar. */
export function cutChars(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? chars.slice(0, max).join('') : text;
}
