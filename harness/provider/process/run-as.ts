/**
 * Database servers refuse to run as root (postgres always, mariadbd without --user). When the harness
 * runs as root, the server runs as the packages' service account through setpriv (util-linux).
 */
import { execFileSync } from 'node:child_process';
import { chownSync } from 'node:fs';
import { BadInputError } from '../../errors.ts';

export interface ServiceAccount {
  readonly uid: number;
  readonly gid: number;
  /** Prefix for the command line: [] when not root. */
  readonly prefix: readonly string[];
}

export function serviceAccount(name: string): ServiceAccount | undefined {
  if (process.getuid?.() !== 0) return undefined;
  let uid: number;
  let gid: number;
  try {
    uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
  } catch (cause) {
    throw new BadInputError(`the process provider runs as root and needs the "${name}" system user to run the server; install the server package or run as an ordinary user`, { cause });
  }
  return { uid, gid, prefix: ['setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--init-groups'] };
}

export function giveTo(account: ServiceAccount | undefined, ...paths: string[]): void {
  if (!account) return;
  for (const path of paths) chownSync(path, account.uid, account.gid);
}
