/**
 * @fileoverview Finds the `git commit` that runs this commit-msg hook and reads its arguments: on Linux from
 * /proc/PID/cmdline of the nearest `git` ancestor. Elsewhere, or for `git merge`/`rebase`/`cherry-pick`, there is
 * nothing to read and the hook judges the whole file.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseCommitArguments, type CommitInvocation } from './commit-cleanup.js';

// git's own options that take a separate value, before the subcommand.
const GLOBAL_WITH_VALUE = new Set(['-c', '-C', '--git-dir', '--work-tree', '--namespace', '--super-prefix', '--config-env', '--exec-path']);

/** The invoking `git commit`'s options, or undefined when they cannot be known. */
export function readCommitInvocation(procRoot = '/proc', start = process.pid): CommitInvocation | undefined {
  if (process.platform !== 'linux') return undefined;
  let pid = start;
  for (let depth = 0; depth < 8; depth++) {
    const ppid = parentOf(procRoot, pid);
    if (ppid === undefined || ppid <= 1) return undefined;
    pid = ppid;
    const argv = argvOf(procRoot, pid);
    if (!argv || basename(argv[0] ?? '') !== 'git') continue;
    const rest = subcommandArguments(argv.slice(1));
    return rest && rest.command === 'commit' ? parseCommitArguments(rest.args) : undefined;
  }
  return undefined;
}

/** The subcommand and its arguments, skipping git's global options (`-c k=v`, `-C dir`, `--no-pager`, ...). */
export function subcommandArguments(args: readonly string[]): { command: string; args: readonly string[] } | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (GLOBAL_WITH_VALUE.has(arg)) {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    return { command: arg, args: args.slice(i + 1) };
  }
  return undefined;
}

function parentOf(procRoot: string, pid: number): number | undefined {
  try {
    const stat = readFileSync(`${procRoot}/${pid}/stat`, 'latin1');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) ? ppid : undefined;
  } catch {
    return undefined;
  }
}

function argvOf(procRoot: string, pid: number): string[] | undefined {
  try {
    const argv = readFileSync(`${procRoot}/${pid}/cmdline`, 'utf8').split('\0');
    if (argv.at(-1) === '') argv.pop();
    return argv;
  } catch {
    return undefined;
  }
}
