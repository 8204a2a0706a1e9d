/** @fileoverview The baseline: findings a repository accepted, keyed by rebase-proof fingerprints; building and parsing it. */
import type { Finding } from '../model/finding.js';
import { PolicyError } from './parse-policy.js';
import { describeJsonSyntaxError } from './json-syntax-error.js';

/** The default baseline file name, at the repository root. */
export const BASELINE_FILE = '.aiguard-baseline.json';

/** Bumped when an entry field is removed or changes meaning. */
export const BASELINE_VERSION = 1;

/** One accepted finding. */
export interface BaselineEntry {
  /** Evidence fingerprint: signature + content (author, author date, matched line for commits), never a commit SHA. */
  readonly fingerprint: string;
  readonly assistant: string;
  readonly signature: string;
  /** Where it was seen when accepted, for people reading the file (`path`, `ref`, or `commit <sha>`); not matched. */
  readonly location: string;
  /** ISO date-time the baseline was created. */
  readonly acceptedAt: string;
}

/** A baseline file's contents. */
export interface Baseline {
  readonly version: typeof BASELINE_VERSION;
  readonly entries: readonly BaselineEntry[];
}

/** A short human summary of where a finding was seen. */
export function summarizeLocation(finding: Finding): string {
  const { path, ref, commit, line } = finding.location;
  if (path !== undefined) return `${path}${line !== undefined ? `:${line}` : ''}`;
  if (ref !== undefined) return ref;
  if (commit !== undefined) return `commit ${commit.slice(0, 12)}${line !== undefined ? ` line ${line}` : ''}`;
  return finding.excerpt;
}

/** The baseline accepting `findings` (one entry per fingerprint, sorted so the file diffs cleanly). */
export function createBaseline(findings: readonly Finding[], acceptedAt: Date): Baseline {
  const byFingerprint = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    if (byFingerprint.has(finding.fingerprint)) continue;
    byFingerprint.set(finding.fingerprint, {
      fingerprint: finding.fingerprint,
      assistant: finding.assistant,
      signature: finding.signature,
      location: summarizeLocation(finding),
      acceptedAt: acceptedAt.toISOString(),
    });
  }
  const entries = [...byFingerprint.values()].sort((a, b) => a.signature.localeCompare(b.signature) || a.fingerprint.localeCompare(b.fingerprint));
  return { version: BASELINE_VERSION, entries };
}

/** The baseline as the file's text: 2-space JSON with a final newline. */
export function renderBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Parses a baseline file's text; a broken baseline is an error (exit 2), never "no baseline". */
export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new PolicyError(file, '$', describeJsonSyntaxError(error, text.replace(/^\uFEFF/, '')));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new PolicyError(file, '$', 'expected an object with "version" and "entries"');
  const { version, entries } = data as { version?: unknown; entries?: unknown };
  if (version !== BASELINE_VERSION) throw new PolicyError(file, '$.version', `expected ${BASELINE_VERSION}, got ${JSON.stringify(version)}`);
  if (!Array.isArray(entries)) throw new PolicyError(file, '$.entries', 'expected an array');
  return {
    version,
    entries: entries.map((entry: unknown, index) => {
      const path = `$.entries[${index}]`;
      if (typeof entry !== 'object' || entry === null) throw new PolicyError(file, path, 'expected an object');
      const record = entry as Record<string, unknown>;
      for (const key of ['fingerprint', 'assistant', 'signature', 'location', 'acceptedAt'] as const) {
        if (typeof record[key] !== 'string') throw new PolicyError(file, `${path}.${key}`, 'expected a string');
      }
      if (!/^[0-9a-f]{32}$/.test(record.fingerprint as string)) throw new PolicyError(file, `${path}.fingerprint`, 'expected 32 hex digits');
      return record as unknown as BaselineEntry;
    }),
  };
}
