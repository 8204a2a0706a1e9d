/** @fileoverview Runs `aiguard scan --format json` and reads the report, for end-to-end assertions on findings. */
import { expect } from 'vitest';
import { runCli } from './run-cli.js';

/** One finding as the JSON report writes it. */
export interface ReportFinding {
  readonly assistant: string;
  readonly signature: string;
  readonly kind: string;
  readonly strength: string;
  readonly verdict: string;
  readonly location: { readonly commit?: string; readonly ref?: string; readonly path?: string; readonly line?: number; readonly role?: string };
  readonly evidence: string;
  readonly model?: { readonly id: string; readonly written: string; readonly provider?: string };
  readonly provider?: string;
  /** Every signature that showed this tool in this commit (commit findings only). */
  readonly signatures?: readonly { readonly signature: string; readonly kind: string; readonly line?: number; readonly role?: string; readonly evidence: string }[];
}

/** The parts of the JSON report these tests read. */
export interface JsonReport {
  readonly target: { readonly path: string; readonly isBare: boolean; readonly range?: string; readonly history: boolean };
  readonly policy: { readonly found: boolean };
  readonly summary: { readonly commitsScanned: number; readonly refsScanned: number; readonly pathsScanned: number; readonly findings: Record<string, number> };
  readonly findings: readonly ReportFinding[];
}

/** Scans `path` with JSON output, expects exit code `exitCode` and no stderr, and returns the parsed report. */
export async function scanJson(path: string, args: readonly string[] = [], exitCode = 0): Promise<JsonReport & { readonly stderr: string }> {
  const result = await runCli(['scan', path, '--format', 'json', ...args]);
  expect(result.exitCode, `stderr: ${String(result.stderr)}`).toBe(exitCode);
  return { ...(JSON.parse(String(result.stdout)) as JsonReport), stderr: String(result.stderr) };
}

/** The findings about one commit. */
export function findingsFor(report: JsonReport, commit: string): ReportFinding[] {
  return report.findings.filter((finding) => finding.location.commit === commit);
}

/** Every signature seen in one commit, over all its findings (one finding per tool carries several). */
export function signaturesIn(report: JsonReport, commit: string): { readonly signature: string; readonly kind: string; readonly line?: number; readonly role?: string }[] {
  return findingsFor(report, commit).flatMap((finding): { readonly signature: string; readonly kind: string; readonly line?: number; readonly role?: string }[] =>
    finding.signatures ? [...finding.signatures] : [{ signature: finding.signature, kind: finding.kind, ...finding.location }],
  );
}

/** Asserts the run ended with `exitCode` and exactly one stderr line `aiguard: ...` (never a stack trace); returns that line. */
export function expectOneLineError(result: { exitCode?: number; stderr: unknown; stdout: unknown }, exitCode: number): string {
  const stderr = String(result.stderr);
  expect(result.exitCode, `stderr: ${stderr}`).toBe(exitCode);
  expect(stderr.endsWith('\n')).toBe(true);
  const lines = stderr.slice(0, -1).split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^aiguard: \S/);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(String(result.stdout)).toBe('');
  return lines[0]!;
}
