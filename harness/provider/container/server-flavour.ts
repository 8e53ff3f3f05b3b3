/**
 * What differs between database servers when they run in a container: port, the image's credential
 * variables, and how server options go on the command line. Each server engine supplies one
 * (EngineDefinition.containerFlavour, in harness/engine/<engine>/); the container provider knows no engine.
 */
export interface ServerFlavour {
  /** The image used when the scenario names none. */
  readonly defaultImage: string;
  readonly port: number;
  readonly user: string;
  /** The image's variables that set the administrator's password and create the throwaway database `database`. */
  environment(password: string, database: string): Record<string, string>;
  /** Server options as command-line arguments for the image's entry point. */
  commandLine(options: Readonly<Record<string, string | number | boolean>>): string[];
}
