/**
 * HTML escaping for the HTML report. Every value that comes from a result (table names, step output,
 * row values) goes through {@link escapeHtml}: a migrated row holding `<script>` must show as text.
 * Control characters are dropped (they have no rendering and some are invalid in HTML).
 */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(CONTROL_CHARS, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A table with escaped header and cells; `classes` optionally names a class per row. */
export function htmlTable(headers: readonly string[], rows: readonly (readonly string[])[], options: { readonly raw?: boolean; readonly classes?: readonly string[] } = {}): string {
  const cell = (text: string) => (options.raw ? text : escapeHtml(text));
  const head = `<tr>${headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = rows.map((row, i) => `<tr${options.classes?.[i] ? ` class="${escapeHtml(options.classes[i]!)}"` : ''}>${row.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`);
  return `<table><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
}
