/** @fileoverview Tests for the process table on recorded output: macOS `ps` text and a Linux /proc tree. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditNote } from '../model/audit.js';
import { parsePsOutput, readProc } from './process-table.js';

const RECORDED = fileURLToPath(new URL('../../../../test/fixtures/workstations/recorded/', import.meta.url));

describe('parsePsOutput', () => {
  const records = parsePsOutput(readFileSync(join(RECORDED, 'ps-macos.txt'), 'utf8'), new Map([[501, 'ana']]));

  it('reads pid, parent, uid, user and the whole command line of each process, spaces in paths included', () => {
    expect(records.find((record) => record.pid === 1203)).toEqual({
      pid: 1203,
      ppid: 980,
      uid: 501,
      user: 'ana',
      exe: 'node',
      commandLine: 'node /Users/ana/.npm-global/lib/node_modules/@anthropic-ai/claude-code/cli.js --resume',
    });
    expect(records.find((record) => record.pid === 977)?.commandLine).toContain('Code Helper (Plugin).app');
  });

  it('skips lines without a command and lines that are not ps rows', () => {
    expect(records.map((record) => record.pid)).toEqual([1, 412, 977, 1203, 1301]);
    expect(records.find((record) => record.pid === 1)?.user).toBeUndefined();
  });
});

describe('readProc', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A /proc entry as Linux lays it out: NUL-separated cmdline and environ, an exe link. */
  function addProcess(pid: string, argv: readonly string[], environ: readonly string[] = [], exe?: string): void {
    const dir = join(root, pid);
    mkdirSync(dir);
    writeFileSync(join(dir, 'cmdline'), argv.length > 0 ? `${argv.join('\0')}\0` : '');
    writeFileSync(join(dir, 'environ'), environ.map((entry) => `${entry}\0`).join(''));
    if (exe) symlinkSync(exe, join(dir, 'exe'));
  }

  it('reads processes, keeps only the wanted variables, skips kernel threads and non-process entries', () => {
    root = mkdtempSync(join(tmpdir(), 'aiguard-proc-'));
    addProcess('4242', ['node', '/usr/lib/node_modules/@anthropic-ai/claude-code/cli.js'], ['HOME=/home/ana', 'CLAUDECODE=1', 'SECRET=x'], '/usr/bin/node');
    addProcess('2', []);
    mkdirSync(join(root, 'self'));
    writeFileSync(join(root, 'uptime'), '1.0 2.0\n');
    const notes: AuditNote[] = [];
    const records = readProc({ procRoot: root, keepEnv: (name) => name === 'CLAUDECODE' }, notes);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ pid: 4242, exe: '/usr/bin/node', commandLine: 'node /usr/lib/node_modules/@anthropic-ai/claude-code/cli.js' });
    expect([...records[0]!.env!]).toEqual([['CLAUDECODE', '1']]);
    expect(notes).toEqual([]);
  });

  it('falls back to argv[0] when the exe link cannot be read, and notes a /proc it cannot list', () => {
    root = mkdtempSync(join(tmpdir(), 'aiguard-proc-'));
    addProcess('77', ['/home/ana/.local/bin/claude', '--resume']);
    expect(readProc({ procRoot: root })[0]).toMatchObject({ pid: 77, exe: '/home/ana/.local/bin/claude', commandLine: '/home/ana/.local/bin/claude --resume' });
    const notes: AuditNote[] = [];
    expect(readProc({ procRoot: join(root, 'missing') }, notes)).toEqual([]);
    expect(notes[0]).toMatchObject({ source: 'processes', message: 'cannot list processes (ENOENT)' });
  });
});
