/**
 * @fileoverview The hostile cases of issue 10, one table: each row is a case (how its history is built with real
 * git), the surface it is tried on, the exit code that surface must end with and the finding it must name.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostileWorld } from './hostile-world.js';

/** The banned trailer every message case hides somewhere. */
export const TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';

/** Where a case is tried. `scan-bare` scans a bare clone of the work repository (what a server holds). */
export type Surface = 'scan' | 'scan-bare' | 'pre-push' | 'pre-receive';

/** A case: builds its history in the work repository and returns the refspecs a push of it carries. */
export interface HostileCase {
  readonly name: string;
  build(world: HostileWorld): readonly string[];
}

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
