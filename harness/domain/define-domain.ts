/**
 * A domain package: what rehearse knows about one migrated system (Esup-Pod, DjNRO, Sahana Eden…),
 * kept outside the harness. Its `domain.ts` default-exports `defineDomain({...})`; `rehearse generate`
 * finds it and offers its generators. The harness never imports a domain: the package depends on the
 * public API only.
 */
import { BadInputError } from '../errors.ts';
import type { Generator } from './generator.ts';

/** What a domain package declares. */
export interface DomainDefinition<Presets extends Readonly<Record<string, unknown>> = Readonly<Record<string, unknown>>> {
  /** kebab-case, e.g. `my-system`. */
  readonly name: string;
  /** Snapshot generators, offered as `rehearse generate NAME`. */
  readonly generators: readonly Generator[];
  /**
   * Named configurations the domain's scenarios share, e.g. the tag library settings of each version
   * of the system (`expect: domain.presets.podV4Tags`).
   */
  readonly presets?: Presets;
}

/** A checked domain definition. */
export interface Domain<Presets extends Readonly<Record<string, unknown>> = Readonly<Record<string, unknown>>> {
  readonly name: string;
  readonly generators: readonly Generator[];
  readonly presets: Presets;
}

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** Flags the CLI itself gives `rehearse generate NAME`. */
const RESERVED_FLAGS = new Set(['out', 'help', 'domain', 'debug']);

/**
 * Checks and returns a domain definition: kebab-case names, one generator per name, option flags that
 * do not clash with the CLI's own. Throws {@link BadInputError} naming the domain and the fault.
 */
export function defineDomain<Presets extends Readonly<Record<string, unknown>> = Readonly<Record<string, never>>>(
  definition: DomainDefinition<Presets>,
): Domain<Presets> {
  const where = `domain "${String(definition.name)}"`;
  if (typeof definition.name !== 'string' || !KEBAB.test(definition.name)) {
    throw new BadInputError(`${where}: name must be kebab-case (e.g. "my-system")`);
  }
  const seen = new Set<string>();
  for (const generator of definition.generators) {
    if (!KEBAB.test(generator.name)) throw new BadInputError(`${where}: generator name "${generator.name}" must be kebab-case`);
    if (seen.has(generator.name)) throw new BadInputError(`${where}: two generators are named "${generator.name}"`);
    seen.add(generator.name);
    const flags = new Set<string>();
    for (const option of generator.options) {
      const at = `${where}, generator "${generator.name}", option --${option.flag}`;
      if (!KEBAB.test(option.flag)) throw new BadInputError(`${at}: the flag must be kebab-case without dashes`);
      if (RESERVED_FLAGS.has(option.flag)) throw new BadInputError(`${at}: --${option.flag} is the CLI's own option`);
      if (flags.has(option.flag)) throw new BadInputError(`${at}: declared twice`);
      flags.add(option.flag);
      if ((option.kind ?? 'value') !== 'value' && (option.required || option.default !== undefined)) {
        throw new BadInputError(`${at}: only a "value" option can be required or have a default`);
      }
    }
  }
  return { name: definition.name, generators: definition.generators, presets: (definition.presets ?? {}) as Presets };
}
