/**
 * @fileoverview The POSIX sh text `aiguard hook install` writes: a whole hook script for a hooks folder, or a
 * marked block inside a husky hook file. Both call node and the CLI (or the standalone binary) by the absolute paths
 * found at install time, so hooks run from GUI git clients whose PATH has no node.
 */
import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { isStandaloneBinary, packageRoot } from '../../package-root.js';
import type { CommitMsgMode } from '../run/commit-msg.js';

/** The client-side hooks aiguard installs. */
export const CLIENT_HOOKS = ['commit-msg', 'pre-commit', 'pre-push'] as const;

/** A hook aiguard can install. */
export type HookName = (typeof CLIENT_HOOKS)[number] | 'pre-receive';

export type { CommitMsgMode };

/** The line that marks a whole hook script as aiguard's; uninstall removes only files that carry it. */
export const SCRIPT_MARKER = '# aiguard-managed-hook';

/** Suffix of the name an existing hook is moved to, e.g. `pre-push.aiguard-chained`. */
export const CHAINED_SUFFIX = '.aiguard-chained';

/** The programs a hook runs: resolved once, at install time. */
export interface Launcher {
  /** Absolute path of the node binary (process.execPath), or of the standalone aiguard binary. */
  readonly node: string;
  /**
   * Absolute path of the script that takes `hook run <hook>`: the hook bundle, or packages/cli/bin/aiguard.js.
   * Absent for the standalone binary, which takes `hook run <hook>` itself.
   */
  readonly cli?: string;
}

/** What one generated hook does. */
export interface HookScriptSpec {
  readonly hook: HookName;
  readonly launcher: Launcher;
  /** commit-msg only. @default 'block' */
  readonly mode?: CommitMsgMode;
  /**
   * Also run the repository's own `.git/hooks/<hook>` after aiguard: a global core.hooksPath turns those off,
   * and the global install should not silently disable them.
   */
  readonly chainRepositoryHook?: boolean;
  /**
   * Run no aiguard, only the hooks this one chains: the global install's pre-commit, so that a global core.hooksPath
   * does not switch off each repository's own pre-commit while commit-msg does aiguard's checks.
   */
  readonly chainOnly?: boolean;
}

/**
 * The node of this very process and the hook entry of the package this CLI runs from (the installed package, never
 * the folder it was built in), with symlinks resolved (npm links global bins): the one-file bundle
 * (`dist/hook-main.bundle.cjs`, built with the CLI) when it exists, else the CLI itself. Both take
 * `hook run <hook> [args]`. In the standalone binary: the binary alone.
 */
export function currentLauncher(): Launcher {
  if (isStandaloneBinary()) return { node: realpathSync(process.execPath) };
  const root = packageRoot();
  const bundle = join(root, 'dist', 'hook-main.bundle.cjs');
  const bin = join(root, 'bin', 'aiguard.js');
  return { node: process.execPath, cli: realpathSync(existsSync(bundle) ? bundle : bin) };
}

/** Quotes `value` as one word for POSIX sh. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** Hooks that read ref lines on stdin, which aiguard and every chained hook must each see in full. */
function readsStdin(hook: HookName): boolean {
  return hook === 'pre-push' || hook === 'pre-receive';
}

/**
 * The lines that find node and the CLI (or the standalone binary): the embedded paths, else `node` (or `aiguard`) on
 * PATH; a clear error when neither.
 */
function launcherLines(launcher: Launcher): string[] {
  if (launcher.cli === undefined) {
    return [
      `aiguard_node=${shellQuote(launcher.node)}`,
      'if [ ! -x "$aiguard_node" ]; then aiguard_node=$(command -v aiguard) || { echo "aiguard: the aiguard binary is neither where it was at install time nor on PATH; run \\`aiguard hook install\\` again" >&2; exit 1; }; fi',
    ];
  }
  return [
    `aiguard_node=${shellQuote(launcher.node)}`,
    `aiguard_cli=${shellQuote(launcher.cli)}`,
    'if [ ! -x "$aiguard_node" ]; then aiguard_node=$(command -v node) || { echo "aiguard: node is neither where it was at install time nor on PATH; run \\`aiguard hook install\\` again" >&2; exit 1; }; fi',
    'if [ ! -f "$aiguard_cli" ]; then echo "aiguard: $aiguard_cli is gone; run \\`aiguard hook install\\` again" >&2; exit 1; fi',
  ];
}

/** The command line that runs `aiguard hook run <hook>` with the hook's arguments. */
function runLine(spec: HookScriptSpec): string {
  const extra = spec.hook === 'commit-msg' && spec.mode === 'strip' ? ' --mode strip' : '';
  const cli = spec.launcher.cli === undefined ? '' : ' "$aiguard_cli"';
  const command = `"$aiguard_node"${cli} hook run ${spec.hook}${extra} "$@"`;
  return readsStdin(spec.hook) ? `aiguard_replay | ${command} || exit $?` : `${command} || exit $?`;
}

// git ends every ref line with a newline, so `$(cat)` (which drops trailing newlines) plus one newline replays it exactly.
const STDIN_LINES = ['aiguard_stdin=$(cat)', `aiguard_replay() { [ -z "$aiguard_stdin" ] || printf '%s\\n' "$aiguard_stdin"; }`];

/**
 * A whole hook script. It runs aiguard first (so a chained commit-msg hook sees the stripped message), then the hook
 * that was there before (`<hook>.aiguard-chained`, same arguments, same stdin), then for a global install the
 * repository's own hook.
 *
 * @example
 * #!/bin/sh
 * # aiguard-managed-hook pre-push
 * ...
 * aiguard_replay | "$aiguard_node" "$aiguard_cli" hook run pre-push "$@" || exit $?
 */
export function renderHookScript(spec: HookScriptSpec): string {
  const { hook } = spec;
  const stdin = readsStdin(hook);
  const next = [`"$0${CHAINED_SUFFIX}"`];
  const lines = [
    '#!/bin/sh',
    `${SCRIPT_MARKER} ${hook}`,
    '# Written by `aiguard hook install`; `aiguard hook uninstall` removes it and puts back the hook it chained.',
    ...(spec.chainOnly ? ['# Runs no aiguard check (commit-msg does), only the hooks it chains.'] : [...launcherLines(spec.launcher), ...(stdin ? STDIN_LINES : []), runLine(spec)]),
  ];
  if (spec.chainRepositoryHook) {
    lines.push(
      `aiguard_local="$(git rev-parse --git-common-dir 2>/dev/null)/hooks/${hook}"`,
      // The repository hook may itself be aiguard's (installed per repository too): one run is enough.
      `if [ -x "$aiguard_local" ] && ! grep -q '^${SCRIPT_MARKER}' "$aiguard_local"; then aiguard_next_local="$aiguard_local"; else aiguard_next_local=; fi`,
    );
    next.push('$aiguard_next_local');
  }
  lines.push(
    `for aiguard_next in ${next.join(' ')}; do`,
    `  if [ -n "$aiguard_next" ] && [ -x "$aiguard_next" ]; then ${stdin ? 'aiguard_replay | ' : ''}"$aiguard_next" "$@" || exit $?; fi`,
    'done',
    'exit 0',
  );
  return `${lines.join('\n')}\n`;
}

/** True when `text` is a hook script aiguard wrote (any version). */
export function isAiguardScript(text: string): boolean {
  return text.split('\n', 3).some((line) => line.startsWith(SCRIPT_MARKER));
}

/** How a husky block was put into its file, so uninstall can undo exactly that. */
export interface HuskyBlockOrigin {
  /** The file did not exist; uninstall deletes it when nothing else was added. */
  readonly createdFile: boolean;
  /** The file lacked a final newline before the block; uninstall removes the one it added. */
  readonly addedNewline: boolean;
}

const BLOCK_BEGIN = '# >>> aiguard';
const BLOCK_END = '# <<< aiguard';
const CREATED = ' (created the file)';
const ADDED_NEWLINE = ' (added a newline)';

/** The header a husky hook file aiguard creates starts with. */
export const HUSKY_CREATED_HEADER = '#!/bin/sh\n';

/**
 * The block added to a husky hook file (`.husky/pre-push`). It goes first, so it sees git's stdin before any other
 * command can read it, and hands the same lines on to the rest of the file (`exec <<`).
 */
export function renderHuskyBlock(spec: HookScriptSpec, origin: HuskyBlockOrigin): string {
  const { hook } = spec;
  const notes = `${origin.createdFile ? CREATED : ''}${origin.addedNewline ? ADDED_NEWLINE : ''}`;
  const lines = [
    `${BLOCK_BEGIN} ${hook}${notes} >>> written by \`aiguard hook install\`, removed by \`aiguard hook uninstall\``,
    ...launcherLines(spec.launcher),
    ...(readsStdin(hook) ? STDIN_LINES : []),
    runLine(spec),
    ...(readsStdin(hook) ? ['exec <<aiguard_stdin_end', '$aiguard_stdin', 'aiguard_stdin_end'] : []),
    `${BLOCK_END} ${hook} <<<`,
  ];
  return `${lines.join('\n')}\n`;
}

/** A husky block found in a file: where it is and how it was added. */
export interface FoundHuskyBlock extends HuskyBlockOrigin {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Finds the aiguard block for `hook` in a husky hook file. */
export function findHuskyBlock(text: string, hook: HookName): FoundHuskyBlock | undefined {
  const begin = new RegExp(`^${escapeRegExp(`${BLOCK_BEGIN} ${hook}`)}[ (].*$`, 'm');
  const match = begin.exec(text);
  if (!match) return undefined;
  const endLine = `${BLOCK_END} ${hook} <<<\n`;
  const endAt = text.indexOf(endLine, match.index);
  if (endAt < 0) return undefined;
  const header = match[0].slice(0, match[0].indexOf('>>>', BLOCK_BEGIN.length));
  const end = endAt + endLine.length;
  return { start: match.index, end, text: text.slice(match.index, end), createdFile: header.includes(CREATED), addedNewline: header.includes(ADDED_NEWLINE) };
}

/**
 * Where the block goes in an existing husky file: after a shebang line and husky v4–v8's `. "…/husky.sh"` line,
 * which must stay first.
 */
export function huskyInsertionPoint(text: string): number {
  let at = 0;
  const takeLine = (pattern: RegExp): void => {
    const newline = text.indexOf('\n', at);
    const line = text.slice(at, newline < 0 ? text.length : newline);
    if (pattern.test(line)) at = newline < 0 ? text.length : newline + 1;
  };
  takeLine(/^#!/);
  takeLine(/^\.\s.*husky\.sh["']?\s*$/);
  return at;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
