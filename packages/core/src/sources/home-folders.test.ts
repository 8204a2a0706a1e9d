/** @fileoverview Tests for the home-folder source on recorded input: a passwd file and home trees probed for catalog paths. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditNote } from '../model/audit.js';
import { probeHomePaths, readUserNames, usersFromPasswd } from './home-folders.js';

const RECORDED = fileURLToPath(new URL('../../../../test/fixtures/workstations/recorded/', import.meta.url));

describe('usersFromPasswd', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('keeps root and people with a real home, and leaves out system accounts, nobody and missing homes', () => {
    root = mkdtempSync(join(tmpdir(), 'aiguard-passwd-'));
    // The recorded file's homes, moved under the temp folder so that they exist (ci's is left missing).
    const passwd = readFileSync(join(RECORDED, 'passwd'), 'utf8').replaceAll(':/home/', `:${root}/home/`).replace(':/root:', `:${root}/root:`);
    writeFileSync(join(root, 'passwd'), passwd);
    for (const home of ['root', 'home/ana']) mkdirSync(join(root, home), { recursive: true });
    expect(usersFromPasswd(join(root, 'passwd'))).toEqual([
      { user: 'root', home: join(root, 'root'), uid: 0 },
      { user: 'ana', home: join(root, 'home/ana'), uid: 1000 },
    ]);
  });

  it('notes an unreadable passwd file', () => {
    root = mkdtempSync(join(tmpdir(), 'aiguard-passwd-'));
    const notes: AuditNote[] = [];
    usersFromPasswd(join(root, 'missing'), notes);
    expect(notes[0]).toMatchObject({ source: 'home', message: 'cannot read the user list (ENOENT)' });
  });
});

describe('readUserNames', () => {
  it('maps every uid of a recorded passwd file to its name', () => {
    const names = readUserNames(join(RECORDED, 'passwd'));
    expect(names.get(1000)).toBe('ana');
    expect(names.get(0)).toBe('root');
  });
});

describe('probeHomePaths', () => {
  let home: string;
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('reports the probes that exist, and lists below a probe that asks for it', () => {
    home = mkdtempSync(join(tmpdir(), 'aiguard-home-'));
    mkdirSync(join(home, '.claude', 'projects', 'app'), { recursive: true });
    writeFileSync(join(home, '.claude', 'projects', 'app', 'session.jsonl'), '{}\n');
    writeFileSync(join(home, '.aider.conf.yml'), 'model: gpt-5\n');
    const records = probeHomePaths({ user: 'ana', home }, [
      { path: '.claude', list: true },
      { path: '.aider.conf.yml', list: false },
      { path: '.codex', list: true },
    ]);
    expect(records.map(({ relativePath, isDirectory }) => [relativePath, isDirectory])).toEqual([
      ['.claude', true],
      ['.claude/projects', true],
      ['.claude/projects/app', true],
      ['.claude/projects/app/session.jsonl', false],
      ['.aider.conf.yml', false],
    ]);
    expect(records.every((record) => record.user === 'ana' && record.home === home)).toBe(true);
  });
});
