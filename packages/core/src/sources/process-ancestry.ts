/**
 * @fileoverview Reads the chain of parent processes of one process (a git hook's): /proc on Linux, `ps -p` elsewhere.
 * Only the parent chain, never the whole process table; bounded, cycle-safe, and tolerant of processes that exit.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readlinkSync } from 'node:fs';
import type { AncestorProcess } from '../model/audit.js';
export type { AncestorProcess } from '../model/audit.js';

/** How to walk the chain. */
export interface ProcessAncestryOptions {
  /** The process whose parents to read. @default process.pid */
  readonly pid?: number;
  /** @default process.platform */
  readonly platform?: NodeJS.Platform;
  /** @default '/proc' */
  readonly procRoot?: string;
  /** Parents to read at most. @default 32 */
  readonly maxDepth?: number;
  /** Which environment variables of each ancestor to keep (Linux). None when absent. */
  readonly keepEnv?: (name: string) => boolean;
  /** Runs `ps -o ppid=,command= -p PID` and returns its output; replaced in tests. */
  readonly runPs?: (pid: number) => string;
}

/**
 * The parents of `pid` (not `pid` itself), nearest first, up to `maxDepth`, stopping at pid 1, at a cycle, or at a
 * process that vanished or cannot be read. Windows is not supported yet: the chain is empty there.
 */
export function readProcessAncestry(options: ProcessAncestryOptions = {}): AncestorProcess[] {
  const platform = options.platform ?? process.platform;
  if (platform === 'win32') return [];
  const maxDepth = options.maxDepth ?? 32;
  const read = platform === 'linux' ? (pid: number) => readProcEntry(pid, options.procRoot ?? '/proc', options.keepEnv) : (pid: number) => readPsEntry(pid, options.runPs ?? runPs);
  const start = options.pid ?? process.pid;
  const first = read(start);
  const chain: AncestorProcess[] = [];
  const seen = new Set<number>([start]);
  let next = first?.ppid;
  while (next !== undefined && next > 0 && !seen.has(next) && chain.length < maxDepth) {
    seen.add(next);
    const entry = read(next);
    if (!entry) break;
    chain.push(entry);
    next = entry.ppid;
  }
  return chain;
}

/** Parses /proc/PID/stat: the name sits between the first `(` and the LAST `)` (a name may hold parentheses). */
export function parseProcStat(text: string): { comm: string; ppid: number } | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const fields = text.slice(close + 2).split(' ');
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) ? { comm: text.slice(open + 1, close), ppid } : undefined;
}

/** Parses one `ps -o ppid=,command=` line: the parent pid, then the command line. */
export function parsePsLine(text: string): { ppid: number; commandLine: string } | undefined {
  const match = /^\s*(\d+)\s+(.*)$/.exec(text.split('\n').find((line) => line.trim() !== '') ?? '');
  return match ? { ppid: Number(match[1]), commandLine: match[2]!.trim() } : undefined;
}

function readProcEntry(pid: number, root: string, keepEnv: ((name: string) => boolean) | undefined): AncestorProcess | undefined {
  const dir = `${root}/${pid}`;
  let stat: ReturnType<typeof parseProcStat>;
  try {
    stat = parseProcStat(readFileSync(`${dir}/stat`, 'latin1'));
  } catch {
    return undefined; // exited, or hidden by hidepid
  }
  if (!stat) return undefined;
  let argv: string[] = [];
  try {
    argv = readFileSync(`${dir}/cmdline`, 'utf8').split('\0');
    if (argv.at(-1) === '') argv.pop();
  } catch {
    // Vanished between reads: the stat line is still worth matching.
  }
  let exe = argv[0] ?? stat.comm;
  try {
    exe = readlinkSync(`${dir}/exe`);
  } catch {
    // Another user's process: argv[0] is what we have.
  }
  let env: Map<string, string> | undefined;
  if (keepEnv) {
    try {
      for (const entry of readFileSync(`${dir}/environ`, 'utf8').split('\0')) {
        const equals = entry.indexOf('=');
        if (equals <= 0) continue;
        const name = entry.slice(0, equals);
        if (keepEnv(name)) (env ??= new Map()).set(name, entry.slice(equals + 1));
      }
    } catch {
      // Not ours to read.
    }
  }
  return { pid, ppid: stat.ppid, exe, commandLine: argv.length > 0 ? argv.join(' ') : stat.comm, ...(env ? { env } : {}) };
}

function readPsEntry(pid: number, ps: (pid: number) => string): AncestorProcess | undefined {
  let parsed: ReturnType<typeof parsePsLine>;
  try {
    parsed = parsePsLine(ps(pid));
  } catch {
    return undefined; // ps exits non-zero for a pid that is gone
  }
  if (!parsed) return undefined;
  const exe = parsed.commandLine.split(' ')[0] ?? '';
  return { pid, ppid: parsed.ppid, exe, commandLine: parsed.commandLine };
}

function runPs(pid: number): string {
  return execFileSync('ps', ['-o', 'ppid=,command=', '-p', String(pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 });
}
