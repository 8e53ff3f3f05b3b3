/**
 * Secrets by value. Pattern redaction (redact.ts) only sees passwords that sit next to a telltale word
 * (`user:pass@`, `PASSWORD=`); a step that prints `-pS3cr3t`, "password S3cr3t rejected" or an error
 * message quoting the password escapes it. A {@link SecretRegistry} knows the values themselves (generated
 * database passwords, server URLs, scenario variables named like secrets) and masks them wherever they
 * appear, whatever surrounds them.
 *
 * One registry belongs to one rehearsal: nothing is global, so two runs in one process never share (or
 * leak) their secrets.
 */
import { redact } from './redact.ts';

/** How truncated text is marked where it was cut. */
const ELLIPSIS = '…';

/** The mask written in place of a secret. */
export const SECRET_MASK = '***';

/**
 * Values shorter than this are not masked by value: masking "pw" or "1" everywhere would wreck every
 * report. They are still masked where a pattern sees them (`PASSWORD=pw`, `user:pw@`).
 */
export const MIN_SECRET_LENGTH = 4;

/** Environment variable names whose values are secrets: *PASSWORD*, *PASSWD*, *SECRET*, *TOKEN*, *KEY*, *_PWD, PWD-like. */
const SECRET_ENV_NAME = /PASSWORD|PASSWD|SECRET|TOKEN|KEY|(?:^|_)PWD$/i;

/** Whether an environment variable of this name holds a secret. */
export function isSecretName(name: string): boolean {
  return SECRET_ENV_NAME.test(name);
}

/** Where a registry's secrets come from besides explicit values. */
export interface SecretSources {
  /** Environment variables: those named like secrets are registered. */
  readonly env?: Readonly<Record<string, string>>;
  /** A command's arguments: the values of `--password X` and `--password=X` are registered. */
  readonly args?: readonly string[];
}

/** The parts of a scenario that may hold secrets (structurally a ScenarioConfig). */
export interface ScenarioSecrets {
  readonly source: { readonly env?: Readonly<Record<string, string>> };
  readonly target: { readonly env?: Readonly<Record<string, string>> };
  readonly steps: readonly { readonly secretSources?: SecretSources }[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The forms a value takes once written somewhere: as is, URL-encoded (both flavours), JSON-escaped. */
function writtenForms(value: string): string[] {
  const forms = [value, encodeURIComponent(value), encodeURI(value), encodeURIComponent(value).replace(/%20/g, '+'), JSON.stringify(value).slice(1, -1)];
  // Percent-encoding is case-insensitive: %2f and %2F both decode to "/".
  forms.push(...forms.map((form) => form.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())));
  return forms;
}

/** A rehearsal's known secrets, and the redaction that masks them (values first, then patterns). */
export class SecretRegistry {
  readonly #values = new Set<string>();
  #pattern: RegExp | undefined;

  /** Registers a secret value (and its URL-encoded and escaped forms). Empty and very short values are ignored. */
  add(value: string | undefined): void {
    if (value === undefined || value.length < MIN_SECRET_LENGTH) return;
    for (const form of writtenForms(value)) {
      if (form.length >= MIN_SECRET_LENGTH && !this.#values.has(form)) {
        this.#values.add(form);
        this.#pattern = undefined;
      }
    }
  }

  /** Registers the password of a database URL (`scheme://user:password@host/…`); text that is no URL is ignored. */
  addUrl(url: string | undefined): void {
    if (!url) return;
    try {
      const parsed = new URL(url);
      if (parsed.password) {
        this.add(parsed.password);
        this.add(safeDecode(parsed.password));
      }
    } catch {
      // Not a URL: nothing to learn from it (patterns still mask `user:pass@`).
    }
  }

  /** Registers the values of variables named like secrets, passwords given in command arguments, and the
   * passwords of URLs found in either. */
  addSources(sources: SecretSources | undefined): void {
    for (const [name, value] of Object.entries(sources?.env ?? {})) {
      if (isSecretName(name)) this.add(value);
      else this.addUrl(value); // DATABASE_URL=postgres://app:S3cr3t@db/app
    }
    const args = sources?.args ?? [];
    args.forEach((arg, i) => {
      this.addUrl(arg);
      const assigned = /^--?(?:password|passwd|pwd)=(.+)$/i.exec(arg);
      if (assigned) this.add(assigned[1]);
      else if (/^--?(?:password|passwd|pwd)$/i.test(arg)) this.add(args[i + 1]);
      // `-pSECRET` is not guessed: `-p` is a port for psql and part of `-print` for find.
    });
  }

  /** Registers what a scenario holds: its sides' and steps' variables named like secrets, its steps' `--password` arguments. */
  addScenario(scenario: ScenarioSecrets): void {
    this.addSources({ env: scenario.source.env });
    this.addSources({ env: scenario.target.env });
    for (const step of scenario.steps) this.addSources(step.secretSources);
  }

  /** How many written forms are known (for tests and debug logs; never the values). */
  get size(): number {
    return this.#values.size;
  }

  /** `text` with every known secret and every pattern-recognised password replaced by `***`. */
  readonly redact = (text: string): string => {
    const pattern = this.#compiled();
    return redact(this.#cutEnds(pattern ? text.replace(pattern, SECRET_MASK) : text));
  };

  /**
   * Text cut to a tail (`…rest`, as exec output is) or a head (`start…`) may have cut a secret in two and
   * kept a piece of it at the cut; a piece of at least {@link MIN_SECRET_LENGTH} characters is masked.
   */
  #cutEnds(text: string): string {
    let result = text;
    if (result.startsWith(ELLIPSIS)) {
      const rest = result.slice(ELLIPSIS.length);
      const piece = this.#longestPiece((secret, k) => rest.startsWith(secret.slice(-k)));
      if (piece) result = `${ELLIPSIS}${SECRET_MASK}${rest.slice(piece)}`;
    }
    if (result.endsWith(ELLIPSIS)) {
      const rest = result.slice(0, -ELLIPSIS.length);
      const piece = this.#longestPiece((secret, k) => rest.endsWith(secret.slice(0, k)));
      if (piece) result = `${rest.slice(0, rest.length - piece)}${SECRET_MASK}${ELLIPSIS}`;
    }
    return result;
  }

  /** The length of the longest proper piece (of at least the minimum length) of a secret that `matches`. */
  #longestPiece(matches: (secret: string, length: number) => boolean): number {
    let longest = 0;
    for (const secret of this.#values) {
      for (let k = secret.length - 1; k >= MIN_SECRET_LENGTH && k > longest; k--) {
        if (matches(secret, k)) {
          longest = k;
          break;
        }
      }
    }
    return longest;
  }

  /** A deep copy of a JSON-like value with every string (keys included) redacted. */
  redactDeep<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((item: unknown) => this.redactDeep(item)) as T;
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.redact(k), this.redactDeep(v)])) as T;
    }
    return value;
  }

  /** Masks the secrets in an error's message and stack, in place, and returns it (for errors about to be printed). */
  redactError<E>(error: E): E {
    if (error instanceof Error) {
      error.message = this.redact(error.message);
      if (error.stack) error.stack = this.redact(error.stack);
    }
    return error;
  }

  #compiled(): RegExp | undefined {
    if (this.#values.size === 0) return undefined;
    // Longest first, so a secret that contains another is masked whole.
    this.#pattern ??= new RegExp([...this.#values].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
    return this.#pattern;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
