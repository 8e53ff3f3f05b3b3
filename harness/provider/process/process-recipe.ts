/**
 * How a server engine is initialised and started from local binaries in a private data directory. Each
 * server engine supplies one recipe (EngineDefinition.processRecipe, in harness/engine/<engine>/); the
 * process provider knows no engine. {@link runPreparation} is the shared way a recipe runs its one-off
 * set-up commands (mariadb-install-db, initdb).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { errorMessage, InfrastructureError } from '../../errors.ts';
import type { ServiceAccount } from './run-as.ts';

const run = promisify(execFile);

export interface ProcessPlan {
  readonly command: string[];
  readonly user: string;
  readonly database: string;
  /** SQL to run once the server answers, connected to `database`. */
  readonly afterStart?: { readonly database: string; readonly sql: string };
  /** The signal that makes the server shut down fast, releasing what it holds (never SIGKILL). */
  readonly stopSignal: NodeJS.Signals;
  /** Files holding secrets that the server reads only while starting (removed once it answers). */
  readonly removeWhenReady?: readonly string[];
}

/** What the process provider gives a recipe. `dir` is private (0700); files the recipe writes there with secrets are 0600. */
export interface RecipeInput {
  readonly dir: string;
  readonly port: number;
  readonly password: string;
  /** The throwaway database to create (database-name.ts has checked it). */
  readonly database: string;
  readonly serverOptions: Readonly<Record<string, string | number | boolean>>;
  /** An empty directory (0700) below `dir` for the server's file confinement; the recipe gives it to the server's account. */
  readonly fileDirectory: string;
}

/** Prepares the data directory below `input.dir` and returns how to start the server. */
export type ProcessRecipe = (input: RecipeInput) => Promise<ProcessPlan>;

/** Runs a set-up command (as `account` when given); a failure is an InfrastructureError with the tail of its stderr. */
export async function runPreparation(label: string, account: ServiceAccount | undefined, command: string[]): Promise<void> {
  const full = [...(account?.prefix ?? []), ...command];
  try {
    await run(full[0]!, full.slice(1), { maxBuffer: 16 * 1024 * 1024 });
  } catch (cause) {
    const stderr = (cause as { stderr?: string }).stderr ?? '';
    throw new InfrastructureError(`${label} failed: ${stderr.trim().split('\n').slice(-3).join(' ') || errorMessage(cause)}`, { cause });
  }
}
