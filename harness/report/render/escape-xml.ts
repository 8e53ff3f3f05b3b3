/**
 * XML text and attribute escaping for the JUnit report. Characters XML 1.0 forbids (control characters,
 * lone surrogates, U+FFFE/U+FFFF) are removed rather than escaped: no escape makes them legal, and one of
 * them in a step's output would make the whole file unreadable for CI.
 * See https://www.w3.org/TR/xml/#charsets.
 */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Removes the characters XML 1.0 cannot hold. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

/** Escapes text for an XML attribute value or element content. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Escapes an attribute value and also keeps line breaks (attributes normalise raw newlines to spaces). */
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
