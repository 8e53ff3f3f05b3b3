/**
 * The contract of a snapshot generator, the piece of a domain package behind `rehearse generate NAME`.
 * A generator declares its options as data so that the CLI builds `--help` and rejects a missing or
 * out-of-range value with one line before any generation starts; the generator then checks what only it
 * can know (ranges, combinations) and throws {@link BadInputError} for those.
 */

/** How an option takes its value: `value` is `--flag <v>`, `flag` is a boolean switch, `list` repeats. */
export const GENERATOR_OPTION_KINDS = ['value', 'flag', 'list'] as const;
export type GeneratorOptionKind = (typeof GENERATOR_OPTION_KINDS)[number];

/** One command-line option of a generator. `--out FILE` is added by the CLI to every generator. */
export interface GeneratorOption {
  /** The long flag without its dashes, kebab-case: `with-media-files` gives `--with-media-files`. */
  readonly flag: string;
  /** One line for `--help`. */
  readonly description: string;
  /** @default 'value' */
  readonly kind?: GeneratorOptionKind;
  /** Placeholder shown in `--help`, e.g. `n` gives `--videos <n>`. @default 'value' */
  readonly placeholder?: string;
  /** The CLI refuses to start without it (kind `value` only). */
  readonly required?: boolean;
  /** Value used when the option is absent (kind `value` only). */
  readonly default?: string;
  /** The only values accepted; the CLI names them when another is given. */
  readonly choices?: readonly string[];
}

/**
 * The values the CLI hands to {@link Generator.generate}, keyed by the camel-case form of each flag
 * (`with-media-files` → `withMediaFiles`): strings for `value`, booleans for `flag`, arrays for `list`.
 * Numbers arrive as the strings typed: the generator converts and range-checks them.
 */
export type GeneratorOptionValues = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/** Receives a short status line while a generator works (the CLI shows it on a terminal only). */
export type GeneratorProgress = (status: string) => void;

/** What the CLI prints when a generator is done. */
export interface GeneratorResult {
  /** One line after "wrote FILE: ", e.g. "Pod v3 on mariadb, 12,345 rows in 80 tables". */
  readonly summary: string;
  /** Things the user asked for that changed nothing; printed as `warning: …` lines. */
  readonly warnings?: readonly string[];
}

/** A snapshot generator: `rehearse generate NAME [options] --out FILE`. */
export interface Generator {
  /** The NAME on the command line, kebab-case and unique among the domains found. */
  readonly name: string;
  /** One line for `rehearse generate --help`. */
  readonly description: string;
  readonly options: readonly GeneratorOption[];
  /** Extra text after the options in `rehearse generate NAME --help` (e.g. the list of defects). */
  readonly help?: string;
  /** Writes the snapshot to `out` (an absolute path); throws BadInputError for an invalid option. */
  generate(options: GeneratorOptionValues, out: string, progress: GeneratorProgress): Promise<GeneratorResult>;
}
