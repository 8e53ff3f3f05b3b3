/**
 * The PostgreSQL tools: libpq and everything built on it (psql, pg_dump, pg_restore, pgloader) read the
 * PG* variables (https://www.postgresql.org/docs/current/libpq-envars.html) and accept both
 * postgresql:// and postgres:// URLs.
 */
import type { ClientEnvironment } from '../client-environment.ts';

export const POSTGRES_CLIENT_ENVIRONMENT: ClientEnvironment = {
  urlSchemes: ['postgresql', 'postgres'],
  variables: (c) => ({
    PGHOST: c.host,
    PGPORT: String(c.port ?? 5432),
    PGUSER: c.user,
    PGPASSWORD: c.password,
    PGDATABASE: c.database,
  }),
};
