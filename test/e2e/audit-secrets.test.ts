// What an audit report must never carry: secret values (env, command lines, credential files) and, with --redact,
// the user names, host name and home paths it hashes with the organisation's salt.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLinuxHome, makeRepository, makeTempFolder, removeFixture, writeTree } from '../fixtures/workstations/build-workstation.js';
import { runCli } from '../helpers/run-cli.js';

const SECRETS = {
  anthropic: 'sk-ant-secret123-env-value',
  oauth: 'sk-ant-oat01-secret456-env-value',
  cursor: 'key_secret789cursor',
  argv: 'sk-ant-secret-on-the-command-line',
  environ: 'sk-ant-secret-in-proc-environ',
  credentialFile: 'sk-ant-oat01-secret-in-credentials-json',
  stateFile: 'sk-ant-secret-in-claude-json',
};
/** A user name that cannot occur by chance in a report. */
const USER = 'zoltanqx';

interface JsonFinding {
  signature: string;
  verdict: string;
  source: string;
  location: { path?: string; user?: string; pid?: number; repository?: string };
  evidence: string;
}

let base: string;
let home: string;
let policy: string;
let claude: ChildProcess;

beforeAll(async () => {
  base = makeTempFolder('audit-secrets');
  home = join(base, 'home', USER);
  buildLinuxHome(home);
  writeTree(home, {
    '.claude/.credentials.json': JSON.stringify({ claudeAiOauth: { accessToken: SECRETS.credentialFile } }),
    '.claude.json': JSON.stringify({ oauthAccount: { token: SECRETS.stateFile }, userID: USER }),
    '.local/bin/': '',
    '.codex/': '',
    '.gemini/settings.json': '{}',
  });
  // Credential files as FIFOs: opening one blocks until a writer comes, so an audit that tried to read one would hang.
  for (const fifo of ['.codex/auth.json', '.gemini/oauth_creds.json']) execFileSync('mkfifo', [join(home, fifo)]);
  makeRepository(join(home, 'src', 'app'), { 'CLAUDE.md': '# memory\n' });
  writeTree(home, { 'src/locked/x.txt': 'x' });
  symlinkSync(process.execPath, join(home, '.local', 'bin', 'claude'));
  policy = join(base, 'policy.json');
  writeFileSync(policy, JSON.stringify({ assistants: { 'claude-code': 'block' } }));
  claude = spawn(join(home, '.local', 'bin', 'claude'), ['-e', 'setInterval(() => {}, 1000)', '--', '--api-key', SECRETS.argv], {
    env: { PATH: process.env.PATH, CLAUDECODE: '1', ANTHROPIC_API_KEY: SECRETS.environ, CLAUDE_CODE_OAUTH_TOKEN: SECRETS.environ },
    stdio: 'ignore',
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
});

afterAll(() => {
  claude.kill('SIGKILL');
  chmodSync(join(home, 'src', 'locked'), 0o755);
  removeFixture(base);
});

async function formats(): Promise<string[]> {
  const help = await runCli(['audit', '--help']);
  return /--format FORMAT\s+(.+?) \(default/.exec(help.stdout)![1]!.split(' | ');
}

const SECRET_ENV = { ANTHROPIC_API_KEY: SECRETS.anthropic, CLAUDE_CODE_OAUTH_TOKEN: SECRETS.oauth, CURSOR_API_KEY: SECRETS.cursor };
const AUDIT_ARGS = ['audit', '--home', '', '--root', '', '--only', 'home,extensions,processes,environment,repositories', '--policy', ''];
const auditArgs = (): string[] => AUDIT_ARGS.map((arg, index) => (index === 2 ? home : index === 4 ? join(home, 'src') : index === 8 ? policy : arg));

describe('aiguard audit never reports a secret', () => {
  it('names API key and token variables, never their values, in every format', async () => {
    for (const format of await formats()) {
      const result = await runCli([...auditArgs(), '--format', format], { env: SECRET_ENV });
      for (const [what, secret] of Object.entries(SECRETS)) expect(result.stdout + result.stderr, `${format}: ${what}`).not.toContain(secret);
      // Markdown escapes underscores; the name is what matters.
      const text = result.stdout.replace(/\\_/g, '_');
      expect(text, format).toContain('CLAUDE_CODE_OAUTH_TOKEN');
      expect(text, format).toContain('CURSOR_API_KEY');
      expect(text, format).toContain('ANTHROPIC_API_KEY');
    }
  });

  it('reports a credential variable as a warning by name, and the process command line with the key masked', async () => {
    const result = await runCli([...auditArgs(), '--format', 'json'], { env: SECRET_ENV });
    const findings = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.find((finding) => finding.signature === 'claude-code/oauth-token-env' && finding.source === 'environment')).toMatchObject({
      verdict: 'warn',
      evidence: "CLAUDE_CODE_OAUTH_TOKEN is set in the audit's environment",
    });
    expect(findings.find((finding) => finding.signature === 'any-agent/anthropic-api-key-env' && finding.source === 'environment')).toMatchObject({
      verdict: 'warn',
      evidence: "ANTHROPIC_API_KEY is set in the audit's environment",
    });
    expect(findings.find((finding) => finding.signature === 'cursor/api-key-env' || finding.evidence.startsWith('CURSOR_API_KEY'))?.evidence).toBe("CURSOR_API_KEY is set in the audit's environment");
    const processFinding = findings.find((finding) => finding.signature === 'claude-code/process' && finding.location.pid === claude.pid);
    expect(processFinding?.evidence).toContain('--api-key ***');
    expect(findings.find((finding) => finding.signature === 'claude-code/oauth-token-env' && finding.location.pid === claude.pid)?.evidence).toBe(`pid ${claude.pid} environment has CLAUDE_CODE_OAUTH_TOKEN`);
  });

  it('names the folder that holds credential files and never opens them (FIFOs would hang it)', async () => {
    const result = await runCli(['audit', '--home', home, '--only', 'home,extensions', '--policy', policy, '--format', 'json']);
    expect(result.exitCode).toBe(1);
    const findings = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.map((finding) => finding.location.path)).toEqual(expect.arrayContaining([join(home, '.claude'), join(home, '.codex'), join(home, '.gemini', 'settings.json')]));
    expect(result.stdout).not.toContain(SECRETS.credentialFile);
    expect(result.stdout).not.toContain(SECRETS.stateFile);
  });
});

describe('aiguard audit --redact', () => {
  const redactedArgs = (salt: string, format = 'json'): string[] => [...auditArgs(), '--format', format, '--redact', '--redact-salt', salt];

  it('leaves no user name, home path or host name in any format', async () => {
    // An unreadable folder under the home, so a note carries a home path too (root reads through chmod 000, so
    // as root there is no note, which the redaction test does not need).
    chmodSync(join(home, 'src', 'locked'), 0o000);
    const host = hostname();
    for (const format of await formats()) {
      const result = await runCli(redactedArgs('org-salt', format), { env: SECRET_ENV });
      expect(result.exitCode, `${format}: ${result.stderr}`).toBe(1);
      expect(result.stdout, format).not.toContain(home);
      expect(result.stdout, format).not.toContain(USER);
      if (host.length >= 4) expect(result.stdout, format).not.toContain(host);
      // What was found stays readable.
      expect(result.stdout, format).toContain('/.claude');
      expect(result.stdout, format).toContain('anthropic.claude-code');
    }
    chmodSync(join(home, 'src', 'locked'), 0o755);
  });

  it('hashes the same user and host to the same tokens with the same salt, and to others with another', async () => {
    const tokens = async (salt: string): Promise<{ users: string[]; host: string; findingUsers: string[]; paths: string[] }> => {
      const result = await runCli(redactedArgs(salt), { env: SECRET_ENV });
      const report = JSON.parse(result.stdout) as { target: { users: string[]; host: string }; findings: JsonFinding[] };
      const homeFindings = report.findings.filter((finding) => finding.source === 'home' || finding.source === 'extensions' || finding.source === 'repositories');
      return {
        users: report.target.users,
        host: report.target.host,
        findingUsers: [...new Set(report.findings.map((finding) => finding.location.user).filter((user): user is string => user !== undefined))].sort(),
        paths: [...new Set(homeFindings.map((finding) => finding.location.repository ?? finding.location.path ?? ''))].sort(),
      };
    };
    const first = await tokens('org-salt');
    const again = await tokens('org-salt');
    const other = await tokens('another-salt');
    expect(first.users).toEqual([expect.stringMatching(/^user-[0-9a-f]{16}$/)]);
    expect(first.host).toMatch(/^host-[0-9a-f]{16}$/);
    expect(first.findingUsers).toContain(first.users[0]);
    expect(first.paths.some((path) => path.startsWith(`~${first.users[0]}/`))).toBe(true);
    expect(again).toEqual(first);
    expect(other.users[0]).not.toBe(first.users[0]);
    expect(other.host).not.toBe(first.host);
  });
});
