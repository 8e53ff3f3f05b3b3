/**
 * Redaction by value: a known secret is masked whatever surrounds it, in the forms it takes once written.
 */
import { describe, expect, it, vi } from 'vitest';
import { addLogRedaction, createLogger } from '../../harness/log.ts';
import { redact } from '../../harness/report/render/redact.ts';
import { isSecretName, SecretRegistry } from '../../harness/report/render/secret-registry.ts';

const PASSWORD = 'S3cr3t/p@ss w0rd';

describe('SecretRegistry', () => {
  it('masks a known password in every surrounding the patterns miss', () => {
    const secrets = new SecretRegistry();
    secrets.add(PASSWORD);
    const lines = [
      `mysql -uroot -p${PASSWORD} shop`,
      `mysql --password ${PASSWORD}`,
      `password ${PASSWORD} rejected`,
      `error: ${PASSWORD}`,
      `url mariadb://root:${encodeURIComponent(PASSWORD)}@db/shop`,
      `form ${encodeURIComponent(PASSWORD).replace(/%20/g, '+')}`,
      `lower-case escapes ${encodeURIComponent(PASSWORD).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())}`,
      `json ${JSON.stringify({ p: PASSWORD })}`,
    ];
    for (const line of lines) {
      const masked = secrets.redact(line);
      expect(masked, line).not.toContain(PASSWORD);
      expect(masked, line).not.toContain(encodeURIComponent(PASSWORD));
      expect(masked, line).toContain('***');
    }
    // Without the registry, the pattern redaction alone lets most of them through: the reason it exists.
    expect(lines.filter((line) => redact(line).includes(PASSWORD)).length).toBeGreaterThan(2);
  });

  it('masks the piece of a secret left where a text was cut to its tail or head', () => {
    const secrets = new SecretRegistry();
    secrets.add('0123456789abcdef');
    expect(secrets.redact('…9abcdef rejected')).toBe('…*** rejected');
    expect(secrets.redact('login with 01234567…')).toBe('login with ***…');
    // Pieces shorter than the minimum, and pieces away from a cut, are left alone.
    expect(secrets.redact('…def rejected')).toBe('…def rejected');
    expect(secrets.redact('x 9abcdef y')).toBe('x 9abcdef y');
  });

  it('keeps text without secrets intact and ignores values too short to mask safely', () => {
    const secrets = new SecretRegistry();
    secrets.add('pw');
    secrets.add('');
    expect(secrets.size).toBe(0);
    expect(secrets.redact('rows copied: 12 pw')).toBe('rows copied: 12 pw');
  });

  it('learns URL passwords, secret-named variables and --password arguments', () => {
    const secrets = new SecretRegistry();
    secrets.addUrl('postgres://admin:Pa%24%24word1@db:5432/postgres');
    secrets.addUrl('not a url');
    secrets.addSources({
      env: { API_TOKEN: 'tok-123456', DB_PWD: 'pwd-654321', HOME: '/home/rehearse', DATABASE_URL: 'mysql://app:urlpass1@db/app' },
      args: ['--password', 'argpass1', '--password=argpass2', '-p5432', 'postgres://u:argurlpass@h/db'],
    });
    const text = 'Pa$$word1 Pa%24%24word1 tok-123456 pwd-654321 urlpass1 argpass1 argpass2 argurlpass /home/rehearse 5432';
    expect(secrets.redact(text)).toBe('*** *** *** *** *** *** *** *** /home/rehearse 5432');
  });

  it('masks every string of a report-like value, keys included, without touching the original', () => {
    const secrets = new SecretRegistry();
    secrets.add('hunter22');
    const value = { steps: [{ description: 'cmd hunter22', output: 'ok' }], count: 3, hunter22: true };
    expect(secrets.redactDeep(value)).toEqual({ steps: [{ description: 'cmd ***', output: 'ok' }], count: 3, '***': true });
    expect(value.steps[0]!.description).toBe('cmd hunter22');
  });

  it('masks error messages and stacks in place', () => {
    const secrets = new SecretRegistry();
    secrets.add('hunter22');
    const error = secrets.redactError(new Error('login with hunter22 failed'));
    expect(error.message).toBe('login with *** failed');
    expect(error.stack).not.toContain('hunter22');
  });

  it('names secret variables as the README says', () => {
    for (const name of ['PASSWORD', 'MARIADB_ROOT_PASSWORD', 'db_passwd', 'CLIENT_SECRET', 'GITHUB_TOKEN', 'API_KEY', 'SECRET_KEY', 'DB_PWD']) expect(isSecretName(name), name).toBe(true);
    for (const name of ['HOME', 'PATH', 'PWD_HISTORY', 'USER', 'PGHOST']) expect(isSecretName(name), name).toBe(false);
  });
});

describe('log redaction', () => {
  it("masks a running rehearsal's secrets in debug lines, and stops when the run ends", () => {
    const previous = process.env.REHEARSE_DEBUG;
    process.env.REHEARSE_DEBUG = 'secret-test';
    const secrets = new SecretRegistry();
    secrets.add('hunter22');
    const written: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
    try {
      const logger = createLogger('secret-test');
      const stop = addLogRedaction(secrets.redact);
      logger.debug('connecting with hunter22');
      stop();
      logger.debug('after the run: hunter22');
    } finally {
      write.mockRestore();
      process.env.REHEARSE_DEBUG = previous ?? '';
      if (previous === undefined) delete process.env.REHEARSE_DEBUG;
    }
    expect(written).toEqual(['[secret-test] connecting with ***\n', '[secret-test] after the run: hunter22\n']);
  });
});
