// Issue #5 "done when": a machine with Claude Code's folders, its VS Code extension and a running claude-like process;
// `aiguard audit` names all three with the policy's verdict, in every format, for one --home and as root across users.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, symlinkSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLinuxHome, makeTempFolder, removeFixture, writeTree } from '../fixtures/workstations/build-workstation.js';
import { runCli } from '../helpers/run-cli.js';

interface JsonFinding {
  assistant: string;
  signature: string;
  verdict: string;
  decidedBy: string;
  source: string;
  location: { path?: string; user?: string; extensionId?: string; pid?: number };
  evidence: string;
}
interface JsonReport {
  target: { kind: string; host: string; os: string; users: string[] };
  findings: JsonFinding[];
}

const isRoot = process.getuid?.() === 0;
const canAddUsers = isRoot && process.platform === 'linux' && commandExists('useradd') && commandExists('userdel') && commandExists('setpriv');

let base: string;
let managed: string;
const children: ChildProcess[] = [];

function commandExists(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A Linux home with Claude Code's folders and VS Code extension, and Claude Code's native launcher in ~/.local/bin (here: Node). */
function buildClaudeHome(home: string): string {
  buildLinuxHome(home);
  writeTree(home, { '.local/bin/': '' });
  const launcher = join(home, '.local', 'bin', 'claude');
  symlinkSync(process.execPath, launcher);
  return launcher;
}

/** Starts `launcher` as Claude Code does: a long-lived process whose command line is the launcher, with CLAUDECODE=1. */
function startClaude(launcher: string, user?: { uid: number; gid: number }): ChildProcess {
  const argv = [launcher, '-e', 'setInterval(() => {}, 1000)'];
  const env = { PATH: process.env.PATH, CLAUDECODE: '1' };
  const child = user
    ? spawn('setpriv', [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups', '--', ...argv], { env, stdio: 'ignore' })
    : spawn(argv[0]!, argv.slice(1), { env, stdio: 'ignore' });
  children.push(child);
  return child;
}

/** Waits until the process has exec'd into the launcher (setpriv execs in place, so the pid stays). */
async function waitForExec(pid: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if (execFileSync('cat', [`/proc/${pid}/cmdline`]).toString().includes('.local/bin/claude')) return;
    } catch {
      // Not there yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`pid ${pid} never ran the claude launcher`);
}

/** The formats `aiguard audit --help` lists, so a renderer added later is held to the same test. */
async function auditFormats(): Promise<string[]> {
  const help = await runCli(['audit', '--help']);
  const line = /--format FORMAT\s+(.+?) \(default/.exec(help.stdout)?.[1];
  if (!line) throw new Error(`no --format line in aiguard audit --help:\n${help.stdout}`);
  return line.split(' | ');
}

/** What every format must show: the folder, the extension, the process (by pid) and a blocking verdict. */
function expectAllThreeNamed(format: string, stdout: string, home: string, pid: number): void {
  expect(stdout, format).toContain(join(home, '.claude'));
  expect(stdout, format).toContain('anthropic.claude-code');
  expect(stdout, format).toMatch(new RegExp(`\\b${pid}\\b`));
  expect(stdout.toLowerCase(), format).toMatch(/block|error|failure/);
}

beforeAll(() => {
  base = makeTempFolder('audit-claude');
  managed = join(base, 'managed.json');
  writeFileSync(managed, JSON.stringify({ assistants: { 'claude-code': 'block' } }));
});

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  removeFixture(base);
});

describe('a workstation with Claude Code installed and running', () => {
  it('audit --home names the folder, the extension and the process with the managed verdict, in JSON', async () => {
    const home = join(base, 'home', 'ana');
    const claude = startClaude(buildClaudeHome(home));
    await waitForExec(claude.pid!);
    const result = await runCli(['audit', '--home', home, '--only', 'home,extensions,processes', '--format', 'json'], { env: { AIGUARD_MANAGED_POLICY: managed, HOME: join(base, 'runner') } });
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.target).toMatchObject({ kind: 'workstation', users: ['ana'] });
    const decided = `managed policy ${managed} (assistants.claude-code: block)`;
    const bySignature = (signature: string, where: (finding: JsonFinding) => boolean = () => true) => report.findings.find((finding) => finding.signature === signature && where(finding));
    expect(bySignature('claude-code/home-dir')).toMatchObject({ verdict: 'block', decidedBy: decided, source: 'home', location: { path: join(home, '.claude'), user: 'ana' } });
    expect(bySignature('claude-code/vscode-extension')).toMatchObject({ verdict: 'block', decidedBy: decided, source: 'extensions', location: { extensionId: 'anthropic.claude-code', user: 'ana' } });
    expect(bySignature('claude-code/process', (finding) => finding.location.pid === claude.pid)).toMatchObject({ verdict: 'block', decidedBy: decided, source: 'processes' });
    expect(bySignature('claude-code/child-env', (finding) => finding.location.pid === claude.pid)?.evidence).toBe(`pid ${claude.pid} environment has CLAUDECODE`);
  });

  it('names all three in every report format, each exiting 1', async () => {
    const home = join(base, 'home', 'bea');
    const claude = startClaude(buildClaudeHome(home));
    await waitForExec(claude.pid!);
    const formats = await auditFormats();
    expect(formats).toEqual(expect.arrayContaining(['text', 'json', 'sarif']));
    for (const format of formats) {
      const result = await runCli(['audit', '--home', home, '--only', 'home,extensions,processes', '--format', format], { env: { AIGUARD_MANAGED_POLICY: managed, HOME: join(base, 'runner') } });
      expect(result.exitCode, `${format}: ${result.stderr}`).toBe(1);
      expectAllThreeNamed(format, result.stdout, home, claude.pid!);
    }
  });

  it('gives every record host, OS, user, source, assistant, verdict and evidence (JSON document, NDJSON lines)', async () => {
    const home = join(base, 'home', 'eli');
    const claude = startClaude(buildClaudeHome(home));
    await waitForExec(claude.pid!);
    const args = ['audit', '--home', home, '--only', 'home,extensions,processes,environment'];
    const env = { AIGUARD_MANAGED_POLICY: managed, HOME: join(base, 'runner'), CLAUDECODE: '1' };
    const json = JSON.parse((await runCli([...args, '--format', 'json'], { env })).stdout) as JsonReport;
    expect(json.target.host).not.toBe('');
    expect(json.target.os).toMatch(/^linux \S+/);
    const sources = new Set(json.findings.map((finding) => finding.source));
    expect([...sources].sort()).toEqual(['environment', 'extensions', 'home', 'processes']);
    expect(json.findings.find((finding) => finding.location.pid === claude.pid)?.location.user).toBe(userInfo().username);
    for (const finding of json.findings) {
      expect(finding, finding.signature).toEqual(
        expect.objectContaining({ host: json.target.host, os: json.target.os, assistant: expect.any(String), verdict: expect.stringMatching(/^(block|warn|info)$/), evidence: expect.any(String) }),
      );
      // Home, extension and environment findings belong to the audited user; process findings to the process owner.
      expect(finding.location.user, finding.signature).toEqual(finding.source === 'processes' ? expect.any(String) : 'eli');
    }
    const lines = (await runCli([...args, '--format', 'ndjson'], { env })).stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.type === 'finding');
    expect(lines.length).toBe(json.findings.length);
    for (const line of lines) {
      for (const key of ['host', 'os', 'user', 'source', 'assistant', 'verdict', 'evidence']) expect(line[key], `${String(line.signature)}: ${key}`).toEqual(expect.any(String));
    }
  });

  it('as root without --home, audits every user in the user list by default (fixture passwd)', async () => {
    const ana = join(base, 'home', 'cy');
    const dee = join(base, 'home', 'dee');
    buildClaudeHome(ana);
    writeTree(dee, { 'notes.txt': 'nothing here\n' });
    const passwd = join(base, 'passwd');
    writeFileSync(passwd, [`cy:x:1000:1000::${ana}:/bin/bash`, `dee:x:1001:1001::${dee}:/bin/bash`, 'daemon:x:1:1::/usr/sbin:/usr/sbin/nologin', ''].join('\n'));
    const result = await runCli(['audit', '--passwd-file', passwd, '--only', 'home,extensions', '--format', 'json'], { env: { AIGUARD_MANAGED_POLICY: managed, HOME: join(base, 'runner') } });
    const report = JSON.parse(result.stdout) as JsonReport;
    if (isRoot) {
      expect(report.target.users).toEqual(['cy', 'dee']);
      expect(report.findings.filter((finding) => finding.verdict === 'block').map((finding) => `${finding.location.user} ${finding.signature}`)).toEqual(
        expect.arrayContaining(['cy claude-code/home-dir', 'cy claude-code/vscode-extension']),
      );
      expect(result.exitCode).toBe(1);
    } else {
      // Not root: only the current user, whatever the user list says.
      expect(report.target.users).toHaveLength(1);
    }
  });

  // Real accounts: useradd/userdel on this machine (only as root on Linux), removed again in `finally`.
  it.skipIf(!canAddUsers)('as root across real users: a temporary user\'s folders, extension and running claude process', async () => {
    const name = `aiguard-t${process.pid}`;
    const home = join(base, 'home', name);
    const launcher = buildClaudeHome(home);
    execFileSync('useradd', ['-M', '-d', home, '-s', '/usr/sbin/nologin', name], { stdio: 'ignore' });
    try {
      const uid = Number(execFileSync('id', ['-u', name]).toString().trim());
      const gid = Number(execFileSync('id', ['-g', name]).toString().trim());
      chmodSync(base, 0o755);
      execFileSync('chown', ['-R', `${uid}:${gid}`, home]);
      chownSync(home, uid, gid);
      const claude = startClaude(launcher, { uid, gid });
      await waitForExec(claude.pid!);
      const formats = await auditFormats();
      for (const format of formats) {
        const result = await runCli(['audit', '--only', 'home,extensions,processes', '--format', format], { env: { AIGUARD_MANAGED_POLICY: managed, HOME: '/root' } });
        expect(result.exitCode, `${format}: ${result.stderr}`).toBe(1);
        expectAllThreeNamed(format, result.stdout, home, claude.pid!);
        if (format !== 'json') continue;
        const report = JSON.parse(result.stdout) as JsonReport;
        expect(report.target.users).toContain(name);
        const mine = report.findings.filter((finding) => finding.location.user === name).map((finding) => `${finding.verdict} ${finding.signature}`);
        // The process is named by its owner, read from the real user list.
        expect(mine).toEqual(expect.arrayContaining(['block claude-code/home-dir', 'block claude-code/vscode-extension', 'block claude-code/process', 'block claude-code/child-env']));
      }
    } finally {
      for (const child of children) child.kill('SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 200));
      execFileSync('userdel', [name], { stdio: 'ignore' });
    }
  });
});
