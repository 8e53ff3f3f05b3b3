/**
 * GROUP_CONCAT cuts its result at `group_concat_max_len` bytes and only says so in warning 1260 "Row N
 * was cut by GROUP_CONCAT()" (https://mariadb.com/kb/en/group_concat/). The export reads its tag query
 * as a row stream, and the harness connection records warnings only for `execute()`, so the warnings of
 * the streamed SELECT are read right after it with SHOW WARNINGS (https://mariadb.com/kb/en/show-warnings/,
 * which lists those of the previous statement) and raised again on the same connection with a SIGNAL of
 * class '01' (a warning, https://mariadb.com/kb/en/signal/): the run's warning log then holds them, with
 * their code and text, for the report and the integrity check.
 */
import type { Connection } from 'rehearse';

/** Re-raised at most; SHOW WARNINGS itself lists at most max_error_count (64 by default). */
const MAX_REPLAYED = 64;

/** Returns how many rows the previous statement reported cut (0 on engines without GROUP_CONCAT). */
export async function replayGroupConcatWarnings(connection: Connection): Promise<number> {
  if (connection.kind !== 'mariadb' && connection.kind !== 'mysql') return 0;
  const [countRow] = await connection.query('SHOW COUNT(*) WARNINGS');
  const listed = await connection.query('SHOW WARNINGS');
  const total = Number(Object.values(countRow ?? {})[0] ?? 0);
  const cut = listed.filter((w) => String(w.Code) === '1260');
  for (const w of cut.slice(0, MAX_REPLAYED)) await signalWarning(connection, 1260, String(w.Message));
  const unlisted = total - listed.length;
  if (unlisted > 0 && cut.length > 0) {
    await signalWarning(connection, 1260, `${unlisted} further warnings of the same statement were not listed by SHOW WARNINGS (max_error_count); more rows may have been cut by GROUP_CONCAT()`);
  }
  return cut.length + (cut.length > 0 ? Math.max(0, unlisted) : 0);
}

async function signalWarning(connection: Connection, code: number, message: string): Promise<void> {
  const text = message.slice(0, 128).replace(/'/g, "''");
  await connection.execute(`SIGNAL SQLSTATE '01000' SET MYSQL_ERRNO = ${code}, MESSAGE_TEXT = '${text}'`);
}
