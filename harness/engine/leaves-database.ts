/**
 * Shared by the dialects' `leavesDatabase`: the statement's text after leading comments, matched against
 * the engine's rules. The statement splitter already removes comments; this keeps the rule right for any
 * caller that does not.
 */
export function matchesAfterComments(statement: string, rules: readonly RegExp[]): boolean {
  if (rules.length === 0) return false;
  const text = stripLeadingComments(statement);
  return rules.some((rule) => rule.test(text));
}

export function stripLeadingComments(statement: string): string {
  let text = statement.trimStart();
  for (;;) {
    if (text.startsWith('--') || text.startsWith('#')) {
      const end = text.indexOf('\n');
      text = end < 0 ? '' : text.slice(end + 1).trimStart();
    } else if (text.startsWith('/*') && !text.startsWith('/*!')) {
      const end = text.indexOf('*/');
      text = end < 0 ? '' : text.slice(end + 2).trimStart();
    } else {
      return text;
    }
  }
}
