/**
 * @fileoverview `aiguard scan` in a real pseudo-terminal (script(1)): the live line shows commits out of the total
 * git's commit-graph holds, redraws at a bounded rate, and the run ends with the same totals and exit code as a pipe.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- the bench script is plain JavaScript without type declarations.
import { generateHistory } from '../../bench/generate-history.mjs';
import { CLI_PATH, runCli } from '../helpers/run-cli.js';

const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

// Long enough that the history phase outlasts a few frames on a fast machine.
const COMMITS = 20_000;
const POLICY = join(import.meta.dirname, '..', 'fixtures', 'policies', 'valid', 'ban-anthropic.json');

/** Runs the CLI in a 200x10 pseudo-terminal; resolves everything the terminal received and the exit code. */
function runInTerminal(args: readonly string[]): Promise<{ output: string; exitCode: number | null }> {
  const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;
  const command = `stty cols 200 rows 10; exec ${[process.execPath, CLI_PATH, ...args].map(quote).join(' ')}`;
  return new Promise((resolve, reject) => {
    // stdin stays open: script ends its session when its stdin reaches end of file.
    const child = spawn('script', ['-qec', command, '/dev/null'], { env: { ...process.env, CI: '', NO_COLOR: '', TERM: 'xterm-256color' }, stdio: ['pipe', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      child.stdin.end();
      resolve({ output, exitCode });
    });
  });
}

const totals = (text: string): string[] => stripVTControlCharacters(text).split(/\r?\n/).filter((line) => /^(Scanned [\d,]+ commits|Findings:)/.test(line));

describe.skipIf(!hasScript)('aiguard scan in a terminal', () => {
  let root: string;
  let repo: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'aiguard-terminal-'));
    repo = await (generateHistory as (dir: string, count: number) => Promise<string>)(join(root, 'history'), COMMITS);
    execFileSync('git', ['commit-graph', 'write', '--reachable'], { cwd: repo });
  }, 180_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('shows commits out of the commit-graph total, redraws at most ten times a second, and ends like the plain report', async () => {
    const args = ['scan', repo, '--no-cache', '--policy', POLICY];
    const [plain, terminal] = [await runCli(args), await runInTerminal(args)];
    expect(plain.exitCode, String(plain.stderr)).toBe(1);
    expect(terminal.exitCode).toBe(plain.exitCode);

    const frames = stripVTControlCharacters(terminal.output).split('\r').filter((frame) => /^[…✔]/.test(frame));
    expect(frames.some((frame) => new RegExp(`^… Scanning history: [\\d,]+ / ${COMMITS.toLocaleString('en-US')} commits \\([\\d,]+/s`).test(frame))).toBe(true);
    const final = /^✔ Scanned 20,000 commits in (\d+\.\d) s$/.exec(frames.at(-1)!);
    expect(final).not.toBeNull();
    // Ten frames a second over the scan's run, plus the first and the final frame (and rounding of the time shown).
    expect(frames.length).toBeLessThanOrEqual(Math.ceil((Number(final![1]) + 0.1) * 10) + 2);

    expect(totals(terminal.output)).toEqual(totals(String(plain.stdout)));
    expect(totals(String(plain.stdout))).toHaveLength(2);
  }, 120_000);
});
