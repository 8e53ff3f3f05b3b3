/**
 * A tiny XML well-formedness check for the JUnit report (no parser dependency): balanced, properly nested
 * tags, quoted attributes without raw `<` or `&`, only known entities, no characters XML 1.0 forbids.
 * Returns the problems found (empty when well-formed).
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(xml)) problems.push('invalid XML character');
  const body = xml.replace(/^<\?xml [^?]*\?>\s*/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/gy;
  let match: RegExpExecArray | null;
  let roots = 0;
  while ((match = token.exec(body)) !== null) {
    const [, closing, name, attributes = '', selfClosing, text, stray] = match;
    if (stray) {
      problems.push(`stray "<" or malformed tag at ${match.index}: ${body.slice(match.index, match.index + 40)}`);
      break;
    }
    const content = text ?? attributes;
    for (const entity of content.matchAll(/&([^;\s]*);?/g)) {
      if (!/^(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+)$/i.test(entity[1] ?? '') || !entity[0].endsWith(';')) {
        problems.push(`bad entity ${entity[0]}`);
      }
    }
    if (text !== undefined) {
      if (stack.length === 0 && text.trim()) problems.push('text outside the root element');
      continue;
    }
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}>`);
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name!);
    } else if (stack.length === 0) roots++;
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
