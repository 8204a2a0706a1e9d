/** @fileoverview Reads the aiguard.* settings; none of them can loosen a policy (see policy.ts and enablement-data.ts). */
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { policyCandidates } from '@aiguard/core';
import * as vscode from 'vscode';
import { decideEnablement, type Enablement } from './enablement-data';

/** The settings, resolved for one workspace folder. */
export interface AiguardConfig {
  /** False turns every check off. @default true */
  readonly enable: boolean;
  /** Absolute path of an extra policy file (`aiguard.policyFile`), resolved against the folder; an added layer only. */
  readonly policyFile?: string;
  /** How many recent commits of HEAD to check. @default 200 */
  readonly historyDepth: number;
}

/** Reads the settings as they apply to `folder` (or the window when there is none). */
export function readConfig(folder?: vscode.WorkspaceFolder): AiguardConfig {
  const config = vscode.workspace.getConfiguration('aiguard', folder);
  const raw = config.get<string>('policyFile', '').trim();
  const depth = config.get<number>('historyDepth', 200);
  const base = folder?.uri.fsPath;
  const expanded = base ? raw.replace(/\$\{workspaceFolder\}/g, base) : raw;
  const policyFile = expanded === '' ? undefined : path.isAbsolute(expanded) || !base ? expanded : path.join(base, expanded);
  return {
    enable: readEnablement().enabled,
    ...(policyFile ? { policyFile } : {}),
    historyDepth: Number.isInteger(depth) && depth >= 0 ? Math.min(depth, 10_000) : 200,
  };
}

/** `aiguard.enable` for the window; the guards check it before every warning. */
export function isEnabled(): boolean {
  return readEnablement().enabled;
}

/**
 * Whether the guard is on, read from each settings layer (VS Code already ignores a workspace value of this
 * machine-scoped setting; it is checked here too so that no editor version can let a repository switch it off).
 */
export function readEnablement(): Enablement {
  const inspected = vscode.workspace.getConfiguration('aiguard').inspect<boolean>('enable');
  // VS Code drops a machine-scoped value from the workspace layer before `inspect` sees it; the files still say what
  // the repository asked for, so the user can be told it was ignored.
  const workspaceAsked = inspected?.workspaceValue === false || workspaceFilesDisable() ? false : undefined;
  return decideEnablement(
    { user: inspected?.globalValue, workspace: workspaceAsked, workspaceFolder: inspected?.workspaceFolderValue },
    guardingPolicyFile(),
  );
}

const DISABLES = /"aiguard\.enable"\s*:\s*false/;

/** True when a folder's .vscode/settings.json or the .code-workspace file sets `"aiguard.enable": false`. */
function workspaceFilesDisable(): boolean {
  const files = (vscode.workspace.workspaceFolders ?? []).map((folder) => path.join(folder.uri.fsPath, '.vscode', 'settings.json'));
  const workspaceFile = vscode.workspace.workspaceFile;
  if (workspaceFile?.scheme === 'file') files.push(workspaceFile.fsPath);
  return files.some((file) => DISABLES.test(readSmallRegularFile(file)));
}

/** The first 64 KiB of a regular file, or '' (opened without blocking, so a FIFO planted by a repository cannot hang the editor). */
function readSmallRegularFile(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) return '';
    const buffer = Buffer.alloc(64 * 1024);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The managed or user policy file in force, if any (cheap: a few stat calls). */
function guardingPolicyFile(): string | undefined {
  for (const candidate of policyCandidates({})) {
    if (candidate.layer !== 'managed' && candidate.layer !== 'user') continue;
    try {
      if (existsSync(candidate.file) && !statSync(candidate.file).isDirectory()) return candidate.file;
    } catch {
      // Unreadable: core's loader will fail closed on it; here it only means "not known to be there".
    }
  }
  return undefined;
}

/** True when a configuration change touches aiguard.* settings. */
export function affectsAiguard(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('aiguard');
}
