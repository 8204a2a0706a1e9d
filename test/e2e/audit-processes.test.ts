// `aiguard audit` against real processes started by the test: command lines, /proc environ markers, secrets by name.
import { spawn, type ChildProcess } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFolder, removeFixture, writeTree } from '../fixtures/workstations/build-workstation.js';
import { runCli } from '../helpers/run-cli.js';

const SLEEPER = 'setInterval(() => {}, 1000);\n';
const SECRET = 'sk-ant-oat01-do-not-report-this-value';

let root: string;
let policy: string;
const children: ChildProcess[] = [];

function start(script: string, env: NodeJS.ProcessEnv, args: string[] = []): ChildProcess {
  // A clean environment: only what the test sets, so the runner's own variables cannot create or hide evidence.
  const child = spawn(process.execPath, [script, ...args], { env: { PATH: process.env.PATH, ...env }, stdio: 'ignore' });
  children.push(child);
  return child;
}

interface JsonFinding {
  signature: string;
  verdict: string;
  source: string;
  location: { pid?: number; user?: string };
  evidence: string;
}

beforeAll(async () => {
  root = makeTempFolder('audit-processes');
  writeTree(root, {
    'lib/node_modules/@anthropic-ai/claude-code/cli.js': SLEEPER,
    'tools/claude': SLEEPER,
    'home/eve/.local/bin/': '',
  });
  // A launcher on PATH that resolves through a symlink into the npm package, as `npm i -g` makes it.
  symlinkSync(join(root, 'lib/node_modules/@anthropic-ai/claude-code/cli.js'), join(root, 'home/eve/.local/bin/claude'));
  policy = join(root, 'policy.json');
  writeFileSync(policy, JSON.stringify({ assistants: { 'claude-code': 'block' } }));
  // Let the children exec before the audit reads /proc.
  await new Promise((resolve) => setTimeout(resolve, 300));
});

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  removeFixture(root);
});

describe('aiguard audit: processes', () => {
  it('finds a claude-like process by its command line and its CLAUDECODE marker, naming secrets only', async () => {
    const claude = start(join(root, 'lib/node_modules/@anthropic-ai/claude-code/cli.js'), { CLAUDECODE: '1', CLAUDE_CODE_OAUTH_TOKEN: SECRET }, ['--resume']);
    // A program merely named `claude` elsewhere is too generic to count.
    const impostor = start(join(root, 'tools/claude'), {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    const result = await runCli(['audit', '--only', 'processes', '--policy', policy, '--format', 'json']);
    const report = JSON.parse(result.stdout) as { findings: JsonFinding[] };
    const mine = report.findings.filter((finding) => finding.location.pid === claude.pid);
    expect(mine.map((finding) => finding.signature).sort()).toEqual(['claude-code/child-env', 'claude-code/oauth-token-env', 'claude-code/process']);
    expect(mine.find((finding) => finding.signature === 'claude-code/process')).toMatchObject({ verdict: 'block', source: 'processes', location: { user: 'root' } });
    expect(mine.find((finding) => finding.signature === 'claude-code/child-env')?.evidence).toBe(`pid ${claude.pid} environment has CLAUDECODE`);
    // A credential is named, and never blocks on its own.
    expect(mine.find((finding) => finding.signature === 'claude-code/oauth-token-env')?.verdict).toBe('warn');
    expect(report.findings.some((finding) => finding.location.pid === impostor.pid)).toBe(false);
    expect(result.stdout).not.toContain(SECRET);
    expect(result.exitCode).toBe(1);
    for (const format of ['text', 'sarif']) {
      const other = await runCli(['audit', '--only', 'processes', '--policy', policy, '--format', format]);
      expect(other.stdout, format).toContain(`${claude.pid}`);
      expect(other.stdout, format).not.toContain(SECRET);
    }
  });

  it('reports its own environment by variable name, never by value', async () => {
    const result = await runCli(['audit', '--only', 'environment', '--format', 'json'], { env: { GEMINI_API_KEY: 'AIzaSy-secret-gemini-key-value', CLAUDECODE: '1' } });
    const report = JSON.parse(result.stdout) as { findings: JsonFinding[] };
    const signatures = report.findings.map((finding) => finding.signature);
    expect(signatures).toEqual(expect.arrayContaining(['gemini-cli/api-key-env', 'claude-code/child-env']));
    expect(result.stdout).not.toContain('AIzaSy-secret-gemini-key-value');
    expect(report.findings.find((finding) => finding.signature === 'gemini-cli/api-key-env')?.evidence).toBe("GEMINI_API_KEY is set in the audit's environment");
  });
});

describe('aiguard audit: packages and binaries', () => {
  it('resolves a PATH launcher through its symlink to the npm package', async () => {
    const result = await runCli(['audit', '--home', join(root, 'home/eve'), '--only', 'packages', '--policy', policy, '--format', 'json']);
    const report = JSON.parse(result.stdout) as { findings: (JsonFinding & { location: { path?: string } })[] };
    const npm = report.findings.find((finding) => finding.signature === 'claude-code/npm-package');
    expect(npm).toMatchObject({ verdict: 'block', source: 'packages', location: { path: join(root, 'home/eve/.local/bin/claude'), user: 'eve' } });
    expect(npm?.evidence).toContain('@anthropic-ai/claude-code/cli.js');
  });
});
