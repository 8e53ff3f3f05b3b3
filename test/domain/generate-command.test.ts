/**
 * `rehearse generate NAME`: generators come from domain packages (bundled, ./scenarios of the current
 * folder, --domain FILE), their declared options make the help and the value checks, and bad input is
 * one line with exit 2.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineDomain, type Generator } from '../../harness/index.ts';
import { ROOT } from '../support/run-cli.ts';

/** A domain package as a user writes it: a generator writing N numbered lines. */
function domainSource(domainName: string, generatorName: string): string {
  return `import { writeFile } from 'node:fs/promises';
import { BadInputError, defineDomain } from 'rehearse';

export default defineDomain({
  name: '${domainName}',
  generators: [
    {
      name: '${generatorName}',
      description: 'numbered lines',
      options: [
        { flag: 'rows', placeholder: 'n', required: true, description: 'how many lines' },
        { flag: 'style', choices: ['plain', 'padded'], default: 'plain', description: 'line style' },
        { flag: 'shout', kind: 'flag', description: 'upper-case the lines' },
      ],
      help: 'Writes one line per row.',
      async generate(options, out, progress) {
        const rows = Number(options.rows);
        if (!Number.isInteger(rows) || rows < 1) throw new BadInputError('--rows must be a whole number of at least 1');
        progress('writing');
        const lines = Array.from({ length: rows }, (_, i) => (options.style === 'padded' ? String(i + 1).padStart(3, '0') : String(i + 1)));
        await writeFile(out, lines.map((line) => (options.shout ? 'ROW ' : 'row ') + line).join('\\n') + '\\n');
        return { summary: rows + ' rows', warnings: rows > 2 ? ['more than two rows'] : [] };
      },
    },
  ],
});
`;
}

let project: string;
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'rehearse-domain-project-'));
  mkdirSync(join(project, 'scenarios/demo'), { recursive: true });
  writeFileSync(join(project, 'scenarios/demo/domain.ts'), domainSource('demo', 'numbers'));
  mkdirSync(join(project, 'elsewhere'));
  writeFileSync(join(project, 'elsewhere/domain.ts'), domainSource('other', 'more-numbers'));
  writeFileSync(join(project, 'elsewhere/clash.ts'), domainSource('clash', 'pod'));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

function rehearse(args: readonly string[], cwd = ROOT) {
  return execa('node', [join(ROOT, 'bin/rehearse.js'), ...args], { cwd, reject: false, env: { CI: 'true' } });
}

describe('rehearse generate', () => {
  it('--help lists the bundled generators with their domain', async () => {
    const run = await rehearse(['generate', '--help']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/pod \[options\]\s+an Esup-Pod snapshot/);
    expect(run.stdout).toContain('[esup-pod]');
  });

  it('an unknown NAME is one line naming it and the known generators, exit 2', async () => {
    const run = await rehearse(['generate', 'podd', '--version', 'v3']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^rehearse: generator "podd" is not known\. Known generators: djnro, pod, sahana\b/)]);
  });

  it("finds ./scenarios/*/domain.ts of the current folder, and --domain FILE", async () => {
    const help = await rehearse(['generate', '--domain', 'elsewhere/domain.ts', '--help'], project);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toMatch(/numbers \[options\]\s+numbered lines \[demo\]/);
    expect(help.stdout).toMatch(/more-numbers \[options\]\s+numbered lines \[other\]/);
    expect(help.stdout).toContain('[esup-pod]');

    const generatorHelp = await rehearse(['generate', 'numbers', '--help'], project);
    expect(generatorHelp.stdout).toMatch(/--rows <n>\s+how many lines/);
    expect(generatorHelp.stdout).toMatch(/--style <value>\s+line style \(choices: "plain", "padded", default: "plain"\)/);
    expect(generatorHelp.stdout).toContain('Writes one line per row.');

    const run = await rehearse(['generate', '--domain', 'elsewhere/domain.ts', 'more-numbers', '--rows', '3', '--style', 'padded', '--shout', '--out', 'lines.txt'], project);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^wrote ${join(project, 'lines.txt')}: 3 rows in \\d+ ms$`));
    expect(run.stderr).toBe('warning: more than two rows');
    expect(readFileSync(join(project, 'lines.txt'), 'utf8')).toBe('ROW 001\nROW 002\nROW 003\n');
  });

  it('checks the declared options before generating, and the generator checks the rest: one line, exit 2', async () => {
    const cases: [readonly string[], RegExp][] = [
      [['generate', 'numbers', '--out', 'x.txt'], /required option '--rows <n>' not specified/],
      [['generate', 'numbers', '--rows', '2', '--style', 'fancy', '--out', 'x.txt'], /'--style <value>' argument 'fancy' is invalid\. Allowed choices are plain, padded/],
      [['generate', 'numbers', '--rows', '2'], /required option '--out <file>' not specified/],
      [['generate', 'numbers', '--rows', '0', '--out', 'x.txt'], /^rehearse: --rows must be a whole number of at least 1$/],
      [['generate', '--domain', 'elsewhere/missing.ts', 'numbers'], /^rehearse: --domain elsewhere\/missing\.ts: no such file$/],
      [['generate', '--domain', 'elsewhere/clash.ts', 'pod'], /^rehearse: generator "pod" is defined by two domains: esup-pod \(.*\) and clash \(.*clash\.ts\)$/],
    ];
    for (const [args, message] of cases) {
      const run = await rehearse(args, project);
      expect(run.exitCode, args.join(' ')).toBe(2);
      expect(run.stderr.split('\n')[0], args.join(' ')).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('defineDomain', () => {
  const generator = (name: string, flags: string[] = []): Generator => ({
    name,
    description: 'd',
    options: flags.map((flag) => ({ flag, description: flag })),
    generate: async () => ({ summary: '' }),
  });

  it('accepts a well-formed domain and keeps its presets', () => {
    const domain = defineDomain({ name: 'my-system', generators: [generator('rows', ['row-count'])], presets: { answer: 42 } });
    expect(domain.presets.answer).toBe(42);
    expect(domain.generators.map((g) => g.name)).toEqual(['rows']);
  });

  it('names the fault of a malformed domain', () => {
    expect(() => defineDomain({ name: 'My System', generators: [] })).toThrow(/domain "My System": name must be kebab-case/);
    expect(() => defineDomain({ name: 'x', generators: [generator('a'), generator('a')] })).toThrow(/two generators are named "a"/);
    expect(() => defineDomain({ name: 'x', generators: [generator('a', ['out'])] })).toThrow(/option --out: --out is the CLI's own option/);
    expect(() => defineDomain({ name: 'x', generators: [generator('a', ['--rows'])] })).toThrow(/option ----rows: the flag must be kebab-case/);
  });
});
