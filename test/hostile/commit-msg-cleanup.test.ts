/**
 * @fileoverview The commit-msg hook against real `git commit` in every cleanup mode and with several comment
 * characters: for each combination the commit is made once without the hook, and the hook must block exactly when
 * what git stored carries the footer (as `aiguard scan` would read it), no more and no less.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../packages/core/src/catalog/index.js';
import { detectMessage } from '../../packages/core/src/detectors/commit-message.js';
import { compileCatalog } from '../../packages/core/src/detectors/compiled-catalog.js';
import { createHostileWorld, type HostileWorld } from './hostile-world.js';

const FOOTER = '🤖 Generated with [Claude Code](https://claude.com/claude-code)';
const CATALOG_INDEX = compileCatalog(CATALOG);
const MODES = [undefined, 'default', 'verbatim', 'whitespace', 'strip', 'scissors'] as const;
const COMMENT_CHARS = ['#', ';', '%', 'auto'] as const;

/** How the message reaches git: `-m` text (which may fake a comment or scissors line), or the editor. */
type Entry = 'message' | 'message-verbose' | 'editor' | 'editor-verbose';
const ENTRIES: readonly Entry[] = ['message', 'message-verbose', 'editor', 'editor-verbose'];

function isBanned(message: string): boolean {
  return detectMessage(message, CATALOG_INDEX).some((match) => match.entry.assistant === 'claude-code');
}

describe('commit-msg judges what git stores, in every cleanup mode', () => {
  let world: HostileWorld;
  let editor: string;
  beforeAll(() => {
    world = createHostileWorld();
    // The editor puts the message above git's template: comment lines, and with -v the scissors line and the diff.
    editor = join(world.sandbox.root, 'editor.sh');
    writeFileSync(editor, '#!/bin/sh\n{ cat "$AIGUARD_TEST_MESSAGE"; cat "$1"; } > "$1.new" && mv "$1.new" "$1"\n');
    chmodSync(editor, 0o755);
  });
  afterAll(() => world.cleanup());

  const combos = MODES.flatMap((mode) => COMMENT_CHARS.flatMap((char) => ENTRIES.map((entry) => ({ mode, char, entry }))));
  it.each(combos)('cleanup=$mode commentChar=$char via $entry', async ({ mode, char, entry }) => {
    const c = char === 'auto' ? '#' : char;
    // A comment line with the footer, a fake scissors line, and the footer below it; a staged file quotes it in -v's diff.
    const message = `Subject\n\n${c} ${FOOTER}\n${c} ------------------------ >8 ------------------------\n${FOOTER}\n`;
    const messageFile = join(world.sandbox.root, 'message.txt');
    writeFileSync(messageFile, message);
    const args = [
      ...(mode ? [`--cleanup=${mode}`] : []),
      ...(entry.endsWith('verbose') ? ['-v'] : []),
      ...(entry.startsWith('message') ? ['-m', message] : []),
    ];
    const config = ['core.commentChar', char];
    const env = { GIT_EDITOR: editor, AIGUARD_TEST_MESSAGE: messageFile };
    const staged = { 'quoted.md': `${FOOTER}\n` };

    const plain = world.sandbox.initRepo(`plain-${mode}-${char === '#' ? 'hash' : char === ';' ? 'semi' : char === '%' ? 'pct' : 'auto'}-${entry}`);
    execFileSync('git', ['config', ...config], { cwd: plain, env: world.env });
    writeFileSync(join(plain, 'quoted.md'), staged['quoted.md']);
    execFileSync('git', ['add', 'quoted.md'], { cwd: plain, env: world.env });
    execFileSync('git', ['commit', '-q', '--no-verify', ...args], { cwd: plain, env: { ...world.env, ...env } });
    const stored = execFileSync('git', ['log', '-1', '--format=%B'], { cwd: plain, env: world.env, encoding: 'utf8' });

    const hooked = await world.commitWithHook(['-q', ...args], { config, env, files: staged });
    const why = `stored:\n${stored}\nhook said:\n${hooked.stderr}`;
    if (isBanned(stored)) expect(hooked.exitCode, why).toBe(1);
    // core.commentChar=auto: git picks the character before the editor runs, which the hook cannot see, so it keeps
    // every comment-looking line and may block a footer that git then drops (fail closed, never the other way).
    else if (char === 'auto') expect([0, 1], why).toContain(hooked.exitCode);
    else expect(hooked.exitCode, why).toBe(0);
  }, 60_000);
});
