/**
 * An error as the CLI prints it: one line, printable characters only. A message may quote a file's
 * bytes (a garbage snapshot, a binary "SQL" file) or span lines (a driver's multi-line error); echoing
 * control characters would garble the terminal and a block of lines hides which input was at fault.
 */

/** The longest error line printed; the rest is cut (the whole message is in the --debug stack). */
export const MAX_ERROR_LINE = 1000;

// C0 and C1 control characters, DEL, and the replacement character that undecodable bytes became.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd]+/g;

/** `text` on one line: line breaks and tabs become spaces, runs of unprintable characters one "?". */
export function oneLine(text: string): string {
  const flat = text
    .replace(UNPRINTABLE, '?')
    .replace(/\s*[\r\n\t]+\s*/g, ' ')
    .trim();
  return flat.length > MAX_ERROR_LINE ? `${flat.slice(0, MAX_ERROR_LINE - 1)}…` : flat;
}
