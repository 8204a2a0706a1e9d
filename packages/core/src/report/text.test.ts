/** @fileoverview Tests for the plain text report: golden files with and without a policy, colors, and hostile input. */
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, test } from 'vitest';
import type { Finding } from '../model/finding.js';
import type { ScanResult } from '../model/scan-result.js';
import { expectGolden } from '../../../../test/helpers/report/golden.js';
import { SAMPLE_ASSISTANTS, SAMPLE_SCAN, SAMPLE_SCAN_WITHOUT_POLICY } from '../../../../test/helpers/report/sample-scan.js';
import { NO_POLICY_NOTICE, renderText } from './text.js';

const ESC = '\x1b';

describe('renderText', () => {
  test('renders the sample scan as the golden file', () => {
    expectGolden('text-basic.txt', renderText(SAMPLE_SCAN, { assistants: SAMPLE_ASSISTANTS, color: false }));
  });

  test('says in its header that no policy was found, in the exact words the CLI documents', () => {
    const text = renderText(SAMPLE_SCAN_WITHOUT_POLICY, { assistants: SAMPLE_ASSISTANTS, color: false });
    expectGolden('text-no-policy.txt', text);
    expect(text.split('\n')[1]).toBe('No policy found: every finding is reported as a warning. Add .aiguard.json or pass --policy FILE.');
    expect(NO_POLICY_NOTICE).toBe(text.split('\n')[1]);
  });

  test('writes no escape sequence without color, and only escape sequences with it', () => {
    const plain = renderText(SAMPLE_SCAN, { assistants: SAMPLE_ASSISTANTS, color: false });
    const colored = renderText(SAMPLE_SCAN, { assistants: SAMPLE_ASSISTANTS, color: true });
    expect(plain).not.toContain(ESC);
    expect(colored).toContain(`${ESC}[31m`);
    expect(stripVTControlCharacters(colored)).toBe(plain);
  });

  test('escapes control characters in scanned paths and refs so they cannot drive the terminal', () => {
    const hostile: Finding = { ...SAMPLE_SCAN.findings[0]!, location: { path: `evil${ESC}]0;pwned\x07/CLAUDE.md` }, excerpt: `evil${ESC}[2J` };
    const text = renderText({ ...SAMPLE_SCAN, findings: [hostile] }, { assistants: SAMPLE_ASSISTANTS, color: false });
    expect(text).not.toContain(ESC);
    expect(text).not.toContain('\x07');
    expect(text).toContain('evil\\u{1b}]0;pwned\\u{7}/CLAUDE.md');
  });

  test('names an assistant and signature the catalog does not know by their ids', () => {
    const unknown: Finding = { ...SAMPLE_SCAN.findings[0]!, assistant: 'new-tool', signature: 'new-tool/marker-file' };
    const text = renderText({ ...SAMPLE_SCAN, findings: [unknown] }, { assistants: SAMPLE_ASSISTANTS, color: false });
    expect(text).toContain('\nnew-tool: 1 blocked\n');
    expect(text).toContain('  BLOCK  CLAUDE.md  new-tool/marker-file\n');
  });

  test('groups findings by assistant, in the order the findings come', () => {
    const other: Finding = { ...SAMPLE_SCAN.findings[1]!, assistant: 'cursor', signature: 'cursor/rules' };
    const result: ScanResult = { ...SAMPLE_SCAN, findings: [SAMPLE_SCAN.findings[0]!, other, ...SAMPLE_SCAN.findings.slice(1)] };
    const headings = renderText(result, { assistants: SAMPLE_ASSISTANTS, color: false })
      .split('\n')
      .filter((line) => /^\S.*: \d/.test(line) && !line.startsWith('Findings'));
    expect(headings).toEqual(['Claude Code (Anthropic): 1 blocked, 1 warning, 1 info', 'cursor: 1 warning']);
  });

  test('says so when there is nothing to report', () => {
    const empty: ScanResult = { ...SAMPLE_SCAN, findings: [], summary: { ...SAMPLE_SCAN.summary, findings: { block: 0, warn: 0, info: 0 }, byAssistant: {} } };
    expect(renderText(empty, { assistants: SAMPLE_ASSISTANTS, color: false })).toContain('\n\nNo findings.\n\nScanned 42 commits, 3 refs and 17 paths.\n');
  });

  test('names a bare repository, a range and a history-less scan in the header', () => {
    const result: ScanResult = { ...SAMPLE_SCAN, target: { kind: 'repository', path: '/srv/git/app.git', isBare: true, range: 'v1..v2', history: false } };
    expect(renderText(result, { assistants: SAMPLE_ASSISTANTS, color: false }).split('\n')[0]).toBe('aiguard report for /srv/git/app.git (bare; range v1..v2; refs and paths only)');
  });
});
