/** @fileoverview Finds the users' home folders and checks which of a given list of paths exist in them. */
import { opendirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { AuditNote, HomePathRecord, UserHome } from '../model/audit.js';
import type { Platform } from '../model/signature.js';
import type { HomeProbe } from '../model/audit.js';
export type { HomeProbe } from '../model/audit.js';

/** Where to find users. */
export interface UserListOptions {
  readonly platform: Platform;
  /** Read every user with a home (true when running as root), else only the current user. */
  readonly allUsers: boolean;
  /** @default '/etc/passwd' (Linux) */
  readonly passwdFile?: string;
  /** The folder holding homes on macOS and Windows. @default '/Users' or 'C:\\Users' */
  readonly usersFolder?: string;
}

// Accounts whose "home" is a system folder, not a person's: they hold no assistant configuration worth reading.
const SYSTEM_HOMES = new Set(['/', '/nonexistent', '/bin', '/sbin', '/usr/sbin', '/usr/bin', '/dev', '/proc', '/var/empty', '/dev/null']);
const SKIPPED_USER_FOLDERS = new Set(['shared', 'public', 'default', 'default user', 'all users', 'guest', '.localized', 'defaultapppool']);

/** The users to audit: the current user, or with `allUsers` every account with a real home folder. */
export function listUsers(options: UserListOptions, notes: AuditNote[] = []): UserHome[] {
  if (!options.allUsers) return [currentUser()];
  if (options.platform === 'linux') return usersFromPasswd(options.passwdFile ?? '/etc/passwd', notes);
  const folder = options.usersFolder ?? (options.platform === 'darwin' ? '/Users' : 'C:\\Users');
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !SKIPPED_USER_FOLDERS.has(entry.name.toLowerCase()) && !entry.name.startsWith('.'))
      .map((entry) => ({ user: entry.name, home: join(folder, entry.name) }));
  } catch (error) {
    notes.push({ source: 'home', path: folder, message: `cannot list user folders (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
    return [currentUser()];
  }
}

/** Parses passwd lines: root and regular users (uid >= 1000, not nobody) whose home exists and is not a system folder. */
export function usersFromPasswd(file: string, notes: AuditNote[] = []): UserHome[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    notes.push({ source: 'home', path: file, message: `cannot read the user list (${(error as NodeJS.ErrnoException).code})` });
    return [currentUser()];
  }
  const users: UserHome[] = [];
  const seenHomes = new Set<string>();
  for (const line of text.split('\n')) {
    const fields = line.split(':');
    if (fields.length < 7 || line.startsWith('#')) continue;
    const [user, , uidText, , , home] = fields as [string, string, string, string, string, string];
    const uid = Number(uidText);
    if (!Number.isInteger(uid) || (uid !== 0 && (uid < 1000 || uid === 65534))) continue;
    if (!home || SYSTEM_HOMES.has(home) || seenHomes.has(home)) continue;
    if (!isDirectory(home)) continue;
    seenHomes.add(home);
    users.push({ user, home, uid });
  }
  return users;
}

/** The user this process runs as, with their home. Falls back to `$USER` where the account has no passwd entry. */
export function currentUser(): UserHome {
  let user = process.env.USER ?? process.env.USERNAME ?? 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (containers with arbitrary uids): keep the environment's name.
  }
  return { user, home: homedir() };
}

/** Limits for listing below a probe: enough to find a session file, never a walk of a whole home. */
const LIST_DEPTH = 4;
const LIST_ENTRIES = 400;

/**
 * Checks each probe path in `home` and returns those that exist (and, for listed probes, up to a few hundred
 * descendants). Never walks the home itself. Unreadable folders are noted, not fatal.
 */
export function probeHomePaths(home: UserHome, probes: readonly HomeProbe[], notes: AuditNote[] = []): HomePathRecord[] {
  const records: HomePathRecord[] = [];
  const seen = new Set<string>();
  const add = (relativePath: string, isDir: boolean): void => {
    if (seen.has(relativePath)) return;
    seen.add(relativePath);
    records.push({ user: home.user, home: home.home, relativePath, isDirectory: isDir });
  };
  for (const probe of probes) {
    const absolute = join(home.home, ...probe.path.split('/'));
    let isDir: boolean;
    try {
      isDir = statSync(absolute).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') notes.push({ source: 'home', path: absolute, message: `cannot be read (${code})` });
      continue;
    }
    add(probe.path, isDir);
    if (probe.list && isDir) listBelow(absolute, probe.path, add, notes);
  }
  return records;
}

function listBelow(absolute: string, relative: string, add: (relativePath: string, isDir: boolean) => void, notes: AuditNote[]): void {
  const queue: [string, string, number][] = [[absolute, relative, 0]];
  let count = 0;
  while (queue.length > 0 && count < LIST_ENTRIES) {
    const [dir, rel, depth] = queue.shift()!;
    let handle;
    try {
      handle = opendirSync(dir);
    } catch (error) {
      notes.push({ source: 'home', path: dir, message: `cannot be read (${(error as NodeJS.ErrnoException).code})` });
      continue;
    }
    try {
      for (let entry = handle.readSync(); entry !== null && count < LIST_ENTRIES; entry = handle.readSync()) {
        count++;
        const childRel = `${rel}/${entry.name}`;
        add(childRel, entry.isDirectory());
        if (entry.isDirectory() && depth + 1 < LIST_DEPTH) queue.push([join(dir, entry.name), childRel, depth + 1]);
      }
    } finally {
      handle.closeSync();
    }
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Every uid to user-name mapping in a passwd file, for naming process owners. Empty when unreadable. */
export function readUserNames(file = '/etc/passwd'): Map<number, string> {
  const names = new Map<number, string>();
  try {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const [user, , uid] = line.split(':');
      if (user && uid && /^\d+$/.test(uid) && !names.has(Number(uid))) names.set(Number(uid), user);
    }
  } catch {
    // No passwd (Windows, minimal containers): owners stay unnamed.
  }
  return names;
}
