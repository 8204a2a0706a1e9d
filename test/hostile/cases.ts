/**
 * @fileoverview The hostile cases of issue 10, one table: each row is a case (how its history is built with real
 * git), the surface it is tried on, the exit code that surface must end with and the finding it must name.
 * Beside it: output.test.ts (output that attacks the reader), commit-msg-cleanup.test.ts (every cleanup mode against
 * real git commit), trailer-differential.test.ts (fast-check against git interpret-trailers), no-network-strace.test.ts;
 * the extension's case (a workspace `"aiguard.enable": false` under a managed ban) runs in the real VS Code:
 * packages/vscode-ext/test/e2e/suite/workspace.test.ts, scenario `managed`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostileWorld } from './hostile-world.js';

/** The banned trailer every message case hides somewhere. */
export const TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';

/** Where a case is tried. `scan-bare` scans a bare clone of the work repository (what a server holds). */
export type Surface = 'scan' | 'scan-bare' | 'commit-msg' | 'commit-msg-strip' | 'pre-push' | 'pre-receive';

/** A case: builds its history in the work repository and returns the refspecs a push of it carries. */
export interface HostileCase {
  readonly name: string;
  build(world: HostileWorld): readonly string[];
  /** For message cases: the message, which the commit-msg surface commits with a real `git commit`. */
  readonly message?: string;
  /** Extra `aiguard scan` arguments and environment for the scan surface (built after `build`). */
  scanWith?(world: HostileWorld): { readonly path?: string; readonly args?: readonly string[]; readonly env?: NodeJS.ProcessEnv };
}

/** A case that is one commit with `message`, stored verbatim. */
function messageCase(name: string, message: string): HostileCase {
  return { name, message, build: (w) => (w.commit(message), MAIN) };
}

/** Messages that dress the trailer or footer up so that a plain match misses it. */
const EVASIONS: readonly [string, string, string][] = [
  ['combining mark in the e-mail', 'f\n\nCo-Authored-By: Claude <noreply@anthro\u0301pic.com>\n', 'claude-code/co-author-trailer'],
  ['combining mark in the key', 'f\n\nCo-Autho\u0301red-By: Claude <noreply@anthropic.com>\n', 'claude-code/co-author-trailer'],
  ['Unicode tag characters in the e-mail', 'f\n\nCo-Authored-By: Claude <noreply@\u{E0061}anthropic.com\u{E007F}>\n', 'claude-code/co-author-trailer'],
  ['variation selector in the e-mail', 'f\n\nCo-Authored-By: Claude <noreply\uFE0F@anthropic.com>\n', 'claude-code/co-author-trailer'],
  ['soft hyphens for the key hyphens', 'f\n\nCo\u00ADAuthored\u00ADBy: Claude <noreply@anthropic.com>\n', 'claude-code/co-author-trailer'],
  ['U+02D7 for the key hyphens', 'f\n\nCo\u02D7Authored\u02D7By: Claude <noreply@anthropic.com>\n', 'claude-code/co-author-trailer'],
  ['U+2043 for the key hyphens', 'f\n\nCo\u2043Authored\u2043By: Claude <noreply@anthropic.com>\n', 'claude-code/co-author-trailer'],
  ['footer with escaped brackets', 'f\n\n\\[Claude Code\\](https://claude.com/claude-code)\n\nGenerated with \\[Claude Code\\](https://claude.com/claude-code)\n', 'claude-code/generated-with-footer'],
  ['footer in emphasis', 'f\n\nGenerated with *Claude Code*\n', 'claude-code/generated-with-footer'],
  ['footer as a bold link', 'f\n\nGenerated with [**Claude Code**](https://claude.com/claude-code)\n', 'claude-code/generated-with-footer'],
  ['footer as an HTML link', 'f\n\nGenerated with <a href="https://claude.com/claude-code">Claude Code</a>\n', 'claude-code/generated-with-footer'],
  ['footer with doubled spaces', 'f\n\nGenerated  with  [Claude  Code](https://claude.ai/code)\n', 'claude-code/generated-with-footer'],
  ['footer with a tab', 'f\n\nGenerated with [Claude\tCode](https://claude.ai/code)\n', 'claude-code/generated-with-footer'],
  ['footer with a line break in the link text', 'f\n\nGenerated with [Claude\nCode](https://claude.ai/code)\n', 'claude-code/generated-with-footer'],
  ['footer as Claude-Code', 'f\n\nGenerated with Claude-Code\n', 'claude-code/generated-with-footer'],
  ['claude@anthropic.com', 'f\n\nCo-Authored-By: Claude <claude@anthropic.com>\n', 'claude-code/co-author-trailer'],
  ['sub-addressed noreply+x@anthropic.com', 'f\n\nCo-Authored-By: Claude <noreply+x@anthropic.com>\n', 'claude-code/co-author-trailer'],
  ['mailto: address', 'f\n\nCo-Authored-By: Claude <mailto:noreply@anthropic.com>\n', 'claude-code/co-author-trailer'],
  ['address without brackets', 'f\n\nCo-Authored-By: Claude noreply@anthropic.com\n', 'claude-code/co-author-trailer'],
  ['unclosed bracket', 'f\n\nCo-Authored-By: Claude <noreply@anthropic.com\n', 'claude-code/co-author-trailer'],
  ['%40 for the at sign', 'f\n\nCo-Authored-By: Claude <noreply%40anthropic.com>\n', 'claude-code/co-author-trailer'],
  ['HTML character reference for the at sign', 'f\n\nCo-Authored-By: Claude <noreply&#64;anthropic.com>\n', 'claude-code/co-author-trailer'],
  ['Claude-Session trailer', 'f\n\nClaude-Session: https://claude.ai/code/session_011CUrs3FS7RwVkh5ADZpoD2\n', 'claude-code/session-trailer'],
  ['carriage return inside the trailer value', 'f\n\nCo-Authored-By: Claude\r <noreply@anthropic.com>\n', 'claude-code/co-author-trailer'],
  ['line separator U+2028 inside the trailer value', 'f\n\nCo-Authored-By: Claude\u2028 <noreply@anthropic.com>\n', 'claude-code/co-author-trailer'],
  ['ideographic full stop for the dot in the domain', 'f\n\nCo-Authored-By: Claude <noreply@anthropic\u3002com>\n', 'claude-code/co-author-trailer'],
  ['half-width ideographic full stop for the dot in the domain', 'f\n\nCo-Authored-By: Claude <noreply@anthropic\uFF61com>\n', 'claude-code/co-author-trailer'],
  ['fully qualified domain with a trailing dot', 'f\n\nCo-Authored-By: Claude <noreply@anthropic.com.>\n', 'claude-code/co-author-trailer'],
  ['session link on its own line', 'f\n\nhttps://claude.ai/code/session_011CUrs3FS7RwVkh5ADZpoD2\n', 'claude-code/session-link'],
];

const MAIN = ['main'];

/** A commit whose stored message is exactly `message` (bytes), with an optional encoding header. */
function literalCommit(world: HostileWorld, message: Buffer, encoding?: string): string {
  const tree = world.git('rev-parse', 'HEAD^{tree}');
  const parent = world.git('rev-parse', 'HEAD');
  const header = `tree ${tree}\nparent ${parent}\nauthor Ana Human <ana@example.com> 1767607200 +0000\ncommitter Ana Human <ana@example.com> 1767607200 +0000\n${encoding ? `encoding ${encoding}\n` : ''}\n`;
  const id = world.gitInput(Buffer.concat([Buffer.from(header), message]), 'hash-object', '-t', 'commit', '-w', '--literally', '--stdin');
  world.git('update-ref', 'refs/heads/main', id);
  return id;
}

/** Every case, by name. */
export const CASES: Record<string, HostileCase> = Object.fromEntries(
  (
    [
      {
        name: 'trailer after a 90,000-line message (over 1 MiB)',
        build: (w) => (w.commit(`Huge\n\n${'line of a very long message body\n'.repeat(90_000)}\n${TRAILER}\n`), MAIN),
      },
      {
        name: 'ASCII trailer under an encoding: UTF-16 header',
        build: (w) => (w.git('-c', 'i18n.commitEncoding=UTF-16', 'commit', '-q', '--allow-empty', '--no-verify', '-m', 'f', '-m', TRAILER), MAIN),
      },
      {
        name: 'UTF-16 bytes under an encoding: UTF-16LE header',
        build: (w) => (literalCommit(w, Buffer.from(`f\n\n${TRAILER}\n`, 'utf16le'), 'UTF-16LE'), MAIN),
      },
      {
        name: 'NUL byte before the trailer',
        build: (w) => (literalCommit(w, Buffer.from(`f\n\nbody\0\n\n${TRAILER}\n`)), MAIN),
      },
      {
        name: 'merge commit that adds CLAUDE.md and .claude/',
        build: (w) => {
          w.git('checkout', '-q', '-b', 'side');
          w.commit('side work\n', { 'side.txt': 's\n' });
          w.git('checkout', '-q', 'main');
          w.commit('main work\n', { 'main.txt': 'm\n' });
          w.git('merge', '-q', '--no-ff', '--no-commit', 'side');
          mkdirSync(join(w.work, '.claude'), { recursive: true });
          writeFileSync(join(w.work, 'CLAUDE.md'), 'memory\n');
          writeFileSync(join(w.work, '.claude', 'settings.json'), '{}\n');
          w.git('add', 'CLAUDE.md', '.claude/settings.json');
          w.git('commit', '-q', '--no-verify', '-m', 'Merge side');
          // The working tree is clean again, so only history and hooks can see the files.
          w.git('rm', '-q', '-r', 'CLAUDE.md', '.claude');
          w.git('commit', '-q', '--no-verify', '-m', 'Remove them again');
          return MAIN;
        },
      },
      {
        name: 'annotated tag whose message carries the trailer',
        build: (w) => (w.git('tag', '-a', 'v1', '-m', `Release\n\n${TRAILER}`), ['main', 'refs/tags/v1']),
      },
      {
        name: 'git note that carries the trailer',
        build: (w) => (w.git('notes', 'add', '-m', `Reviewed\n\n${TRAILER}`, 'HEAD'), ['main', 'refs/notes/commits']),
      },
      {
        name: 'gitlink (submodule entry) named .claude',
        build: (w) => {
          w.git('update-index', '--add', '--cacheinfo', `160000,${w.git('rev-parse', 'HEAD')},.claude`);
          w.git('commit', '-q', '--no-verify', '-m', 'Add a submodule');
          return MAIN;
        },
      },
      {
        name: 'CLAUDE.md only on a branch other than HEAD',
        build: (w) => {
          w.git('checkout', '-q', '-b', 'hidden');
          w.commit('memory\n', { 'CLAUDE.md': 'memory\n' });
          w.git('checkout', '-q', 'main');
          return ['main', 'hidden'];
        },
      },
      {
        name: 'GIT_DIR in the environment points at a clean repository',
        build: (w) => (w.commit(`f\n\n${TRAILER}\n`), MAIN),
        scanWith: (w) => ({ env: { GIT_DIR: join(w.sandbox.initRepo('clean'), '.git') } }),
      },
      {
        name: 'GIT_WORK_TREE in the environment points at an empty folder',
        build: (w) => (w.commit('memory\n', { 'CLAUDE.md': 'memory\n' }), MAIN),
        scanWith: (w) => {
          const empty = join(w.sandbox.root, 'empty');
          mkdirSync(empty, { recursive: true });
          return { env: { GIT_WORK_TREE: empty, GIT_DIR: join(w.work, '.git') } };
        },
      },
      {
        name: 'FIFO as the policy file',
        build: () => MAIN,
        scanWith: (w) => {
          const fifo = join(w.sandbox.root, 'policy.fifo');
          execFileSync('mkfifo', [fifo]);
          return { args: ['--policy', fifo] };
        },
      },
      {
        name: 'shallow clone (git clone --depth 1) in CI',
        build: (w) => (w.commit(`f\n\n${TRAILER}\n`), w.commit('clean on top\n'), MAIN),
        scanWith: (w) => {
          const shallow = join(w.sandbox.root, 'shallow');
          w.sandbox.gitOk(w.sandbox.root, 'clone', '-q', '--depth', '1', `file://${w.work}`, shallow);
          return { path: shallow, env: { CI: 'true' } };
        },
      },
      {
        name: 'shallow clone with --allow-shallow',
        build: (w) => (w.commit('clean\n'), MAIN),
        scanWith: (w) => {
          const shallow = join(w.sandbox.root, 'shallow');
          w.sandbox.gitOk(w.sandbox.root, 'clone', '-q', '--depth', '1', `file://${w.work}`, shallow);
          return { path: shallow, args: ['--allow-shallow'], env: { CI: 'true' } };
        },
      },
      {
        name: 'partial clone (--filter=blob:none) in CI',
        build: (w) => (w.git('config', 'uploadpack.allowFilter', 'true'), w.commit('clean\n'), MAIN),
        scanWith: (w) => {
          const partial = join(w.sandbox.root, 'partial');
          w.sandbox.gitOk(w.sandbox.root, 'clone', '-q', '--filter=blob:none', `file://${w.work}`, partial);
          return { path: partial, env: { CI: 'true' } };
        },
      },
      {
        name: 'remote-tracking ref forged to hide new commits from pre-push',
        build: (w) => {
          const origin = w.sandbox.initRepo('origin.git', { bare: true });
          w.git('remote', 'add', 'origin', origin);
          w.git('push', '-q', '--no-verify', 'origin', 'main');
          w.commit(`f\n\n${TRAILER}\n`);
          w.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
          return MAIN;
        },
      },
      ...EVASIONS.map(([name, message]) => messageCase(name, message)),
      messageCase('150 trailer lines (strip mode used to stop after 100 rounds)', `f\n\n${`${TRAILER}\n`.repeat(150)}`),
      messageCase('a human sentence that contains the footer phrase', 'f\n\nThe first draft was Generated with Claude Code and then rewritten by hand.\n'),
      messageCase('indented body lines after a trailer', `f\n\n${TRAILER}\n    indented code that is part of the body\n`),
      messageCase('a human at anthropic.com (must stay silent)', 'f\n\nCo-authored-by: Dario Example <dario@anthropic.com>\n'),
    ] satisfies HostileCase[]
  ).map((c) => [c.name, c]),
);

/** One row: a case tried on one surface, the exit code it must end with and the signature its findings must include. */
export interface HostileRow {
  readonly case: string;
  readonly surface: Surface;
  /** `scan`: aiguard's exit code; `pre-push`/`pre-receive`: git push's (1 = rejected). */
  readonly exit: number;
  /** A signature id the scan's report must carry, or text the hook's stderr must contain. */
  readonly finding: string;
  /** Still open: the row is run and must fail, so the table says plainly what is not closed yet. */
  readonly open?: true;
}

const CO_AUTHOR = 'claude-code/co-author-trailer';

/** The table. */
export const ROWS: readonly HostileRow[] = [
  ...EVASIONS.flatMap(([name, , finding]) => [
    { case: name, surface: 'scan' as const, exit: 1, finding },
    { case: name, surface: 'commit-msg' as const, exit: 1, finding },
  ]),
  { case: 'a human at anthropic.com (must stay silent)', surface: 'scan', exit: 0, finding: '' },
  { case: '150 trailer lines (strip mode used to stop after 100 rounds)', surface: 'commit-msg-strip', exit: 0, finding: 'STORED-CLEAN' },
  { case: 'a human sentence that contains the footer phrase', surface: 'commit-msg-strip', exit: 1, finding: 'holds other text besides the footer' },
  { case: 'indented body lines after a trailer', surface: 'commit-msg-strip', exit: 1, finding: 'indented lines follow the trailer' },
  { case: 'GIT_DIR in the environment points at a clean repository', surface: 'scan', exit: 1, finding: CO_AUTHOR },
  { case: 'GIT_WORK_TREE in the environment points at an empty folder', surface: 'scan', exit: 1, finding: 'claude-code/claude-md' },
  { case: 'remote-tracking ref forged to hide new commits from pre-push', surface: 'pre-push', exit: 1, finding: CO_AUTHOR },
  { case: 'FIFO as the policy file', surface: 'scan', exit: 2, finding: 'is a FIFO (named pipe), not a regular file' },
  { case: 'shallow clone (git clone --depth 1) in CI', surface: 'scan', exit: 3, finding: 'is a shallow clone and CI=true' },
  { case: 'shallow clone with --allow-shallow', surface: 'scan', exit: 0, finding: 'this is a shallow clone' },
  { case: 'partial clone (--filter=blob:none) in CI', surface: 'scan', exit: 3, finding: 'is a partial clone and CI=true' },
  { case: 'a human at anthropic.com (must stay silent)', surface: 'commit-msg', exit: 0, finding: '' },
  { case: 'trailer after a 90,000-line message (over 1 MiB)', surface: 'scan', exit: 1, finding: CO_AUTHOR },
  { case: 'trailer after a 90,000-line message (over 1 MiB)', surface: 'pre-receive', exit: 1, finding: CO_AUTHOR },
  { case: 'trailer after a 90,000-line message (over 1 MiB)', surface: 'pre-push', exit: 1, finding: CO_AUTHOR },
  { case: 'ASCII trailer under an encoding: UTF-16 header', surface: 'scan', exit: 1, finding: CO_AUTHOR },
  { case: 'ASCII trailer under an encoding: UTF-16 header', surface: 'pre-receive', exit: 1, finding: CO_AUTHOR },
  { case: 'ASCII trailer under an encoding: UTF-16 header', surface: 'pre-push', exit: 1, finding: CO_AUTHOR },
  { case: 'UTF-16 bytes under an encoding: UTF-16LE header', surface: 'scan', exit: 1, finding: CO_AUTHOR },
  { case: 'UTF-16 bytes under an encoding: UTF-16LE header', surface: 'pre-receive', exit: 1, finding: CO_AUTHOR },
  { case: 'NUL byte before the trailer', surface: 'scan', exit: 1, finding: CO_AUTHOR },
  { case: 'NUL byte before the trailer', surface: 'pre-receive', exit: 1, finding: CO_AUTHOR },
  { case: 'NUL byte before the trailer', surface: 'pre-push', exit: 1, finding: CO_AUTHOR },
  { case: 'merge commit that adds CLAUDE.md and .claude/', surface: 'pre-receive', exit: 1, finding: 'CLAUDE.md' },
  { case: 'merge commit that adds CLAUDE.md and .claude/', surface: 'pre-push', exit: 1, finding: '.claude/settings.json' },
  { case: 'annotated tag whose message carries the trailer', surface: 'scan', exit: 1, finding: CO_AUTHOR },
  { case: 'annotated tag whose message carries the trailer', surface: 'pre-receive', exit: 1, finding: CO_AUTHOR },
  { case: 'annotated tag whose message carries the trailer', surface: 'pre-push', exit: 1, finding: CO_AUTHOR },
  { case: 'git note that carries the trailer', surface: 'scan', exit: 1, finding: CO_AUTHOR },
  { case: 'git note that carries the trailer', surface: 'pre-receive', exit: 1, finding: CO_AUTHOR },
  { case: 'git note that carries the trailer', surface: 'pre-push', exit: 1, finding: CO_AUTHOR },
  { case: 'gitlink (submodule entry) named .claude', surface: 'scan', exit: 1, finding: 'claude-code/claude-dir' },
  { case: 'gitlink (submodule entry) named .claude', surface: 'pre-receive', exit: 1, finding: '.claude' },
  { case: 'gitlink (submodule entry) named .claude', surface: 'pre-push', exit: 1, finding: '.claude' },
  { case: 'gitlink (submodule entry) named .claude', surface: 'scan-bare', exit: 1, finding: 'claude-code/claude-dir' },
  { case: 'CLAUDE.md only on a branch other than HEAD', surface: 'scan-bare', exit: 1, finding: 'claude-code/claude-md' },
  { case: 'annotated tag whose message carries the trailer', surface: 'scan-bare', exit: 1, finding: CO_AUTHOR },
  { case: 'git note that carries the trailer', surface: 'scan-bare', exit: 1, finding: CO_AUTHOR },
];
