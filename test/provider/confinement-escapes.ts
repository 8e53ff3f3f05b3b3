/**
 * Statements a hostile or careless dump may hold to reach outside its throwaway database, per engine
 * family, each with the proof that it did not: what the loading user could not do, and where the harm
 * would show (a host file, another database, a row holding a host file's text).
 */
import type { EngineFamily } from '../../harness/engine/engine-definition.ts';

export interface EscapeProbe {
  readonly name: string;
  /** The SQL as a dump would hold it; `{marker}` is a host path unique to the test, `{other}` another database. */
  readonly sql: string;
  /** The loading must fail (false: it may load, but `leaked` must find nothing). */
  readonly mustFail: boolean;
  /** Run as the administrator afterwards: a row with `leaked` > 0 means the escape worked. */
  readonly leaked?: string;
}

export const ESCAPES: Partial<Record<EngineFamily, readonly EscapeProbe[]>> = {
  mysql: [
    { name: 'SELECT … INTO OUTFILE', sql: "SELECT 'escaped' INTO OUTFILE '{marker}';", mustFail: true },
    {
      name: 'LOAD DATA INFILE of a host file',
      sql: "CREATE TABLE leak_data (c TEXT);\nLOAD DATA INFILE '/etc/passwd' INTO TABLE leak_data;",
      mustFail: true,
      leaked: 'SELECT COUNT(*) AS leaked FROM leak_data',
    },
    {
      name: "LOAD_FILE('/etc/passwd')",
      sql: "CREATE TABLE leak_file (c LONGTEXT);\nINSERT INTO leak_file SELECT LOAD_FILE('/etc/passwd');",
      mustFail: false,
      leaked: 'SELECT COUNT(*) AS leaked FROM leak_file WHERE c IS NOT NULL',
    },
    {
      name: 'an executable comment creating a database',
      sql: '/*!50000 CREATE DATABASE {other}_created */;',
      mustFail: true,
      leaked: "SELECT COUNT(*) AS leaked FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '{other}_created'",
    },
    {
      name: 'a write into another database',
      sql: 'INSERT INTO {other}.victim VALUES (666);',
      mustFail: true,
      leaked: 'SELECT COUNT(*) AS leaked FROM {other}.victim',
    },
    { name: 'a global privilege', sql: 'SET GLOBAL max_connections = 5;', mustFail: true },
  ],
  postgres: [
    { name: 'COPY … TO PROGRAM', sql: "COPY (SELECT 1) TO PROGRAM 'touch {marker}';", mustFail: true },
    { name: 'COPY … TO a server file', sql: "COPY (SELECT 1) TO '{marker}';", mustFail: true },
    {
      name: "COPY … FROM '/etc/passwd'",
      sql: "CREATE TABLE leak_copy (c text);\nCOPY leak_copy FROM '/etc/passwd';",
      mustFail: true,
      leaked: 'SELECT COUNT(*) AS leaked FROM leak_copy',
    },
    { name: "pg_read_file('/etc/passwd')", sql: "CREATE TABLE leak_read AS SELECT pg_read_file('/etc/passwd') AS c;", mustFail: true },
    {
      name: 'CREATE DATABASE',
      sql: 'CREATE DATABASE {other}_created;',
      mustFail: true,
      leaked: "SELECT COUNT(*) AS leaked FROM pg_database WHERE datname = '{other}_created'",
    },
    { name: 'becoming superuser', sql: 'ALTER ROLE CURRENT_USER SUPERUSER;', mustFail: true },
    { name: 'joining pg_execute_server_program', sql: 'GRANT pg_execute_server_program TO CURRENT_USER;', mustFail: true },
  ],
};

/** An ordinary dump the confined user must load: tables, rows, an index, a view and a trigger. */
export const SOUND_DUMP: Partial<Record<EngineFamily, string>> = {
  mysql: [
    'CREATE TABLE album (id INT PRIMARY KEY, title VARCHAR(50));',
    'CREATE TABLE track (id INT PRIMARY KEY, album_id INT, FOREIGN KEY (album_id) REFERENCES album (id));',
    'LOCK TABLES album WRITE;',
    '/*!40000 ALTER TABLE album DISABLE KEYS */;',
    "INSERT INTO album VALUES (1, 'one'), (2, 'two');",
    '/*!40000 ALTER TABLE album ENABLE KEYS */;',
    'UNLOCK TABLES;',
    'INSERT INTO track VALUES (10, 1), (11, 2);',
    'CREATE INDEX album_title ON album (title);',
    'CREATE VIEW album_titles AS SELECT title FROM album;',
    'CREATE TRIGGER album_upper BEFORE INSERT ON album FOR EACH ROW SET NEW.title = UPPER(NEW.title);',
  ].join('\n'),
  postgres: [
    'CREATE TABLE album (id integer PRIMARY KEY, title varchar(50));',
    'CREATE TABLE track (id integer PRIMARY KEY, album_id integer REFERENCES album (id));',
    "INSERT INTO album VALUES (1, 'one'), (2, 'two');",
    'INSERT INTO track VALUES (10, 1), (11, 2);',
    'CREATE INDEX album_title ON album (title);',
    'CREATE VIEW album_titles AS SELECT title FROM album;',
    "CREATE FUNCTION album_upper() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.title := upper(NEW.title); RETURN NEW; END $$;",
    'CREATE TRIGGER album_upper BEFORE INSERT ON album FOR EACH ROW EXECUTE FUNCTION album_upper();',
  ].join('\n'),
};
