/** @fileoverview The parts of a workstation audit report beside its findings: users, vendor controls, notes. */
import type { AuditDetails, VendorControl } from '../model/audit.js';
import type { ScanResult } from '../model/scan-result.js';
import { makeExcerpt } from '../text/excerpt.js';

/**
 * Text lines for an audit's users, vendor controls and notes; none for a repository scan.
 *
 * @example
 * ```text
 * Users: ana, root
 * Vendor controls:
 *   MISSING  Claude Code managed settings  /etc/claude-code/managed-settings.json
 *   OK       VS Code AllowedExtensions policy  /etc/vscode/policy.json (excludes every banned extension)
 * Notes:
 *   processes: 2 processes exited while being read
 * ```
 */
export function auditTextSections(result: Pick<ScanResult, 'target' | 'audit'>): string[] {
  const audit = result.audit;
  if (!audit || result.target.kind !== 'workstation') return [];
  const lines = [`Users: ${result.target.users.map((user) => makeExcerpt(user)).join(', ') || '(none)'}`];
  if (result.target.roots.length > 0) lines.push(`Roots: ${result.target.roots.map((root) => makeExcerpt(root)).join(', ')} (${audit.repositories.length} repositories)`);
  if (audit.controls.length > 0) {
    lines.push('Vendor controls:');
    for (const control of audit.controls) lines.push(`  ${controlTag(control).padEnd(9)}${control.control}  ${makeExcerpt(control.file)}${controlDetail(control)}`);
  }
  if (audit.notes.length > 0) {
    lines.push('Notes:');
    for (const note of audit.notes) lines.push(`  ${note.source}: ${note.path ? `${makeExcerpt(note.path)}: ` : ''}${makeExcerpt(note.message)}`);
  }
  lines.push(`Sources: ${Object.entries(audit.sources).map(([source, count]) => `${source} ${count}`).join(', ')}`, '');
  return lines;
}

/** OK when a control is in place and, for allow-lists, excludes every banned extension. */
export function controlTag(control: VendorControl): string {
  if (control.state !== 'present') return control.state.toUpperCase();
  return control.excludesBanned === false ? 'WEAK' : 'OK';
}

function controlDetail(control: VendorControl): string {
  const detail = describeControl(control);
  return detail !== '' ? ` (${makeExcerpt(detail)})` : '';
}

/** What else a report says about a control: whether it excludes the banned extensions, and its detail; raw text. */
export function describeControl(control: VendorControl): string {
  const parts: string[] = [];
  if (control.excludesBanned === true) parts.push('excludes every banned extension');
  if (control.excludesBanned === false && control.notExcluded && control.notExcluded.length > 0) parts.push(`does not exclude ${control.notExcluded.join(', ')}`);
  if (control.detail) parts.push(control.detail);
  return parts.join('; ');
}

/** The audit block of the JSON report, keys in a fixed order. */
export function auditJson(audit: AuditDetails | undefined): object | undefined {
  if (!audit) return undefined;
  return {
    platform: audit.platform,
    sources: audit.sources,
    homes: audit.homes.map(({ user, home }) => ({ user, home })),
    repositories: audit.repositories,
    controls: audit.controls.map((control) => ({
      vendor: control.vendor,
      control: control.control,
      file: control.file,
      state: control.state,
      excludesBanned: control.excludesBanned,
      notExcluded: control.notExcluded,
      detail: control.detail,
    })),
    notes: audit.notes.map(({ source, path, message }) => ({ source, path, message })),
  };
}
