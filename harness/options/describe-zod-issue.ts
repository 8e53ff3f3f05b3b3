/**
 * Turns zod issues into lines a user can act on, one per problem, each naming the field by its path:
 *
 * - an unknown key names itself and the nearest valid field: `timeout is not a scenario field; did you
 *   mean "timeouts"?`
 * - a closed set or a union names the allowed values and what was given: `on: must be "source" or
 *   "target", got "sourcee"`
 * - an object given to a union of shapes is explained against the shape it came closest to, so a typo
 *   inside `{ table, expected }` is reported as that typo, not as "Invalid input".
 */
import type { z } from 'zod';
import { closestName } from './closest-name.ts';
import { fieldsAt } from './schema-keys.ts';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

export interface IssueWording {
  /** What a field at the root is called, e.g. "scenario field" or "rowCounts option". */
  readonly rootNoun: string;
}

/** zod's own messages; anything else was written by the schema's author and is kept as it is. */
const DEFAULT_MESSAGE = /^(Invalid (input|option|key|element|value)|Too (small|big)|Unrecognized key)/;

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  function: 'a function',
  bigint: 'a bigint',
  date: 'a date',
  null: 'null',
};

function pathText(path: Path): string {
  return path.map(String).join('.');
}

function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof RegExp) && !(value instanceof Date);
}

/** The given value, short: strings quoted and cut, structures by kind (they may hold secrets or be huge). */
export function previewValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'function') return 'a function';
  if (value instanceof RegExp) return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function article(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

function orList(words: readonly string[]): string {
  const unique = [...new Set(words)];
  return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} or ${unique.at(-1)}`;
}

function isCustom(issue: Issue): boolean {
  return !DEFAULT_MESSAGE.test(issue.message);
}

/** What one union branch accepts, when it rejected the value at its root; undefined when it went deeper. */
function branchExpectation(issues: readonly Issue[]): string[] | undefined {
  const root = issues.filter((issue) => issue.path.length === 0);
  if (root.length !== 1 || issues.length !== 1) return undefined;
  const [issue] = root as [Issue];
  if (issue.code === 'invalid_value') return issue.values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v)));
  if (issue.code === 'invalid_type') return [TYPE_WORDS[issue.expected] ?? `a ${issue.expected}`];
  if (issue.code === 'invalid_union') return issue.errors.flatMap((branch) => branchExpectation(branch) ?? []);
  return isCustom(issue) ? [issue.message.replace(/^must be /, '')] : undefined;
}

/** The branch an object value came closest to: it took the object, and failed on the fewest fields. */
function closestBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  const tookTheObject = branches.filter((issues) => !issues.some((issue) => issue.path.length === 0 && issue.code !== 'unrecognized_keys'));
  return tookTheObject.sort((a, b) => a.length - b.length)[0];
}

interface Context {
  readonly schema: z.core.$ZodType;
  readonly input: unknown;
  readonly wording: IssueWording;
}

/** One problem: its text, and for a typo the path of the field it probably meant. */
interface Problem {
  readonly text: string;
  /** Path of a required field reported missing. */
  readonly missing?: string;
  /** Path of the field a mistyped key was taken for. */
  readonly meant?: string;
}

function unknownKeyProblems(issue: z.core.$ZodIssueUnrecognizedKeys, context: Context, prefix: Path): Problem[] {
  const parent = [...prefix, ...issue.path];
  const fields = fieldsAt(context.schema, parent);
  const given = valueAt(context.input, parent);
  const unused = fields.filter((field) => !(isPlainObject(given) && field in given));
  return issue.keys.map((key) => {
    const where = parent.length === 0 ? `${key} is not ${article(context.wording.rootNoun)}` : `${pathText([...parent, key])} is not a field of ${pathText(parent)}`;
    const nearest = closestName(key, unused);
    if (nearest) return { text: `${where}; did you mean "${nearest}"?`, meant: pathText([...parent, nearest]) };
    return { text: fields.length > 0 ? `${where}; valid fields: ${fields.join(', ')}` : where };
  });
}

/** What the field must be, for a value that failed a type, a closed set or a union. */
function expectation(issue: Issue, value: unknown): string {
  if (issue.code === 'invalid_value') return `must be ${orList(issue.values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))))}`;
  if (isCustom(issue)) return issue.message;
  if (issue.code === 'invalid_type') return `must be ${TYPE_WORDS[issue.expected] ?? `a ${issue.expected}`}`;
  if (issue.code === 'invalid_union') {
    const allowed = issue.errors.map(branchExpectation);
    if (allowed.every((a) => a !== undefined)) return `must be ${orList(allowed.flat())}`;
  }
  return `is not valid (${previewValue(value)})`;
}

/** A size or range limit in words: "must be greater than 0", "must not be empty". */
function boundText(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint' || issue.origin === 'date') {
    if (small) return issue.inclusive ? `must be at least ${limit}` : `must be greater than ${limit}`;
    return issue.inclusive ? `must be at most ${limit}` : `must be less than ${limit}`;
  }
  if (small && limit === 1) return 'must not be empty';
  const unit = issue.origin === 'string' ? 'character(s)' : 'item(s)';
  return `must have ${small ? 'at least' : 'at most'} ${limit} ${unit}`;
}

function describe(issue: Issue, context: Context, prefix: Path): Problem[] {
  if (issue.code === 'unrecognized_keys') return unknownKeyProblems(issue, context, prefix);
  const path = [...prefix, ...issue.path];
  const value = valueAt(context.input, path);
  const at = (text: string): Problem[] => [{ text: path.length > 0 ? `${pathText(path)}: ${text}` : text }];
  if ((issue.code === 'too_small' || issue.code === 'too_big') && !isCustom(issue)) return at(`${boundText(issue)}, got ${previewValue(value)}`);
  if (issue.code === 'invalid_format' && isCustom(issue)) return at(`${issue.message}, got ${previewValue(value)}`);
  if (issue.code !== 'invalid_type' && issue.code !== 'invalid_value' && issue.code !== 'invalid_union') return at(issue.message);
  if (value === undefined && path.length > 0) {
    return [{ text: `${pathText(path)}: is required (${expectation(issue, value).replace(/^must be /, '')})`, missing: pathText(path) }];
  }
  // An object given where shapes are allowed: explain it against the shape it came closest to.
  if (issue.code === 'invalid_union' && isPlainObject(value)) {
    const branch = closestBranch(issue.errors);
    if (branch) return describeAll(branch, context, path);
  }
  return at(`${expectation(issue, value)}, got ${previewValue(value)}`);
}

function describeAll(issues: readonly Issue[], context: Context, prefix: Path): Problem[] {
  const problems = issues.flatMap((issue) => describe(issue, context, prefix));
  // `{ fil: 'x' }` for `{ file }` is one mistake, not two: no "file is required" when a typo points at it.
  const meant = new Set(problems.map((p) => p.meant).filter((m) => m !== undefined));
  return problems.filter((p) => p.missing === undefined || !meant.has(p.missing));
}

/**
 * One line per problem in `issues` (from `schema.safeParse(input)`), field paths relative to `input`.
 * `schema` is read to suggest the nearest valid field for an unknown key.
 */
export function describeZodIssues(schema: z.core.$ZodType, input: unknown, issues: readonly Issue[], wording: IssueWording): string[] {
  return [...new Set(describeAll(issues, { schema, input, wording }, []).map((p) => p.text))];
}
