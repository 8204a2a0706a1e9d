/**
 * @fileoverview `aiguard hook install` and `uninstall`: writes aiguard's hooks into the effective hooks folder (or
 * husky's files), chaining any hook that was there, idempotently; uninstall puts back exactly what was there.
 */
import { chmod, lstat, mkdir, readdir, readFile, rename, rm, rmdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { usageError } from '../../output/cli-error.js';
import { readRepositoryConfig, unsetRepositoryConfig, writeRepositoryConfig } from './git-client.js';
import {
  CHAINED_SUFFIX,
  findHuskyBlock,
  HUSKY_CREATED_HEADER,
  huskyInsertionPoint,
  isAiguardScript,
  renderHookScript,
  renderHuskyBlock,
  type CommitMsgMode,
  type HookName,
  type HookScriptSpec,
  type Launcher,
} from './hook-script.js';
import { defaultGlobalHooksFolder, didSetGlobalHooksPath, readGlobalHooksPath, resolveRepositoryTarget, SET_HOOKS_PATH_MARKER, writeGlobalHooksPath, type HookTarget } from './hooks-folder.js';

/** Which hooks folder: this repository's, the user's global one, or a server repository's (pre-receive). */
export type InstallScope = 'repository' | 'global' | 'server';

/** One install or uninstall request. */
export interface InstallRequest {
  readonly scope: InstallScope;
  /** Folder inside the repository (ignored for `global`). */
  readonly cwd: string;
  readonly hooks: readonly HookName[];
  /** commit-msg mode. @default 'block' */
  readonly mode?: CommitMsgMode;
  readonly launcher: Launcher;
  /** Hooks written only to chain the hooks that were there and the repository's own (see HookScriptSpec.chainOnly). */
  readonly chainOnlyHooks?: readonly HookName[];
}

/** What happened to one hook file. */
export interface HookChange {
  readonly hook: HookName;
  readonly file: string;
  /**
   * installed (new file or block), chained (an existing hook moved to `<hook>.aiguard-chained`), updated, unchanged;
   * removed, restored (the chained hook put back), absent (nothing of aiguard's there), foreign (someone else's
   * hook now sits there: left alone).
   */
  readonly action: 'installed' | 'chained' | 'updated' | 'unchanged' | 'removed' | 'restored' | 'absent' | 'foreign';
}

/** The outcome of a request. */
export interface InstallResult {
  readonly target: HookTarget;
  readonly changes: readonly HookChange[];
  /** Config changes and caveats, one line each. */
  readonly notes: readonly string[];
}

/** The marker file saying aiguard turned on receive.advertisePushOptions (for break glass) on a server repository. */
const SET_PUSH_OPTIONS_MARKER = '.aiguard-set-advertise-push-options';

/** Installs the requested hooks; running it twice changes nothing the second time. */
export async function installHooks(request: InstallRequest): Promise<InstallResult> {
  const notes: string[] = [];
  const { target, chainRepositoryHook } = await resolveTarget(request, 'install', notes);
  const changes: HookChange[] = [];
  for (const hook of request.hooks) {
    const spec: HookScriptSpec = { hook, launcher: request.launcher, mode: request.mode ?? 'block', chainRepositoryHook };
    changes.push(target.kind === 'husky' ? await installHuskyBlock(target.dir, spec) : await installScript(target.dir, spec));
  }
  if (target.kind === 'folder') {
    for (const hook of request.chainOnlyHooks ?? []) {
      if (!request.hooks.includes(hook)) changes.push(await installScript(target.dir, { hook, launcher: request.launcher, chainRepositoryHook, chainOnly: true }));
    }
  }
  if (request.scope === 'server') await enablePushOptions(target.dir, request.cwd, notes);
  return { target, changes, notes };
}

/** Removes the requested hooks and restores what each had replaced, byte for byte and with its mode. */
export async function uninstallHooks(request: Omit<InstallRequest, 'mode' | 'launcher' | 'chainOnlyHooks'>): Promise<InstallResult> {
  const notes: string[] = [];
  const { target } = await resolveTarget(request, 'uninstall', notes);
  const changes: HookChange[] = [];
  for (const hook of request.hooks) changes.push(target.kind === 'husky' ? await uninstallHuskyBlock(target.dir, hook) : await uninstallScript(target.dir, hook));
  if (request.scope === 'server') await restorePushOptions(target.dir, request.cwd, notes);
  if (request.scope === 'global' && didSetGlobalHooksPath(target.dir) && !changes.some((change) => change.action === 'foreign')) {
    if ((await readGlobalHooksPath()) === target.dir) {
      await writeGlobalHooksPath(undefined);
      notes.push(`unset global core.hooksPath (it was ${target.dir}, set by aiguard hook install --global)`);
    }
    await rm(join(target.dir, SET_HOOKS_PATH_MARKER), { force: true });
    if ((await readdir(target.dir)).length === 0) await rmdir(target.dir);
  }
  return { target, changes, notes };
}

async function resolveTarget(
  request: Pick<InstallRequest, 'scope' | 'cwd'>,
  action: 'install' | 'uninstall',
  notes: string[],
): Promise<{ target: HookTarget; chainRepositoryHook: boolean }> {
  if (request.scope === 'global') {
    const current = await readGlobalHooksPath();
    if (current !== undefined) return { target: { kind: 'folder', dir: current }, chainRepositoryHook: didSetGlobalHooksPath(current) };
    const dir = defaultGlobalHooksFolder();
    if (action === 'uninstall') return { target: { kind: 'folder', dir }, chainRepositoryHook: true };
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, SET_HOOKS_PATH_MARKER), 'aiguard hook install --global set git config --global core.hooksPath to this folder; aiguard hook uninstall --global unsets it.\n');
    await writeGlobalHooksPath(dir);
    notes.push(`set global core.hooksPath to ${dir}; its hooks also run each repository's own .git/hooks`);
    return { target: { kind: 'folder', dir }, chainRepositoryHook: true };
  }
  const target = await resolveRepositoryTarget(request.cwd);
  if (request.scope === 'server' && target.kind === 'husky') throw usageError(`--server needs the repository git receives pushes into; ${target.root} uses husky`);
  if (request.scope === 'repository' && target.isBare) throw usageError(`${target.root} is a bare repository: use \`aiguard hook ${action} --server\` for pre-receive`);
  const globalDir = await readGlobalHooksPath();
  if (request.scope === 'repository' && globalDir === target.dir) notes.push(`${target.dir} is the global core.hooksPath: every repository using it gets these hooks`);
  if (action === 'install' && target.kind === 'folder') await mkdir(target.dir, { recursive: true });
  return { target, chainRepositoryHook: false };
}

async function installScript(dir: string, spec: HookScriptSpec): Promise<HookChange> {
  const file = join(dir, spec.hook);
  const chained = `${file}${CHAINED_SUFFIX}`;
  const script = renderHookScript(spec);
  const existing = await lstatOrUndefined(file);
  if (existing && existing.isFile() && isAiguardScript(await readFile(file, 'utf8'))) {
    if ((await readFile(file, 'utf8')) === script && (existing.mode & 0o111) === 0o111) return { hook: spec.hook, file, action: 'unchanged' };
    await writeScript(file, script);
    return { hook: spec.hook, file, action: 'updated' };
  }
  if (existing) {
    if (await lstatOrUndefined(chained)) throw usageError(`cannot chain ${file}: ${chained} already exists; move one of them away and run install again`);
    await rename(file, chained); // rename keeps the bytes, the mode bits and a symlink as it was
    await writeScript(file, script);
    return { hook: spec.hook, file, action: 'chained' };
  }
  await writeScript(file, script);
  return { hook: spec.hook, file, action: 'installed' };
}

async function uninstallScript(dir: string, hook: HookName): Promise<HookChange> {
  const file = join(dir, hook);
  const chained = `${file}${CHAINED_SUFFIX}`;
  const existing = await lstatOrUndefined(file);
  const hasChained = (await lstatOrUndefined(chained)) !== undefined;
  if (existing && !(existing.isFile() && isAiguardScript(await readFile(file, 'utf8')))) return { hook, file, action: hasChained ? 'foreign' : 'absent' };
  if (existing) await unlink(file);
  if (hasChained) {
    await rename(chained, file);
    return { hook, file, action: 'restored' };
  }
  return { hook, file, action: existing ? 'removed' : 'absent' };
}

async function installHuskyBlock(dir: string, spec: HookScriptSpec): Promise<HookChange> {
  const file = join(dir, spec.hook);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) {
    await writeFile(file, HUSKY_CREATED_HEADER + renderHuskyBlock(spec, { createdFile: true, addedNewline: false }), { mode: 0o755 });
    return { hook: spec.hook, file, action: 'installed' };
  }
  const found = findHuskyBlock(text, spec.hook);
  if (found) {
    const block = renderHuskyBlock(spec, found);
    if (block === found.text) return { hook: spec.hook, file, action: 'unchanged' };
    await writeFile(file, text.slice(0, found.start) + block + text.slice(found.end));
    return { hook: spec.hook, file, action: 'updated' };
  }
  const at = huskyInsertionPoint(text);
  const addedNewline = at === text.length && text !== '' && !text.endsWith('\n');
  const block = renderHuskyBlock(spec, { createdFile: false, addedNewline });
  await writeFile(file, text.slice(0, at) + (addedNewline ? '\n' : '') + block + text.slice(at)); // an existing file keeps its mode
  return { hook: spec.hook, file, action: 'installed' };
}

async function uninstallHuskyBlock(dir: string, hook: HookName): Promise<HookChange> {
  const file = join(dir, hook);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  const found = text === undefined ? undefined : findHuskyBlock(text, hook);
  if (text === undefined || !found) return { hook, file, action: 'absent' };
  const before = text.slice(0, found.start);
  const restored = (found.addedNewline && before.endsWith('\n') ? before.slice(0, -1) : before) + text.slice(found.end);
  if (found.createdFile && restored === HUSKY_CREATED_HEADER) await unlink(file);
  else await writeFile(file, restored);
  return { hook, file, action: 'removed' };
}

/** Break glass needs push options: turn them on unless the repository already says either way. */
async function enablePushOptions(hooksDir: string, cwd: string, notes: string[]): Promise<void> {
  const current = await readRepositoryConfig(cwd, 'receive.advertisePushOptions');
  if (current !== undefined) {
    if (current.trim() !== 'true') notes.push('receive.advertisePushOptions is off here, so `git push -o aiguard.breakglass=...` cannot reach the hook');
    return;
  }
  await writeRepositoryConfig(cwd, 'receive.advertisePushOptions', 'true');
  await writeFile(join(hooksDir, SET_PUSH_OPTIONS_MARKER), 'aiguard hook install --server set receive.advertisePushOptions=true; uninstall unsets it.\n');
  notes.push('set receive.advertisePushOptions=true so `git push -o aiguard.breakglass="reason"` reaches the hook');
}

async function restorePushOptions(hooksDir: string, cwd: string, notes: string[]): Promise<void> {
  const marker = join(hooksDir, SET_PUSH_OPTIONS_MARKER);
  if (!(await lstatOrUndefined(marker))) return;
  await unsetRepositoryConfig(cwd, 'receive.advertisePushOptions');
  await unlink(marker);
  notes.push('unset receive.advertisePushOptions (set by aiguard hook install --server)');
}

async function writeScript(file: string, script: string): Promise<void> {
  const temporary = `${file}.aiguard-tmp-${process.pid}`;
  await writeFile(temporary, script, { mode: 0o755 });
  await chmod(temporary, 0o755); // the umask may have taken bits off
  await rename(temporary, file);
}

async function lstatOrUndefined(path: string) {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
