/** @fileoverview Tests for the plain text report: golden files, one row per commit and tool, width, limits, audits, hostile input. */
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, test } from 'vitest';
import type { CommitDetails } from '../model/evidence.js';
import type { Finding } from '../model/finding.js';
import type { ScanResult } from '../model/scan-result.js';
import { SAMPLE_AUDIT } from '../../../../test/helpers/report/audit-sample.js';
import { expectGolden } from '../../../../test/helpers/report/golden.js';
import { SAMPLE_ASSISTANTS, SAMPLE_SCAN, SAMPLE_SCAN_WITHOUT_POLICY } from '../../../../test/helpers/report/sample-scan.js';
import { NO_POLICY_NOTICE, NO_WORKSTATION_POLICY_NOTICE, renderText } from './text.js';

const ESC = '\x1b';
const [CLAUDE_MD, BRANCH, TRAILER] = SAMPLE_SCAN.findings as [Finding, Finding, Finding];

function details(subject: string, authorName = 'Ana Human'): CommitDetails {
  return {
    authorName,
    authorEmail: 'ana@example.com',
    authorDate: '2025-11-03T14:22:09+01:00',
    committerName: authorName,
    committerEmail: 'ana@example.com',
    committerDate: '2025-11-03T14:22:09+01:00',
    subject,
  };
}

/** `count` commits, each carrying a trailer and a footer finding of the same assistant. */
function commitsWithTwoSignals(count: number): Finding[] {
  return Array.from({ length: count }, (_, index) => {
    const commit = index.toString(16).padStart(4, '0').padEnd(40, 'c');
    // Two separate findings of one tool in one commit (no `signatures` list): the renderer must still give one row.
    const { signatures: _signatures, ...trailer } = TRAILER;
    const base = { ...trailer, verdict: 'warn' as const, location: { repository: '/work/repo', commit, line: 5 }, commit: details(`Change number ${index} of the request pipeline`) };
    return [base, { ...base, signature: 'claude-code/branch', line: 3 }];
  }).flat();
}

function scanOf(findings: readonly Finding[]): ScanResult {
  return { ...SAMPLE_SCAN, findings };
}

describe('renderText', () => {
  test('renders the sample scan as the golden file', () => {
    expectGolden('text-basic.txt', renderText(scanOf([CLAUDE_MD, BRANCH, { ...TRAILER, commit: details('Add retry budget to the request pipeline') }]), { assistants: SAMPLE_ASSISTANTS, color: false }));
  });

  test('says in its header that no policy was found, in the exact words the CLI documents', () => {
    const text = renderText(SAMPLE_SCAN_WITHOUT_POLICY, { assistants: SAMPLE_ASSISTANTS, color: false });
    expectGolden('text-no-policy.txt', text);
    expect(text.split('\n')[1]).toBe('No policy found: every finding is reported as a warning. Add .aiguard.json or pass --policy FILE.');
    expect(NO_POLICY_NOTICE).toBe(text.split('\n')[1]);
  });

  test('gives a commit with several signals of one assistant one row, naming each signal once, and counts it once', () => {
    const text = renderText(scanOf(commitsWithTwoSignals(3)), { assistants: SAMPLE_ASSISTANTS, color: false });
    const rows = text.split('\n').filter((line) => line.startsWith('  WARN'));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toBe('  WARN   0000cccccc  2025-11-03  Ana Human  Change number 0 of the request pipeline  co-author-trailer, branch · anthropic/claude-opus-4.6');
    expect(text).toContain('Claude Code (Anthropic): 3 warnings (3 commits)\n');
    expect(text).toContain('Findings: 0 blocked, 3 warnings, 0 info');
  });

  test('fits every row to the width, cutting the subject before the signals, and the signals once the subject is short', () => {
    const rowsAt = (width: number): string[] =>
      stripVTControlCharacters(renderText(scanOf(commitsWithTwoSignals(2)), { assistants: SAMPLE_ASSISTANTS, color: true, text: { width } }))
        .split('\n')
        .filter((line) => line.startsWith('  '));
    for (const width of [60, 80, 100]) for (const line of rowsAt(width)) expect(Array.from(line).length, line).toBeLessThanOrEqual(width);
    expect(rowsAt(100).find((line) => line.startsWith('  WARN'))).toMatch(/Change number 0 of the …  co-author-trailer, branch · a…$/);
    // Below 24 characters a subject says nothing: it keeps them, and the signals give way.
    expect(rowsAt(80).find((line) => line.startsWith('  WARN'))).toMatch(/Change number 0 of the …  co-author…$/);
  });

  test('pads short subjects to their column only, so a wide terminal prints what a pipe prints', () => {
    const result = scanOf([{ ...TRAILER, commit: details('Add retry budget') }]);
    const wide = renderText(result, { assistants: SAMPLE_ASSISTANTS, color: false, text: { width: 200 } });
    expect(wide).toBe(renderText(result, { assistants: SAMPLE_ASSISTANTS, color: false }));
    expect(wide).toContain('  Add retry budget  co-author-trailer, generated-with-footer · anthropic/claude-opus-4.6\n');
  });

  test('shows at most --limit rows per assistant and says how many more there are, or every row with 0', () => {
    const findings = commitsWithTwoSignals(30);
    const limited = renderText(scanOf(findings), { assistants: SAMPLE_ASSISTANTS, color: false, text: { limit: 5 } });
    expect(limited.split('\n').filter((line) => line.startsWith('  WARN'))).toHaveLength(5);
    expect(limited).toContain('  … 25 more (--limit 0 lists all, --format json gives every finding)\n');
    expect(renderText(scanOf(findings), { assistants: SAMPLE_ASSISTANTS, color: false }).split('\n').filter((line) => line.startsWith('  WARN'))).toHaveLength(20);
    expect(renderText(scanOf(findings), { assistants: SAMPLE_ASSISTANTS, color: false, text: { limit: 0 } }).split('\n').filter((line) => line.startsWith('  WARN'))).toHaveLength(30);
  });

  test('with summaryOnly prints the header, one count line per assistant and the totals', () => {
    const text = renderText(SAMPLE_SCAN, { assistants: SAMPLE_ASSISTANTS, color: false, text: { summaryOnly: true } });
    expect(text).toBe(
      [
        'aiguard report for /work/repo',
        'Policy: repository /work/repo/.aiguard.json',
        '',
        'Claude Code (Anthropic): 1 blocked, 1 warning, 1 info (1 commit, 1 file, 1 ref)',
        '',
        'Scanned 42 commits, 3 refs and 17 paths.',
        'Findings: 1 blocked, 1 warning, 1 info; 2 left out by policy.',
        '',
      ].join('\n'),
    );
  });

  test('prints a file finding with its path once', () => {
    const text = renderText(scanOf([CLAUDE_MD]), { assistants: SAMPLE_ASSISTANTS, color: false });
    expect(text.match(/CLAUDE\.md(?! memory)/g)).toHaveLength(1);
  });

  test('says the baseline took findings out when it did, not the policy', () => {
    const result = { ...SAMPLE_SCAN, summary: { ...SAMPLE_SCAN.summary, suppressed: 7 }, suppressions: { suppressedByBaseline: 6, suppressedByIgnores: 1, baselineFile: '/work/repo/.aiguard-baseline.json' } };
    expect(renderText(result, { assistants: SAMPLE_ASSISTANTS, color: false })).toContain(
      "Findings: 1 blocked, 1 warning, 1 info; 6 accepted by the baseline /work/repo/.aiguard-baseline.json, 1 ignored by the policy's ignores.\n",
    );
  });

  test('writes no escape sequence without color, and only escape sequences with it', () => {
    const plain = renderText(SAMPLE_SCAN, { assistants: SAMPLE_ASSISTANTS, color: false });
    const colored = renderText(SAMPLE_SCAN, { assistants: SAMPLE_ASSISTANTS, color: true });
    expect(plain).not.toContain(ESC);
    expect(colored).toContain(`${ESC}[31m`);
    expect(stripVTControlCharacters(colored)).toBe(plain);
  });

  test('escapes control characters in scanned paths, subjects and authors so they cannot drive the terminal', () => {
    const hostile: Finding = { ...CLAUDE_MD, location: { path: `evil${ESC}]0;pwned\x07/CLAUDE.md` }, excerpt: `evil${ESC}[2J` };
    const hostileCommit: Finding = { ...TRAILER, commit: details(`subject${ESC}[2J`, `name${ESC}]0;x\x07`) };
    const text = renderText(scanOf([hostile, hostileCommit]), { assistants: SAMPLE_ASSISTANTS, color: false });
    expect(text).not.toContain(ESC);
    expect(text).not.toContain('\x07');
    expect(text).toContain('evil\\u{1b}]0;pwned\\u{7}/CLAUDE.md');
  });

  test('names an assistant and signature the catalog does not know by their ids', () => {
    const unknown: Finding = { ...CLAUDE_MD, assistant: 'new-tool', signature: 'new-tool/marker-file' };
    const text = renderText(scanOf([unknown]), { assistants: SAMPLE_ASSISTANTS, color: false });
    expect(text).toContain('\nnew-tool: 1 blocked (1 file)\n');
    expect(text).toContain('  BLOCK  CLAUDE.md  marker-file\n  marker-file: new-tool/marker-file\n');
  });

  test('groups findings by assistant, in the order the findings come', () => {
    const other: Finding = { ...BRANCH, assistant: 'cursor', signature: 'cursor/rules' };
    const headings = renderText(scanOf([CLAUDE_MD, other, BRANCH, TRAILER]), { assistants: SAMPLE_ASSISTANTS, color: false })
      .split('\n')
      .filter((line) => /^\S.*: \d/.test(line) && !line.startsWith('Findings'));
    expect(headings).toEqual(['Claude Code (Anthropic): 1 blocked, 1 warning, 1 info (1 commit, 1 file, 1 ref)', 'cursor: 1 warning (1 ref)']);
  });

  test('says so when there is nothing to report', () => {
    const empty: ScanResult = { ...SAMPLE_SCAN, findings: [], summary: { ...SAMPLE_SCAN.summary, findings: { block: 0, warn: 0, info: 0 }, byAssistant: {}, suppressed: 0 } };
    expect(renderText(empty, { assistants: SAMPLE_ASSISTANTS, color: false })).toContain('\n\nNo findings.\n\nScanned 42 commits, 3 refs and 17 paths.\nFindings: 0 blocked, 0 warnings, 0 info.\n');
  });

  test('names a bare repository, a range and a history-less scan in the header', () => {
    const result: ScanResult = { ...SAMPLE_SCAN, target: { kind: 'repository', path: '/srv/git/app.git', isBare: true, range: 'v1..v2', history: false } };
    expect(renderText(result, { assistants: SAMPLE_ASSISTANTS, color: false }).split('\n')[0]).toBe('aiguard report for /srv/git/app.git (bare; range v1..v2; refs and paths only)');
  });
});

describe('renderText for audits', () => {
  test('names the repository of each repository finding and prints no scan-only commit count', () => {
    const text = renderText(SAMPLE_AUDIT, { assistants: SAMPLE_ASSISTANTS, color: false });
    expect(text).toContain('  repository /srv/code/app\n  INFO   9a8b7c6d5e');
    expect(text).not.toContain('Scanned ');
    expect(text).toContain('  BLOCK  /home/ana/.claude (ana)');
  });

  test('without a workstation policy points at the managed and user files, and admits repositories that carry their own', () => {
    const commit = SAMPLE_AUDIT.findings[3]!;
    const withoutPolicy: ScanResult = { ...SAMPLE_AUDIT, policy: { found: false, layers: [] }, findings: [{ ...commit, verdict: 'block', decidedBy: { layer: 'repository', file: '/srv/code/app/.aiguard.json', rule: 'assistants.claude-code: block' } }] };
    const header = renderText(withoutPolicy, { assistants: SAMPLE_ASSISTANTS, color: false }).split('\n')[1];
    expect(header).toBe(`${NO_WORKSTATION_POLICY_NOTICE} 1 repository applies its own .aiguard.json.`);
    expect(header).toContain('/etc/aiguard/policy.json (managed)');
    expect(header).not.toContain('Add .aiguard.json');
  });
});
