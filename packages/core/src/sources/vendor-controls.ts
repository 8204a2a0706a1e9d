/** @fileoverview Reads vendor control files (managed settings, extension policies) and says whether each is in place. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ControlState } from '../model/audit.js';
import type { Platform } from '../model/signature.js';

/** A control file as found on disk. `data` is the parsed JSON, kept in memory for evaluation and never reported. */
export interface ControlFile {
  /** The path as the platform writes it. */
  readonly file: string;
  readonly state: ControlState;
  readonly data?: unknown;
  readonly detail?: string;
}

/** Where VS Code reads its `AllowedExtensions` policy on each platform (research §32). */
export function vscodePolicyLocation(platform: Platform): { file: string; format: 'json' | 'plist' | 'registry' } {
  if (platform === 'linux') return { file: '/etc/vscode/policy.json', format: 'json' };
  if (platform === 'darwin') return { file: '/Library/Managed Preferences/com.microsoft.VSCode.plist', format: 'plist' };
  return { file: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\VSCode', format: 'registry' };
}

/**
 * Maps a system path to where it is read from: under `systemRoot` in tests and for mounted disks
 * (`C:\Program Files\X` becomes `<root>/Program Files/X`), else itself.
 */
export function systemPath(file: string, systemRoot: string | undefined): string {
  if (!systemRoot) return file;
  const relative = file.replace(/^[a-z]:[\\/]/i, '').replace(/\\/g, '/').replace(/^\/+/, '');
  return join(systemRoot, ...relative.split('/'));
}

/** Reads a JSON control file: missing, unreadable, invalid (with the parser's one-line reason), or present. */
export function readJsonControl(file: string, systemRoot?: string): ControlFile {
  let text: string;
  try {
    text = readFileSync(systemPath(file, systemRoot), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { file, state: 'missing' };
    return { file, state: 'unreadable', detail: `cannot be read (${code})` };
  }
  try {
    return { file, state: 'present', data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { file, state: 'invalid', detail: `not valid JSON (${(error as Error).message.split('\n')[0]})` };
  }
}

/** Checks that a file exists without parsing it (macOS property lists). */
export function readPresenceControl(file: string, systemRoot?: string): ControlFile {
  try {
    readFileSync(systemPath(file, systemRoot));
    return { file, state: 'present', detail: 'present; contents not checked on this platform' };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { file, state: 'missing' } : { file, state: 'unreadable', detail: `cannot be read (${code})` };
  }
}
