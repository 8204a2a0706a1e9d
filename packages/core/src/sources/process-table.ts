/** @fileoverview Lists running processes: /proc on Linux (no dependency), `ps` on macOS and BSD, CIM on Windows. */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import type { AuditNote, ProcessRecord } from '../model/audit.js';
import type { Platform } from '../model/signature.js';

const run = promisify(execFile);

/** How to read the process table. */
export interface ProcessTableOptions {
  readonly platform: Platform;
  /** @default '/proc' */
  readonly procRoot?: string;
  /** Environment variables to keep per process (from /proc/PID/environ, where readable). None when absent. */
  readonly keepEnv?: (name: string) => boolean;
  /** Maps uids to user names. */
  readonly userNames?: ReadonlyMap<number, string>;
}

/** Every process the platform lets us see. Processes that exit while being read are skipped and counted in a note. */
export async function readProcessTable(options: ProcessTableOptions, notes: AuditNote[] = []): Promise<ProcessRecord[]> {
  if (options.platform === 'linux') return readProc(options, notes);
  if (options.platform === 'win32') return readWindowsProcesses(notes);
  return readPs(options, notes);
}

/** Reads /proc synchronously: about 4 ms for 100 processes, faster than spawning `ps`. */
export function readProc(options: Omit<ProcessTableOptions, 'platform'>, notes: AuditNote[] = []): ProcessRecord[] {
  const root = options.procRoot ?? '/proc';
  const records: ProcessRecord[] = [];
  let vanished = 0;
  let environUnreadable = 0;
  let names: string[];
  try {
    names = readdirSync(root);
  } catch (error) {
    notes.push({ source: 'processes', path: root, message: `cannot list processes (${(error as NodeJS.ErrnoException).code})` });
    return records;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    const dir = `${root}/${name}`;
    try {
      const argv = readFileSync(`${dir}/cmdline`, 'latin1').split('\0').filter((arg, index, all) => arg !== '' || index < all.length - 1);
      // Kernel threads have an empty command line: nothing to match.
      if (argv.length === 0) continue;
      let exe = argv[0]!;
      try {
        exe = readlinkSync(`${dir}/exe`);
      } catch {
        // Another user's process without root: argv[0] is what we have.
      }
      const uid = statSync(dir).uid;
      let env: Map<string, string> | undefined;
      if (options.keepEnv) {
        try {
          env = parseEnviron(readFileSync(`${dir}/environ`, 'latin1'), options.keepEnv);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ESRCH') throw error;
          environUnreadable++;
        }
      }
      const user = options.userNames?.get(uid);
      records.push({ pid, uid, exe, commandLine: argv.join(' '), ...(user ? { user } : {}), ...(env && env.size > 0 ? { env } : {}) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ESRCH') vanished++;
      else notes.push({ source: 'processes', path: dir, message: `cannot be read (${code ?? (error as Error).message})` });
    }
  }
  if (vanished > 0) notes.push({ source: 'processes', message: `${vanished} process${vanished === 1 ? '' : 'es'} exited while being read` });
  if (environUnreadable > 0) {
    // As root the few left are kernel-side or exiting processes; elsewhere they are other users' processes.
    const hint = process.getuid?.() === 0 ? '' : " (run as root to read every user's)";
    notes.push({ source: 'processes', message: `the environment of ${environUnreadable} process${environUnreadable === 1 ? '' : 'es'} could not be read${hint}` });
  }
  return records;
}

function parseEnviron(text: string, keep: (name: string) => boolean): Map<string, string> {
  const env = new Map<string, string>();
  for (const entry of text.split('\0')) {
    const equals = entry.indexOf('=');
    if (equals <= 0) continue;
    const name = entry.slice(0, equals);
    if (keep(name)) env.set(name, entry.slice(equals + 1));
  }
  return env;
}

/** `ps -axww -o pid=,ppid=,uid=,args=`: the executable is the first word of args (macOS and BSD have no /proc). */
async function readPs(options: ProcessTableOptions, notes: AuditNote[]): Promise<ProcessRecord[]> {
  try {
    const { stdout } = await run('ps', ['-axww', '-o', 'pid=,ppid=,uid=,args='], { env: { ...process.env, LC_ALL: 'C' }, maxBuffer: 64 * 1024 * 1024 });
    return parsePsOutput(stdout, options.userNames);
  } catch (error) {
    notes.push({ source: 'processes', message: `ps failed (${(error as Error).message.split('\n')[0]})` });
    return [];
  }
}

/** Parses `ps -o pid=,ppid=,uid=,args=` lines. */
export function parsePsOutput(text: string, userNames?: ReadonlyMap<number, string>): ProcessRecord[] {
  const records: ProcessRecord[] = [];
  for (const line of text.split('\n')) {
    const match = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (!match) continue;
    const commandLine = match[4]!.trim();
    if (!commandLine) continue;
    const uid = Number(match[3]);
    const user = userNames?.get(uid);
    records.push({ pid: Number(match[1]), ppid: Number(match[2]), uid, exe: commandLine.split(/\s+/)[0]!, commandLine, ...(user ? { user } : {}) });
  }
  return records;
}

async function readWindowsProcesses(notes: AuditNote[]): Promise<ProcessRecord[]> {
  const script = 'Get-CimInstance Win32_Process | Select-Object ProcessId,ParentProcessId,ExecutablePath,CommandLine | ConvertTo-Json -Compress';
  try {
    const { stdout } = await run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', script], { maxBuffer: 64 * 1024 * 1024, windowsHide: true });
    const rows = JSON.parse(stdout) as { ProcessId: number; ParentProcessId: number; ExecutablePath: string | null; CommandLine: string | null }[];
    return (Array.isArray(rows) ? rows : [rows])
      .filter((row) => row.CommandLine || row.ExecutablePath)
      .map((row) => ({ pid: row.ProcessId, ppid: row.ParentProcessId, exe: row.ExecutablePath ?? '', commandLine: row.CommandLine ?? '' }));
  } catch (error) {
    notes.push({ source: 'processes', message: `PowerShell process listing failed (${(error as Error).message.split('\n')[0]})` });
    return [];
  }
}
