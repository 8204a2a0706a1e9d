/** @fileoverview The commit-msg hook end to end: block and strip modes through real `git commit`, runtime evidence, odd-case trailer keys. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_CLAUDE, CLAUDE_TRAILER, createHookSandbox, type HookSandbox } from '../helpers/hook-sandbox.js';

describe('aiguard hook run commit-msg', () => {
  let sandbox: HookSandbox;
  let blockRepo: string;
  let stripRepo: string;

  beforeAll(async () => {
    sandbox = createHookSandbox();
    blockRepo = sandbox.initRepo('block');
    stripRepo = sandbox.initRepo('strip');
    for (const repo of [blockRepo, stripRepo]) sandbox.commit(repo, 'Add the policy\n', { '.aiguard.json': BLOCK_CLAUDE });
    expect((await sandbox.aiguard(blockRepo, ['hook', 'install', '--hooks', 'commit-msg'])).exitCode).toBe(0);
    expect((await sandbox.aiguard(stripRepo, ['hook', 'install', '--hooks', 'commit-msg', '--mode', 'strip'])).exitCode).toBe(0);
  });
  afterAll(() => sandbox.cleanup());

  const commit = (repo: string, message: string, env?: NodeJS.ProcessEnv) => sandbox.git(repo, ['commit', '-q', '--allow-empty', '--cleanup=verbatim', '-F', '-'], { input: message, env });
  const head = (repo: string) => sandbox.gitOk(repo, 'rev-parse', 'HEAD');

  it('rejects a commit whose message carries a Claude co-author trailer and names the line and the rule', async () => {
    const before = head(blockRepo);
    const result = await commit(blockRepo, `Fix the parser\n\n${CLAUDE_TRAILER}\n`);
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('aiguard: commit blocked by the AI assistant policy');
    expect(result.stderr).toContain(`line 3 "${CLAUDE_TRAILER}"`);
    expect(result.stderr).toContain('claude-code/co-author-trailer');
    expect(result.stderr).toContain('.aiguard.json');
    expect(head(blockRepo)).toBe(before);
  });

  it('rejects an odd-case trailer key (co-AUTHORED-by:)', async () => {
    const result = await commit(blockRepo, 'Fix the lexer\n\nco-AUTHORED-by: Claude <noreply@anthropic.com>\n');
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('claude-code/co-author-trailer');
  });

  it('accepts a clean message', async () => {
    const before = head(blockRepo);
    const result = await commit(blockRepo, 'Fix the printer\n\nCo-authored-by: Bo Dev <bo@example.org>\n');
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(head(blockRepo)).not.toBe(before);
  });

  it('rejects even a clean message when the commit runs inside Claude Code (CLAUDECODE=1)', async () => {
    const before = head(blockRepo);
    const result = await commit(blockRepo, 'Tidy up\n', { CLAUDECODE: '1' });
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('CLAUDECODE');
    expect(result.stderr).toContain('claude-code/child-env');
    expect(head(blockRepo)).toBe(before);
  });

  it('judges comment lines and the text below a scissors line when no `git commit` shows how git will clean up (fail closed)', async () => {
    // Run by hand, not by git: whether git would keep these lines is unknown, so they count
    // (test/hostile/commit-msg-cleanup.test.ts checks every mode under a real git commit).
    const file = join(sandbox.root, 'verbose-msg');
    writeFileSync(file, `Explain the trailer docs\n\n# 🤖 Generated with [Claude Code](https://claude.com/claude-code)\n# ------------------------ >8 ------------------------\n+${CLAUDE_TRAILER}\n`);
    const result = await sandbox.aiguard(blockRepo, ['hook', 'run', 'commit-msg', file]);
    expect(result.exitCode, result.stderr).toBe(1);
  });

  it('in strip mode removes the trailer line, keeps every other byte, and lets the commit through', async () => {
    const message = `Résumé: parse  tabs\tand spaces  \r\n\r\nBody line with trailing blanks   \n${CLAUDE_TRAILER}\nSigned-off-by: Ana Human <ana@example.com>\nno final newline`;
    const result = await commit(stripRepo, message);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toContain('aiguard: removed line 4');
    expect(result.stderr).toContain('claude-code/co-author-trailer');
    const recorded = sandbox.gitOk(stripRepo, 'cat-file', 'commit', 'HEAD');
    const body = recorded.slice(recorded.indexOf('\n\n') + 2);
    expect(body).toBe(message.replace(`${CLAUDE_TRAILER}\n`, ''));
  });

  it('in strip mode rewrites the message file byte for byte except the removed lines, folded continuations included', async () => {
    const file = join(sandbox.root, 'strip-msg');
    const bytes = Buffer.concat([
      Buffer.from('Subject \xff\xfe not UTF-8\n\nkeep\r\n', 'latin1'),
      Buffer.from('co-AUTHORED-by: Claude\n  <noreply@anthropic.com>\n'),
      Buffer.from('🤖 Generated with [Claude Code](https://claude.com/claude-code)\n'),
      Buffer.from('tail\n'),
    ]);
    writeFileSync(file, bytes);
    const result = await sandbox.aiguard(stripRepo, ['hook', 'run', 'commit-msg', file, '--mode', 'strip']);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(readFileSync(file)).toEqual(Buffer.concat([Buffer.from('Subject \xff\xfe not UTF-8\n\nkeep\r\n', 'latin1'), Buffer.from('tail\n')]));
  });

  it('in strip mode still rejects a commit made inside Claude Code', async () => {
    const result = await commit(stripRepo, 'Tidy up\n', { CLAUDECODE: '1' });
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('CLAUDECODE');
  });

  it('exits 2 with one line when FILE is missing or --mode is unknown', async () => {
    const missing = await sandbox.aiguard(blockRepo, ['hook', 'run', 'commit-msg']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('FILE');
    const badMode = await sandbox.aiguard(blockRepo, ['hook', 'run', 'commit-msg', 'x', '--mode', 'erase']);
    expect(badMode.exitCode).toBe(2);
    expect(badMode.stderr).toContain('--mode must be one of block, strip; got "erase"');
    const unreadable = await sandbox.aiguard(blockRepo, ['hook', 'run', 'commit-msg', join(sandbox.root, 'nope')]);
    expect(unreadable.exitCode).toBe(2);
    expect(unreadable.stderr).toMatch(/^aiguard: commit message FILE .*nope cannot be read \(ENOENT\)\n$/);
  });
});
