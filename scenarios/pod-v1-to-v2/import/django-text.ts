/**
 * Django text helpers as Pod 2.x (Django 1.11) runs them in `Video.save()`, `Enrichment.save()` and the
 * podfile upload paths: its `slugify` is the public `slugify` in its Django 1.9–2.2 behaviour.
 */
import { slugify as djangoSlugify } from 'rehearse';

/** Django 1.11's `slugify` (allow_unicode=False). */
export function slugify(text: string): string {
  return djangoSlugify(text, { django: '1.9' });
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
