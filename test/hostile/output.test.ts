/**
 * @fileoverview Output that attacks the reader: control characters in subjects and paths must reach no terminal raw
 * (hooks' stderr, `remote:` lines, reports), and a reader that closes stdout early must not turn the exit code into 1.
 */
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI_PATH } from '../helpers/run-cli.js';
import { TRAILER } from './cases.js';
import { createHostileWorld, type HostileWorld } from './hostile-world.js';

/** Runs the CLI and closes its stdout after the first chunk, as `| head -1` does; resolves with its exit code and stderr. */
function runAndCloseEarly(args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ exitCode: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI_PATH, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (exitCode) => resolve({ exitCode, stderr }));
  });
}

// ESC[2J clears the screen, OSC 0 sets the window title, CR returns to the line start, LF forges a new line.
const FORGED = 'x\x1b[2J\x1b]0;pwned\x07\rremote: all clear\nremote: push accepted';

describe('output that attacks the reader', () => {
  let world: HostileWorld | undefined;
  afterEach(() => {
    world?.cleanup();
    world = undefined;
  });

  it('ends `catalog --format json | head -1` quietly with exit 0, not a stack trace and exit 1', async () => {
    world = createHostileWorld();
    const result = await runAndCloseEarly(['catalog', '--format', 'json'], world.env);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
  });

  it('keeps the blocking exit code 1 of a scan whose reader went away', async () => {
    world = createHostileWorld();
    for (let i = 0; i < 200; i++) world.commit(`step ${i}\n\n${TRAILER}\n`);
    const result = await runAndCloseEarly(['scan', world.work, '--format', 'json'], world.env);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(1);
  });

  it('escapes a hostile subject and path in pre-receive `remote:` lines and pre-push stderr', async () => {
    world = createHostileWorld();
    world.commit(`${FORGED}\n\n${TRAILER}\n`, { [`${FORGED}/CLAUDE.md`]: 'memory\n' });
    for (const result of [await world.pushToServer(['main']), await world.pushWithPrePush(['main'])]) {
      expect(result.exitCode).toBe(1);
      expect(result.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
      expect(result.stderr).not.toMatch(/^(remote: )?remote: all clear/m);
      expect(result.stderr).toContain('\\u{1b}[2J');
    }
  });

  it('escapes a hostile path in the text, CSV and Markdown reports', async () => {
    world = createHostileWorld();
    world.commit('memory\n', { [`${FORGED}/CLAUDE.md`]: 'memory\n' });
    for (const format of ['text', 'csv', 'markdown']) {
      const result = await world.sandbox.aiguard(world.work, ['scan', world.work, '--format', format], { env: world.env });
      expect(result.exitCode, result.stderr).toBe(1);
      expect(result.stdout).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/);
      expect(result.stdout).not.toMatch(/^remote: all clear/m);
    }
  });
});
