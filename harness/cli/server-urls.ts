/**
 * Where `--provider server` finds its server URLs. A URL on the command line holds a password that every
 * local user sees in `ps`, so the URLs can also come from an environment variable (`--server-env NAME`,
 * or `REHEARSE_SERVER_URL` by default) or from a file (`--server-file PATH`, one URL a line, `#` comments).
 * `rehearse snapshot create` reads its `--from-env` / `--from-file` the same way.
 */
import { readFileSync } from 'node:fs';
import { BadInputError, errorMessage } from '../errors.ts';

/** The variable read when neither --server, --server-env nor --server-file is given. */
export const SERVER_URL_VARIABLE = 'REHEARSE_SERVER_URL';

export interface ServerUrlOptions {
  readonly server?: readonly string[];
  readonly serverEnv?: readonly string[];
  readonly serverFile?: readonly string[];
}

/** URLs separated by white space or new lines (a URL holds neither: they are percent-encoded). */
function splitUrls(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .flatMap((line) => line.split(/\s+/))
    .filter(Boolean);
}

/** The URLs held by the environment variable `name`, given with `option` (named in the error when unset or empty). */
export function readUrlVariable(option: string, name: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const value = env[name];
  if (!value?.trim()) throw new BadInputError(`${option} ${name}: the environment variable ${name} is not set or empty`);
  return splitUrls(value);
}

/** The URLs held by `file`, one a line, given with `option` (named in the error when unreadable or empty). */
export function readUrlFile(option: string, file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new BadInputError(`${option} ${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`);
  }
  const found = splitUrls(text);
  if (found.length === 0) throw new BadInputError(`${option} ${file}: holds no URL (expected one URL a line)`);
  return found;
}

/** Every server URL given, from the options and the environment; undefined when none is. */
export function readServerUrls(options: ServerUrlOptions, env: NodeJS.ProcessEnv = process.env): string[] | undefined {
  const urls = [...(options.server ?? [])];
  for (const name of options.serverEnv ?? []) urls.push(...readUrlVariable('--server-env', name, env));
  for (const file of options.serverFile ?? []) urls.push(...readUrlFile('--server-file', file));
  if (urls.length === 0 && env[SERVER_URL_VARIABLE]?.trim()) urls.push(...splitUrls(env[SERVER_URL_VARIABLE]));
  return urls.length > 0 ? urls : undefined;
}
