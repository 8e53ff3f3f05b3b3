/**
 * Where `rehearse snapshot create` finds the database URL it reads from: `--from URL` (visible to every
 * local user in `ps`), `--from-env NAME` or `--from-file PATH`, read the way `rehearse run` reads its
 * server URLs. Exactly one of the three, holding exactly one URL the engines know.
 */
import { parseDatabaseUrl } from '../engine/connection-url.ts';
import { BadInputError, RehearseError } from '../errors.ts';
import { readUrlFile, readUrlVariable } from './server-urls.ts';

export interface SnapshotSourceOptions {
  readonly from?: string;
  readonly fromEnv?: string;
  readonly fromFile?: string;
}

/** The URL to snapshot; bad input (none or several sources, an unset variable, an unreadable file, a bad URL) names its option. */
export function readSnapshotSourceUrl(options: SnapshotSourceOptions, env: NodeJS.ProcessEnv = process.env): string {
  const given = [
    options.from !== undefined && { where: '--from', urls: () => [options.from as string] },
    options.fromEnv !== undefined && { where: `--from-env ${options.fromEnv}`, urls: () => readUrlVariable('--from-env', options.fromEnv as string, env) },
    options.fromFile !== undefined && { where: `--from-file ${options.fromFile}`, urls: () => readUrlFile('--from-file', options.fromFile as string) },
  ].filter((source) => source !== false);
  if (given.length === 0) throw new BadInputError('snapshot create: give the database to read with --from-env NAME, --from-file PATH or --from URL');
  if (given.length > 1) throw new BadInputError('snapshot create: give only one of --from, --from-env and --from-file');
  const { where, urls: read } = given[0]!;
  const urls = read();
  if (urls.length !== 1) throw new BadInputError(`${where}: holds ${urls.length} URLs, expected one`);
  const url = urls[0]!;
  try {
    parseDatabaseUrl(url);
  } catch (error) {
    // The value is not echoed: text that is not a URL may be a bare password.
    const scheme = error instanceof RehearseError && /scheme/.test(error.message) ? `${error.message.replace(/^database URL /, '')}; ` : '';
    throw new BadInputError(
      `${where}: not a database URL (${scheme}expected e.g. mariadb://user:pass@host:3306/db, postgres://user:pass@host:5432/db or sqlite:///path/file.db)`,
    );
  }
  return url;
}
