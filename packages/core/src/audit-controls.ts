/** @fileoverview The vendor controls an audit checks: managed settings files and VS Code's AllowedExtensions policy. */
import type { CompiledCatalog } from './detectors/catalog-index.js';
import { extensionsNotExcluded } from './detectors/workstation-evidence.js';
import type { VendorControl } from './model/audit.js';
import type { Policy } from './model/policy.js';
import type { Platform } from './model/signature.js';
import { decideAction } from './policy/evaluate.js';
import type { readJsonControl, readPresenceControl } from './sources/vendor-controls.js';
import { vscodePolicyLocation } from './sources/vendor-controls.js';

/** The reads a control check does. */
export interface ControlSources {
  readonly readJsonControl: typeof readJsonControl;
  readonly readPresenceControl: typeof readPresenceControl;
}

/** Claude Code's managed settings, every banned assistant's managed files, and VS Code's AllowedExtensions policy. */
export function readControls(io: ControlSources, catalog: CompiledCatalog, policy: Policy, platform: Platform, systemRoot: string | undefined): VendorControl[] {
  const controls: VendorControl[] = [];
  const isBanned = (assistant: string): boolean => decideAction(assistant, policy).action === 'block';
  for (const { assistant, signature } of catalog.managedPolicies) {
    if (signature.platform !== platform || (assistant !== 'claude-code' && !isBanned(assistant))) continue;
    const name = catalog.assistants.find((a) => a.id === assistant);
    const isJson = signature.path.endsWith('.json');
    const read = isJson ? io.readJsonControl(signature.path, systemRoot) : io.readPresenceControl(signature.path, systemRoot);
    controls.push({
      vendor: name?.vendor ?? assistant,
      control: `${name?.name ?? assistant} managed settings`,
      file: read.file,
      state: read.state,
      ...(read.state === 'present' && isJson && (typeof read.data !== 'object' || read.data === null || Array.isArray(read.data))
        ? { state: 'invalid' as const, detail: 'expected a JSON object' }
        : read.detail
          ? { detail: read.detail }
          : {}),
    });
  }
  const bannedIds = catalog.extensions.filter(({ assistant, signature }) => signature.editor === 'vscode' && isBanned(assistant)).flatMap(({ signature }) => signature.ids);
  const location = vscodePolicyLocation(platform);
  if (location.format === 'registry') {
    controls.push({ vendor: 'Microsoft', control: 'VS Code AllowedExtensions policy', file: location.file, state: 'unsupported', detail: 'the registry is not read yet' });
    return controls;
  }
  const read = location.format === 'json' ? io.readJsonControl(location.file, systemRoot) : io.readPresenceControl(location.file, systemRoot);
  const control: VendorControl = { vendor: 'Microsoft', control: 'VS Code AllowedExtensions policy', file: read.file, state: read.state, ...(read.detail ? { detail: read.detail } : {}) };
  if (read.state !== 'present' || location.format !== 'json') {
    controls.push(control);
    return controls;
  }
  const value = typeof read.data === 'object' && read.data !== null ? (read.data as Record<string, unknown>).AllowedExtensions : undefined;
  if (value === undefined) {
    controls.push({ ...control, excludesBanned: bannedIds.length === 0, notExcluded: bannedIds, detail: 'no AllowedExtensions key' });
    return controls;
  }
  const notExcluded = extensionsNotExcluded(value, bannedIds);
  if (notExcluded === undefined) controls.push({ ...control, state: 'invalid', detail: 'AllowedExtensions is not an object' });
  else controls.push({ ...control, excludesBanned: notExcluded.length === 0, notExcluded });
  return controls;
}
