/** @fileoverview Tests for the SARIF report: the golden file, validity under Microsoft's validator and the official schema, and its mapping. */
import { describe, expect, test } from 'vitest';
import type { Finding } from '../model/finding.js';
import { expectGolden } from '../../../../test/helpers/report/golden.js';
import { renderSarif } from './sarif.js';
import { validateWithMultitool, validateWithSchema } from '../../../../test/helpers/report/sarif-validators.js';
import { SAMPLE_ASSISTANTS, SAMPLE_SCAN, SAMPLE_TOOL } from '../../../../test/helpers/report/sample-scan.js';

const sarif = renderSarif(SAMPLE_SCAN, { tool: SAMPLE_TOOL, assistants: SAMPLE_ASSISTANTS });

/** The SARIF with `edit` applied to its parsed form. */
function edited(edit: (log: any) => void): string {
  const log = JSON.parse(sarif);
  edit(log);
  return JSON.stringify(log, null, 2);
}

describe('renderSarif', () => {
  test('renders the sample scan as the golden file', () => {
    expectGolden('sarif-basic.sarif', sarif);
  });

  test('conforms to the SARIF 2.1.0 schema', async () => {
    expect(await validateWithSchema(JSON.parse(sarif))).toEqual([]);
  });

  test('the schema check rejects a result level SARIF does not define', async () => {
    const broken = JSON.parse(edited((log) => (log.runs[0].results[0].level = 'fatal')));
    expect(await validateWithSchema(broken)).toContain('/runs/0/results/0/level must be equal to one of the allowed values');
  });

  test('passes Microsoft\'s SARIF validator, GitHub ingestion rules included, with only the whole-file warning', async () => {
    // The CLAUDE.md finding is about the file, not a line in it, so it has no region (SARIF2017). That the warning
    // shows up also proves the validator analyzed the file: it prints nothing for a file it fails to read.
    expect(await validateWithMultitool(sarif)).toEqual([
      expect.objectContaining({ level: 'warning', ruleId: 'SARIF2017', text: expect.stringMatching(/^runs\[0\]\.results\[0\]\.locations\[0\]\.physicalLocation: /) }),
    ]);
  });

  test('Microsoft\'s SARIF validator rejects a result the schema does not allow', async () => {
    const broken = edited((log) => {
      delete log.runs[0].results[1].message;
      log.runs[0].results[1].severity = 'high';
    });
    const errors = (await validateWithMultitool(broken)).filter((message) => message.level === 'error');
    expect(errors.map((error) => error.ruleId).sort()).toEqual(['JSON1002', 'JSON1005']);
  });

  test('maps verdicts to levels: block to error, warn to warning, info to note', () => {
    const results = JSON.parse(sarif).runs[0].results as { level: string; properties: { verdict: string } }[];
    expect(results.map((result) => [result.properties.verdict, result.level])).toEqual([
      ['block', 'error'],
      ['warn', 'warning'],
      ['info', 'note'],
    ]);
  });

  const NO_FILE = { artifactLocation: { uri: 'no%20file%20associated%20with%20this%20alert' }, region: { startLine: 1 } };

  test('gives paths a physical location under SRCROOT, and commits and refs a logical one anchored to the no-file sentinel GitHub requires', () => {
    const run = JSON.parse(sarif).runs[0];
    expect(run.originalUriBaseIds).toEqual({ SRCROOT: { uri: 'file:///work/repo/' } });
    expect(run.results.map((result: { locations: unknown }) => result.locations)).toEqual([
      [{ physicalLocation: { artifactLocation: { uri: 'CLAUDE.md', uriBaseId: 'SRCROOT' } } }],
      [{ physicalLocation: NO_FILE, logicalLocations: [{ name: 'refs/heads/claude/x-3T29K', fullyQualifiedName: 'ref:refs/heads/claude/x-3T29K', kind: 'ref' }] }],
      [{ physicalLocation: NO_FILE, logicalLocations: [{ name: '3f2a9c1d0e4b8a7f6e5d4c3b2a1908f7e6d5c4b3', fullyQualifiedName: 'commit:3f2a9c1d0e4b8a7f6e5d4c3b2a1908f7e6d5c4b3', kind: 'commit' }] }],
    ]);
    expect(run.results[2].properties).toMatchObject({ commit: '3f2a9c1d0e4b8a7f6e5d4c3b2a1908f7e6d5c4b3', messageLine: 5 });
  });

  test('percent-encodes path segments and gives a known line as the region start', async () => {
    const finding: Finding = { ...SAMPLE_SCAN.findings[0]!, location: { path: 'docs/a b#1/100%?.md', line: 7 } };
    const log = JSON.parse(renderSarif({ ...SAMPLE_SCAN, findings: [finding] }, { tool: SAMPLE_TOOL, assistants: SAMPLE_ASSISTANTS }));
    expect(log.runs[0].results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'docs/a%20b%231/100%25%3F.md', uriBaseId: 'SRCROOT' },
      region: { startLine: 7 },
    });
    expect(await validateWithSchema(log)).toEqual([]);
  });

  test('names the assistant, the verdict, the evidence and the deciding policy in each message', () => {
    const texts = JSON.parse(sarif).runs[0].results.map((result: { message: { text: string } }) => result.message.text);
    expect(texts[2]).toBe(
      'Info: Claude Code (Anthropic) evidence (model claude-opus-4.6, provider anthropic) in commit 3f2a9c1d0e4b8a7f6e5d4c3b2a1908f7e6d5c4b3 ("Fix the login form" by Ana Dev, 2025-11-03), message line 5: ' +
        '"Co-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>". Decided by repository policy /work/repo/.aiguard.json (enforceSince: 2026-01-01).',
    );
  });

  test('names a commit\'s subject, author and date in its message when the finding carries them', () => {
    const trailer = SAMPLE_SCAN.findings[2]!;
    const commit = { authorName: 'Ana Human', authorEmail: 'ana@example.com', authorDate: '2025-11-03T14:22:09+01:00', committerName: 'Ana Human', committerEmail: 'ana@example.com', committerDate: '2025-11-03T14:22:09+01:00', subject: 'Add retry budget' };
    const log = JSON.parse(renderSarif({ ...SAMPLE_SCAN, findings: [{ ...trailer, commit }] }, { tool: SAMPLE_TOOL, assistants: SAMPLE_ASSISTANTS }));
    expect(log.runs[0].results[0].message.text).toContain('evidence (model claude-opus-4.6, provider anthropic) in commit 3f2a9c1d0e4b8a7f6e5d4c3b2a1908f7e6d5c4b3 ("Add retry budget" by Ana Human, 2025-11-03), message line 5');
  });

  test('lists one rule per signature with findings, in the order of their first result, and points each result at its rule', () => {
    const driver = JSON.parse(sarif).runs[0].tool.driver;
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(['claude-code/claude-md', 'claude-code/branch', 'claude-code/co-author-trailer']);
    for (const result of JSON.parse(sarif).runs[0].results) expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(driver.rules.map((rule: { helpUri?: string }) => rule.helpUri)).toEqual(['https://docs.anthropic.com/en/docs/claude-code/memory', 'https://example.org/source', 'https://example.org/source']);
  });
});
