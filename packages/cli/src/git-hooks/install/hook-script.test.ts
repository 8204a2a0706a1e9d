/** @fileoverview Tests the generated hook text: quoting, the husky block's round trip, and where the block goes. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findHuskyBlock, huskyInsertionPoint, isAiguardScript, renderHookScript, renderHuskyBlock, shellQuote } from './hook-script.js';

const launcher = { node: "/opt/it's node/bin/node", cli: '/opt/$HOME/`x`/aiguard.js' };

describe('shellQuote', () => {
  it('keeps quotes, dollars and backquotes literal in sh', () => {
    for (const value of [launcher.node, launcher.cli, '', 'a b']) expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(value)}`], { encoding: 'utf8' })).toBe(value);
  });
});

describe('renderHookScript', () => {
  it('is valid sh, marks itself as aiguard’s, and passes --mode strip only for commit-msg', () => {
    for (const hook of ['commit-msg', 'pre-commit', 'pre-push', 'pre-receive'] as const) {
      const script = renderHookScript({ hook, launcher, mode: 'strip', chainRepositoryHook: true });
      execFileSync('sh', ['-n', '-c', script]);
      expect(isAiguardScript(script)).toBe(true);
      expect(script.includes('--mode strip')).toBe(hook === 'commit-msg');
      expect(script.includes('aiguard_stdin=$(cat)')).toBe(hook === 'pre-push' || hook === 'pre-receive');
    }
    expect(isAiguardScript('#!/bin/sh\nnpx lint-staged\n')).toBe(false);
  });
});

describe('husky blocks', () => {
  it('finds the block it rendered, with how it was added', () => {
    const block = renderHuskyBlock({ hook: 'pre-push', launcher }, { createdFile: true, addedNewline: true });
    execFileSync('sh', ['-n', '-c', block]);
    const text = `#!/bin/sh\n${block}npm test\n`;
    const found = findHuskyBlock(text, 'pre-push')!;
    expect(found).toMatchObject({ start: 10, text: block, createdFile: true, addedNewline: true });
    expect(findHuskyBlock(text, 'pre-commit')).toBeUndefined();
  });

  it('goes after a shebang and husky v4–v8’s husky.sh line, else first', () => {
    const v8 = '#!/usr/bin/env sh\n. "$(dirname -- "$0")/_/husky.sh"\n\nnpx lint-staged\n';
    expect(v8.slice(huskyInsertionPoint(v8))).toBe('\nnpx lint-staged\n');
    expect(huskyInsertionPoint('npx lint-staged\n')).toBe(0);
    expect(huskyInsertionPoint('#!/bin/sh')).toBe(9);
  });
});
