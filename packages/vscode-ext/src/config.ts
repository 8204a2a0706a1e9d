/** @fileoverview Reads the aiguard.* settings; none of them can loosen a policy (see policy.ts). */
import * as path from 'node:path';
import * as vscode from 'vscode';

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
    enable: config.get<boolean>('enable', true),
    ...(policyFile ? { policyFile } : {}),
    historyDepth: Number.isInteger(depth) && depth >= 0 ? Math.min(depth, 10_000) : 200,
  };
}

/** `aiguard.enable` for the window; the guards check it before every warning. */
export function isEnabled(): boolean {
  return vscode.workspace.getConfiguration('aiguard').get<boolean>('enable', true);
}

/** True when a configuration change touches aiguard.* settings. */
export function affectsAiguard(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('aiguard');
}
