/** @fileoverview Tests for the GitLab Code Quality report: golden file, required fields, fingerprints that ignore line moves. */
import { describe, expect, test } from 'vitest';
import { SAMPLE_AUDIT } from '../../../../test/helpers/report/audit-sample.js';
import { expectGolden } from '../../../../test/helpers/report/golden.js';
import { CODEQUALITY_GIT_PATH, renderCodeQuality } from './codequality.js';
import { SAMPLE_ASSISTANTS, SAMPLE_SCAN } from '../../../../test/helpers/report/sample-scan.js';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

const parse = (text: string) => JSON.parse(text) as Issue[];

describe('renderCodeQuality', () => {
  test('matches the golden file', () => {
    expectGolden('codequality-basic.json', renderCodeQuality(SAMPLE_SCAN, { assistants: SAMPLE_ASSISTANTS }));
  });

  test('gives every issue the fields GitLab requires, with a severity from the verdict', () => {
    const issues = parse(renderCodeQuality(SAMPLE_SCAN, { assistants: SAMPLE_ASSISTANTS }));
    expect(issues.map((issue) => [issue.check_name, issue.severity, issue.location.path, issue.location.lines.begin])).toEqual([
      ['claude-code/claude-md', 'blocker', 'CLAUDE.md', 1],
      ['claude-code/branch', 'major', CODEQUALITY_GIT_PATH, 1],
      ['claude-code/co-author-trailer', 'info', CODEQUALITY_GIT_PATH, 5],
    ]);
    for (const issue of issues) {
      expect(issue.description.length).toBeGreaterThan(0);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{16,}$/);
    }
    expect(issues[2]!.description).toContain('commit 3f2a9c1d0e4b line 5');
  });

  test('keeps fingerprints when the same evidence moves to another line', () => {
    const moved = { ...SAMPLE_SCAN, findings: SAMPLE_SCAN.findings.map((finding) => ({ ...finding, location: { ...finding.location, line: (finding.location.line ?? 0) + 40 } })) };
    const before = parse(renderCodeQuality(SAMPLE_SCAN, { assistants: SAMPLE_ASSISTANTS }));
    const after = parse(renderCodeQuality(moved, { assistants: SAMPLE_ASSISTANTS }));
    expect(after.map((issue) => issue.fingerprint)).toEqual(before.map((issue) => issue.fingerprint));
    expect(after.map((issue) => issue.location.lines.begin)).not.toEqual(before.map((issue) => issue.location.lines.begin));
  });

  test('keeps hostile evidence on one line', () => {
    const hostile = { ...SAMPLE_SCAN, findings: [{ ...SAMPLE_SCAN.findings[0]!, excerpt: 'CLAUDE.md\n"},{"fake":1\u2028' }] };
    const [issue] = parse(renderCodeQuality(hostile, { assistants: SAMPLE_ASSISTANTS }));
    expect(issue!.description).not.toMatch(/[\n\u2028]/);
    expect(issue!.description).toContain('\\u000a');
  });

  test('names the place of audit findings that have no file', () => {
    const issues = parse(renderCodeQuality(SAMPLE_AUDIT, { assistants: SAMPLE_ASSISTANTS }));
    expect(issues.length).toBe(SAMPLE_AUDIT.findings.length);
    for (const issue of issues) expect(issue.location.path).not.toBe('');
  });
});
