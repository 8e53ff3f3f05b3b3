/**
 * The reporter registry. Scenario files and the CLI name reporters by key (`--reporter markdown`), and the
 * same keys validate that input: {@link REPORTER_NAMES} is the closed set.
 */
import { BadInputError } from '../errors.ts';
import { HtmlReporter } from './html-reporter.ts';
import { JsonReporter } from './json-reporter.ts';
import { JunitReporter } from './junit-reporter.ts';
import { MarkdownReporter } from './markdown-reporter.ts';
import type { Reporter } from './reporter.ts';

export const REPORTERS = { json: JsonReporter, markdown: MarkdownReporter, junit: JunitReporter, html: HtmlReporter } as const;
export type ReporterName = keyof typeof REPORTERS;
export const REPORTER_NAMES = Object.keys(REPORTERS) as readonly ReporterName[];

export function isReporterName(name: string): name is ReporterName {
  return Object.hasOwn(REPORTERS, name);
}

/** Creates the reporter registered under `name`; an unknown name is a {@link BadInputError}. */
export function createReporter(name: string): Reporter {
  if (!isReporterName(name)) {
    throw new BadInputError(`reporter "${name}" does not exist. Available reporters: ${REPORTER_NAMES.join(', ')}`);
  }
  return new REPORTERS[name]();
}

export type { Reporter } from './reporter.ts';
export { JsonReporter, MarkdownReporter, JunitReporter, HtmlReporter };
export { redact, redactDeep } from './render/redact.ts';
