/** @fileoverview Lists globally installed packages (npm, pipx, Homebrew) and executables on PATH, read from disk. */
import { readdirSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import type { AuditNote, PackageRecord, UserHome } from '../model/audit.js';
import type { Platform } from '../model/signature.js';

/** Where to look. */
export interface PackageSourceOptions {
  readonly platform: Platform;
  readonly homes: readonly UserHome[];
  /** PATH folders to list. @default the audit process's PATH */
  readonly pathFolders?: readonly string[];
  /** System prefixes whose `lib/node_modules`, `Cellar` and `Caskroom` hold global installs. */
  readonly prefixes?: readonly string[];
  /** Also read the machine's own folders (PATH, system prefixes). False with `--home`, which audits a folder only. @default true */
  readonly system?: boolean;
}

const NODE_MODULES_PACKAGE = /[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+)[/\\]/;

/** The default system prefixes: Node's own, npm's configured one, Homebrew's. */
export function defaultPrefixes(platform: Platform): string[] {
  const prefixes = new Set<string>([dirname(dirname(process.execPath))]);
  if (process.env.npm_config_prefix) prefixes.add(process.env.npm_config_prefix);
  if (platform === 'win32') {
    if (process.env.APPDATA) prefixes.add(join(process.env.APPDATA, 'npm'));
  } else {
    for (const prefix of ['/usr', '/usr/local', '/opt/homebrew', '/home/linuxbrew/.linuxbrew']) prefixes.add(prefix);
  }
  return [...prefixes];
}

/** Reads global npm packages, pipx venvs, Homebrew formulae and casks, and the executables on PATH. */
export function readInstalledPackages(options: PackageSourceOptions, notes: AuditNote[] = []): PackageRecord[] {
  const records: PackageRecord[] = [];
  const system = options.system !== false;
  const prefixes = system ? (options.prefixes ?? defaultPrefixes(options.platform)) : [];
  for (const prefix of prefixes) {
    readNodeModules(options.platform === 'win32' ? join(prefix, 'node_modules') : join(prefix, 'lib', 'node_modules'), undefined, records, notes);
    for (const [folder, ecosystem] of [['Cellar', 'brew'], ['Caskroom', 'brew-cask']] as const) {
      for (const name of list(join(prefix, folder), notes)) records.push({ ecosystem, name, path: join(prefix, folder, name) });
    }
  }
  for (const home of options.homes) {
    for (const folder of ['.npm-global/lib/node_modules', '.local/lib/node_modules', 'AppData/Roaming/npm/node_modules', '.bun/install/global/node_modules']) {
      readNodeModules(join(home.home, ...folder.split('/')), home.user, records, notes);
    }
    for (const nodeVersion of list(join(home.home, '.nvm', 'versions', 'node'), notes)) {
      readNodeModules(join(home.home, '.nvm', 'versions', 'node', nodeVersion, 'lib', 'node_modules'), home.user, records, notes);
    }
    for (const folder of ['.local/share/pipx/venvs', '.local/pipx/venvs']) {
      const venvs = join(home.home, ...folder.split('/'));
      for (const name of list(venvs, notes)) records.push({ ecosystem: 'pypi', name, path: join(venvs, name), user: home.user });
    }
  }
  const pathFolders = [
    ...(system ? (options.pathFolders ?? (process.env.PATH ?? '').split(delimiter).filter(Boolean)) : []),
    ...options.homes.flatMap((home) => [join(home.home, '.local', 'bin'), join(home.home, 'bin')]),
  ];
  for (const folder of new Set(pathFolders)) readPathFolder(folder, options.homes, records, notes);
  return records;
}

function readNodeModules(folder: string, user: string | undefined, records: PackageRecord[], notes: AuditNote[]): void {
  for (const name of list(folder, notes)) {
    if (name.startsWith('.')) continue;
    const names = name.startsWith('@') ? list(join(folder, name), notes).map((child) => `${name}/${child}`) : [name];
    for (const pkg of names) records.push({ ecosystem: 'npm', name: pkg, path: join(folder, ...pkg.split('/')), ...(user ? { user } : {}) });
  }
}

/** Each executable on PATH as a binary record; symlinks resolved, and an npm package record when one leads into node_modules. */
function readPathFolder(folder: string, homes: readonly UserHome[], records: PackageRecord[], notes: AuditNote[]): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') notes.push({ source: 'packages', path: folder, message: `cannot be read (${code})` });
    return;
  }
  const user = homes.find((home) => folder.startsWith(home.home + '/') || folder.startsWith(home.home + '\\'))?.user;
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    const path = join(folder, entry.name);
    let resolvedPath: string | undefined;
    if (entry.isSymbolicLink()) {
      try {
        resolvedPath = realpathSync(path);
      } catch {
        continue; // A dangling link runs nothing.
      }
    }
    records.push({ ecosystem: 'binary', name: entry.name, path, ...(resolvedPath ? { resolvedPath } : {}), ...(user ? { user } : {}) });
    const pkg = resolvedPath ? NODE_MODULES_PACKAGE.exec(resolvedPath)?.[1] : undefined;
    if (pkg) records.push({ ecosystem: 'npm', name: pkg.replace(/\\/g, '/'), path, resolvedPath: resolvedPath!, ...(user ? { user } : {}) });
  }
}

function list(folder: string, notes: AuditNote[]): string[] {
  try {
    return readdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') notes.push({ source: 'packages', path: folder, message: `cannot be read (${code})` });
    return [];
  }
}
