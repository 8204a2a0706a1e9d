// `aiguard audit` over fixture home folders in Linux, macOS and Windows layouts, one home or every user as root.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCleanHome, buildLinuxHome, buildMacHome, buildWindowsHome, makeTempFolder, removeFixture } from '../fixtures/workstations/build-workstation.js';
import { runCli } from '../helpers/run-cli.js';

interface JsonFinding {
  assistant: string;
  signature: string;
  verdict: string;
  source: string;
  location: { path?: string; user?: string; extensionId?: string; pid?: number };
  evidence: string;
}

let root: string;
let policy: string;
const homes: Record<'linux' | 'darwin' | 'win32' | 'clean', string> = { linux: '', darwin: '', win32: '', clean: '' };

beforeAll(() => {
  root = makeTempFolder('audit-homes');
  homes.linux = join(root, 'home', 'ana');
  homes.darwin = join(root, 'Users', 'bea');
  homes.win32 = join(root, 'Users', 'Carl');
  homes.clean = join(root, 'home', 'dee');
  buildLinuxHome(homes.linux);
  buildMacHome(homes.darwin);
  buildWindowsHome(homes.win32);
  buildCleanHome(homes.clean);
  policy = join(root, 'policy.json');
  writeFileSync(policy, JSON.stringify({ default: 'warn', assistants: { 'claude-code': 'block', 'claude-desktop': 'block' } }));
});

afterAll(() => removeFixture(root));

/** Audits one home (home-derived sources only, so the machine running the tests does not leak in). */
async function auditJson(home: string, platform: string, extra: string[] = []) {
  const result = await runCli(['audit', '--home', home, '--platform', platform, '--only', 'home,extensions', '--policy', policy, '--format', 'json', ...extra]);
  return { result, report: JSON.parse(result.stdout) as { target: { users: string[]; host: string }; findings: JsonFinding[]; audit: { platform: string } } };
}

describe('aiguard audit --home', () => {
  it('finds Claude Code folders and extension, Codex, Cline in Cursor and remote-server extensions in a Linux home', async () => {
    const { result, report } = await auditJson(homes.linux, 'linux');
    expect(result.exitCode).toBe(1);
    const signatures = report.findings.map((finding) => finding.signature);
    expect(signatures).toEqual(
      expect.arrayContaining([
        'claude-code/home-dir',
        'claude-code/vscode-extension',
        'openai-codex/home-dir',
        'cline/vscode-extension',
        'github-copilot/vscode-extension',
        'continue/vscode-extension',
      ]),
    );
    const home = report.findings.find((finding) => finding.signature === 'claude-code/home-dir')!;
    expect(home).toMatchObject({ verdict: 'block', source: 'home', location: { path: join(homes.linux, '.claude'), user: 'ana' } });
    // One finding per user and signature, not one per file under ~/.claude.
    expect(signatures.filter((signature) => signature === 'claude-code/home-dir')).toHaveLength(1);
    const extension = report.findings.find((finding) => finding.signature === 'claude-code/vscode-extension')!;
    expect(extension).toMatchObject({ verdict: 'block', source: 'extensions', location: { extensionId: 'anthropic.claude-code', path: join(homes.linux, '.vscode/extensions/anthropic.claude-code-2.1.0') } });
    const copilot = report.findings.find((finding) => finding.signature === 'github-copilot/vscode-extension')!;
    expect(copilot.evidence).toContain('VS Code Server');
    expect(report.findings.find((f) => f.signature === 'continue/vscode-extension')!.evidence).toContain('code-server');
  });

  it('reads a macOS layout: Claude desktop app data and an unpacked JetBrains plugin', async () => {
    const { report } = await auditJson(homes.darwin, 'darwin');
    expect(report.audit.platform).toBe('darwin');
    const bySignature = new Map(report.findings.map((finding) => [finding.signature, finding]));
    expect(bySignature.get('claude-desktop/app-data-macos')).toMatchObject({ verdict: 'block', location: { path: join(homes.darwin, 'Library/Application Support/Claude') } });
    expect(bySignature.get('cursor/app-data')?.location.path).toBe(join(homes.darwin, 'Library/Application Support/Cursor'));
    expect(bySignature.get('claude-code/jetbrains-plugin')?.location.extensionId).toBe('com.anthropic.code.plugin');
    expect(bySignature.has('claude-desktop/community-linux-config')).toBe(false);
  });

  it('reads a Windows layout: AppData\\Roaming\\Claude and AppData\\Local\\crush', async () => {
    const { report } = await auditJson(homes.win32, 'win32');
    const signatures = report.findings.map((finding) => finding.signature);
    expect(signatures).toEqual(expect.arrayContaining(['claude-desktop/app-data-windows', 'crush/user-config-windows', 'claude-code/home-dir', 'cursor/app-data']));
    expect(signatures).not.toContain('claude-desktop/app-data-macos');
  });

  it('stays silent on a home with only look-alike folders and ordinary extensions', async () => {
    const { result, report } = await auditJson(homes.clean, 'linux');
    expect(report.findings).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  it('never reads credential files into the report', async () => {
    for (const format of ['json', 'text', 'sarif']) {
      const result = await runCli(['audit', '--home', homes.linux, '--platform', 'linux', '--only', 'home,extensions', '--format', format]);
      expect(result.stdout).not.toContain('never-read-me');
    }
  });
});

describe('aiguard audit as root across users', () => {
  it('audits every user in the passwd file with a real home and skips system accounts', async () => {
    const passwd = join(root, 'passwd');
    mkdirSync(join(root, 'var', 'lib', 'daemon'), { recursive: true });
    writeFileSync(
      passwd,
      [
        'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
        `svc:x:999:999:service:${join(root, 'var', 'lib', 'daemon')}:/usr/sbin/nologin`,
        'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin',
        `ana:x:1000:1000:Ana:${homes.linux}:/bin/bash`,
        `dee:x:1001:1001:Dee:${homes.clean}:/bin/bash`,
        `gone:x:1002:1002:Gone:${join(root, 'home', 'gone')}:/bin/bash`,
        '',
      ].join('\n'),
    );
    const result = await runCli(['audit', '--all-users', '--passwd-file', passwd, '--platform', 'linux', '--only', 'home,extensions', '--policy', policy, '--format', 'json']);
    const report = JSON.parse(result.stdout) as { target: { users: string[] }; findings: JsonFinding[] };
    expect(report.target.users).toEqual(['ana', 'dee']);
    expect(new Set(report.findings.map((finding) => finding.location.user))).toEqual(new Set(['ana']));
    expect(result.exitCode).toBe(1);
  });
});

describe('aiguard audit report formats', () => {
  it('names the folder, the extension and the verdict in text, json and sarif', async () => {
    for (const format of ['text', 'json', 'sarif']) {
      const result = await runCli(['audit', '--home', homes.linux, '--platform', 'linux', '--only', 'home,extensions', '--policy', policy, '--format', format]);
      expect(result.exitCode, format).toBe(1);
      expect(result.stdout, format).toContain(join(homes.linux, '.claude'));
      expect(result.stdout, format).toContain('anthropic.claude-code');
      expect(result.stdout.toLowerCase(), format).toMatch(/block|error/);
    }
  });

  it('--redact hashes the user, host and home paths with the salt, and needs a salt', async () => {
    const missing = await runCli(['audit', '--home', homes.linux, '--redact'], { env: { AIGUARD_REDACT_SALT: '' } });
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('--redact needs a salt');
    const args = ['audit', '--home', homes.linux, '--platform', 'linux', '--only', 'home,extensions', '--format', 'json', '--redact'];
    const first = await runCli([...args, '--redact-salt', 'org-salt']);
    const again = await runCli(args, { env: { AIGUARD_REDACT_SALT: 'org-salt' } });
    const other = await runCli([...args, '--redact-salt', 'other-salt']);
    expect(first.stdout).not.toContain(homes.linux);
    expect(first.stdout).not.toContain('"ana"');
    expect(first.stdout).toContain('/.claude');
    const report = JSON.parse(first.stdout) as { target: { users: string[]; host: string } };
    expect(report.target.users[0]).toMatch(/^user-[0-9a-f]{16}$/);
    expect(report.target.host).toMatch(/^host-[0-9a-f]{16}$/);
    // Each run has its own id and start time; everything else hashes the same with the same salt.
    const withoutRunClock = (stdout: string) => stdout.replace(/"(runId|startedAt)": "[^"]*"/g, '"$1": ""');
    expect(withoutRunClock(again.stdout)).toBe(withoutRunClock(first.stdout));
    expect(withoutRunClock(other.stdout)).not.toBe(withoutRunClock(first.stdout));
  });

  it('rejects unknown sources and platforms with a usage error', async () => {
    const badSource = await runCli(['audit', '--only', 'home,teleport']);
    expect(badSource.exitCode).toBe(2);
    expect(badSource.stderr).toContain('--only must be one of');
    const badPlatform = await runCli(['audit', '--platform', 'beos']);
    expect(badPlatform.exitCode).toBe(2);
  });
});
