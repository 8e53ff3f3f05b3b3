/**
 * Errors the harness raises on purpose. A {@link RehearseError} carries a message written for the user
 * (what failed, which value, how to fix it); the CLI prints it without a stack trace and exits 2.
 * Anything else reaching the top level is a harness bug and is printed with its stack under --debug.
 */
export const ERROR_KINDS = ['bad-input', 'infrastructure', 'timeout', 'interrupted'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export class RehearseError extends Error {
  readonly kind: ErrorKind;
  constructor(kind: ErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RehearseError';
    this.kind = kind;
  }
}

/** Bad scenario, snapshot, option or file: the user can fix it. */
export class BadInputError extends RehearseError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('bad-input', message, options);
    this.name = 'BadInputError';
  }
}

/** A database, container, process or engine failed underneath the rehearsal. */
export class InfrastructureError extends RehearseError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('infrastructure', message, options);
    this.name = 'InfrastructureError';
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
