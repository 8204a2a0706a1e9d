/** @fileoverview Tests for text rows gathered as findings stream by: the same report as from kept, sorted findings. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SAMPLE_ASSISTANTS, SAMPLE_SCAN } from '../../../../test/helpers/report/sample-scan.js';
import type { Finding, Verdict } from '../model/finding.js';
import { sortFindings } from '../result-summary.js';
import { collectTextRows } from './text-rows.js';
import { renderText, renderTextRows } from './text.js';

const [FILE, REF, COMMIT] = SAMPLE_SCAN.findings as [Finding, Finding, Finding];
const VERDICTS: readonly Verdict[] = ['block', 'warn', 'info'];

/** Findings in scan order: refs, then files, then commits newest first; one finding per assistant and commit. */
const scanOrder = fc
  .record({
    refs: fc.array(fc.record({ name: fc.constantFrom('claude/a-1', 'claude/b-2'), verdict: fc.constantFrom(...VERDICTS) }), { maxLength: 3 }),
    files: fc.array(fc.record({ path: fc.constantFrom('CLAUDE.md', 'docs/CLAUDE.md'), verdict: fc.constantFrom(...VERDICTS), assistant: fc.constantFrom('claude-code', 'cursor') }), { maxLength: 4 }),
    commits: fc.array(fc.array(fc.record({ assistant: fc.constantFrom('claude-code', 'cursor', 'aider'), verdict: fc.constantFrom(...VERDICTS) }), { minLength: 1, maxLength: 2 }), { maxLength: 40 }),
  })
  .map(({ refs, files, commits }) => [
    ...refs.map(({ name, verdict }) => ({ ...REF, verdict, location: { ...REF.location, ref: `refs/heads/${name}` } })),
    ...files.map(({ path, verdict, assistant }) => ({ ...FILE, assistant, verdict, location: { ...FILE.location, path } })),
    ...commits.flatMap((assistants, index) => {
      const id = index.toString(16).padStart(40, 'c');
      const seen = new Set<string>();
      return assistants
        .filter(({ assistant }) => !seen.has(assistant) && seen.add(assistant))
        .map(({ assistant, verdict }) => ({ ...COMMIT, assistant, verdict, location: { ...COMMIT.location, commit: id }, commit: { ...COMMIT.commit!, subject: `change ${index}` } }));
    }),
  ]);

function streamed(findings: readonly Finding[], limit: number, summaryOnly = false): string {
  const collector = collectTextRows(summaryOnly ? 0 : limit);
  for (const finding of findings) collector.add(finding);
  const { findings: _kept, ...rest } = SAMPLE_SCAN;
  return renderTextRows(rest, collector.done(), { assistants: SAMPLE_ASSISTANTS, color: false, text: { limit, summaryOnly } });
}

describe('collectTextRows', () => {
  test.each([0, 1, 3, 20])('gives the report of the sorted, kept findings with --limit %i', (limit) => {
    fc.assert(
      fc.property(scanOrder, (findings) => {
        const kept = renderText({ ...SAMPLE_SCAN, findings: sortFindings(findings) }, { assistants: SAMPLE_ASSISTANTS, color: false, text: { limit } });
        expect(streamed(findings, limit)).toBe(kept);
      }),
      { numRuns: 150 },
    );
  });

  test('gives the same counts-only report with --summary', () => {
    fc.assert(
      fc.property(scanOrder, (findings) => {
        const kept = renderText({ ...SAMPLE_SCAN, findings: sortFindings(findings) }, { assistants: SAMPLE_ASSISTANTS, color: false, text: { summaryOnly: true } });
        expect(streamed(findings, 20, true)).toBe(kept);
      }),
      { numRuns: 100 },
    );
  });

  test('keeps at most the shown commit rows per assistant and verdict, however many commits there are', () => {
    const collector = collectTextRows(2);
    for (let index = 0; index < 5000; index++) collector.add({ ...COMMIT, verdict: VERDICTS[index % 3]!, location: { ...COMMIT.location, commit: index.toString(16).padStart(40, '0') } });
    const group = collector.done().groups.get('claude-code')!;
    expect(group.rows).toHaveLength(6);
    expect(group.total).toBe(5000);
    expect(group.counts).toEqual({ block: 1667, warn: 1667, info: 1666 });
  });
});
