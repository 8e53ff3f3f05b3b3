/**
 * Secret removal for everything a reporter writes. Reports go to PR comments, CI artefacts and auditors:
 * they must never carry a password, whatever a step printed. Redaction is by pattern, so it also catches
 * secrets inside free text (exec output, error messages, SQL). Values the harness knows (generated and
 * scenario passwords) are masked by value as well, by a run's SecretRegistry (secret-registry.ts).
 */
/** `scheme://user:password@` → `scheme://user:***@`. The same rule as redactUrl in
 * engine/connection-url.ts, anchored at a word boundary so that it stays linear on long outputs (the
 * unanchored `\w+://` retries at every character of a long word: quadratic on a 1 MB log line). */
const URL_PASSWORD = /\b([a-z][\w+.-]*:\/\/[^:/@\s]*:)([^@\s]*)@/gi;
/** How the name of a secret ends: PASSWORD, PGPASSWORD, MARIADB_ROOT_PASSWORD, db_password, api_key, …
 * Only the ending is matched (whatever precedes it is kept as is), which keeps the pattern linear on long
 * outputs. */
const SECRET_NAME = String.raw`(?:password|passwd|pwd|secret|token|api[_-]?key)`;
/** `NAME=value`, `NAME: value`, `"name": "value"`, `--password=value`. */
const ASSIGNMENT = new RegExp(String.raw`(${SECRET_NAME})(["']?[ \t]*[:=][ \t]*)("[^"\n]*"|'[^'\n]*'|[^\s"',;&]+)`, 'gi');
/** A command line's `--password VALUE` (the `=` form is an {@link ASSIGNMENT}). */
const OPTION_PASSWORD = /(--(?:password|passwd)[ \t]+)("[^"\n]*"|'[^'\n]*'|[^\s"'-][^\s"']*)/gi;
/** SQL: `IDENTIFIED BY 'x'` (MariaDB) and `PASSWORD 'x'` (PostgreSQL CREATE/ALTER ROLE). */
const SQL_PASSWORD = /\b(IDENTIFIED\s+BY(?:\s+PASSWORD)?|PASSWORD)(\s+)('[^'\n]*'|"[^"\n]*")/gi;

function mask(value: string): string {
  const quote = value[0] === '"' || value[0] === "'" ? value[0] : '';
  return `${quote}***${quote}`;
}

/** Returns `text` with URL passwords and `password=…`-like values replaced by `***`. */
export function redact(text: string): string {
  return text
    .replace(URL_PASSWORD, '$1***@')
    .replace(ASSIGNMENT, (_all, name: string, sep: string, value: string) => (value.startsWith('***') ? `${name}${sep}${value}` : `${name}${sep}${mask(value)}`))
    .replace(OPTION_PASSWORD, (_all, option: string, value: string) => `${option}${mask(value)}`)
    .replace(SQL_PASSWORD, (_all, words: string, space: string, value: string) => `${words}${space}${mask(value)}`);
}

/** A deep copy of a JSON-like value with every string passed through {@link redact}. */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => redactDeep(item)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)])) as T;
  }
  return value;
}
