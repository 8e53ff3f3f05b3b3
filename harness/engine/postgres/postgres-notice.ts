/**
 * A NOTICE or WARNING the server sent while a statement ran
 * (https://www.postgresql.org/docs/current/protocol-message-formats.html, NoticeResponse), as a
 * {@link ServerWarning} with its SQLSTATE as code and the statement that raised it.
 */
import type { NoticeMessage } from 'pg-protocol/dist/messages.js';
import type { ServerWarning } from '../engine.ts';
import { statementExcerpt } from '../sql-error.ts';

/** `sql` is the statement running when the notice arrived; empty when none is known. */
export function noticeWarning(notice: NoticeMessage, sql: string): ServerWarning {
  return {
    engine: 'postgres',
    code: notice.code ?? 'notice',
    level: notice.severity === 'WARNING' ? 'warning' : 'note',
    message: notice.message ?? '',
    ...(sql ? { statement: statementExcerpt(sql) } : {}),
  };
}
