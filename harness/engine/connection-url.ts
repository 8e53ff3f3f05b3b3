/**
 * Database URLs: mariadb://user:pass@host:3306/db, mysql://…, postgres://user:pass@host:5432/db,
 * sqlite:///absolute/path.db or sqlite:relative.db.
 */
import { BadInputError } from '../errors.ts';
import type { EngineKind } from './engine.ts';

const SCHEMES: Record<string, EngineKind> = {
  'mariadb:': 'mariadb',
  'mysql:': 'mysql',
  'postgres:': 'postgres',
  'postgresql:': 'postgres',
  'sqlite:': 'sqlite',
};

export interface ParsedDatabaseUrl {
  readonly engine: EngineKind;
  readonly host: string;
  readonly port?: number;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  /** For SQLite: the file path. */
  readonly file?: string;
}

export function parseDatabaseUrl(text: string): ParsedDatabaseUrl {
  let url: URL;
  try {
    url = new URL(text);
  } catch (cause) {
    throw new BadInputError(
      `"${redactUrl(text)}" is not a database URL. Expected e.g. mariadb://user:pass@host:3306/db, postgres://user:pass@host:5432/db or sqlite:///path/file.db`,
      { cause },
    );
  }
  const engine = SCHEMES[url.protocol];
  if (!engine) {
    throw new BadInputError(
      `database URL scheme "${url.protocol}" is not supported. Supported: ${Object.keys(SCHEMES).join(' ')}`,
    );
  }
  if (engine === 'sqlite') {
    const file = decodeURIComponent(url.host ? `${url.host}${url.pathname}` : url.pathname);
    return { engine, host: '', user: '', password: '', database: file, file };
  }
  return {
    engine,
    host: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.replace(/^\//, '')),
  };
}

export function buildDatabaseUrl(parts: Omit<ParsedDatabaseUrl, 'file'>): string {
  if (parts.engine === 'sqlite') return `sqlite://${parts.database}`;
  const url = new URL(`${parts.engine}://placeholder`);
  url.hostname = parts.host;
  if (parts.port) url.port = String(parts.port);
  url.username = encodeURIComponent(parts.user);
  url.password = encodeURIComponent(parts.password);
  url.pathname = `/${encodeURIComponent(parts.database)}`;
  return url.toString();
}

/** Replaces the password of any URL-looking string with "***" (for logs and reports). */
export function redactUrl(text: string): string {
  return text.replace(/\b([a-z][\w+.-]*:\/\/[^:/@\s]*:)([^@\s]*)@/gi, '$1***@');
}
