/** @fileoverview What every scan and audit result derives from its findings: their report order and the summary counts. */
import type { Finding, Verdict } from './model/finding.js';
import type { ScanSummary } from './model/scan-result.js';

const VERDICT_ORDER: Record<Verdict, number> = { block: 0, warn: 1, info: 2 };

/** Findings by verdict (block first), then assistant; a stable sort, so history order (newest first) is kept within. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => VERDICT_ORDER[a.finding.verdict] - VERDICT_ORDER[b.finding.verdict] || a.finding.assistant.localeCompare(b.finding.assistant) || a.index - b.index)
    .map(({ finding }) => finding);
}

/** The summary: what was scanned (`counts`) and the findings per verdict, overall and per assistant. */
export function summarize(
  findings: readonly Finding[],
  counts: Pick<ScanSummary, 'commitsScanned' | 'refsScanned' | 'pathsScanned' | 'suppressed'>,
): ScanSummary {
  const perVerdict: Record<Verdict, number> = { block: 0, warn: 0, info: 0 };
  const byAssistant: Record<string, Record<Verdict, number>> = {};
  for (const finding of findings) {
    perVerdict[finding.verdict]++;
    (byAssistant[finding.assistant] ??= { block: 0, warn: 0, info: 0 })[finding.verdict]++;
  }
  return { ...counts, findings: perVerdict, byAssistant };
}

/** Counts findings one at a time, for scans that hand findings on instead of keeping them. */
export interface FindingCounter {
  add(finding: Finding): void;
  /** Findings counted so far. */
  total(): number;
  /** The summary of every finding counted, with what was scanned. */
  summary(counts: Pick<ScanSummary, 'commitsScanned' | 'refsScanned' | 'pathsScanned' | 'suppressed'>): ScanSummary;
}

/** A counter whose summary equals {@link summarize} over the same findings. */
export function countFindings(): FindingCounter {
  const perVerdict: Record<Verdict, number> = { block: 0, warn: 0, info: 0 };
  const byAssistant: Record<string, Record<Verdict, number>> = {};
  let total = 0;
  return {
    add: (finding) => {
      total++;
      perVerdict[finding.verdict]++;
      (byAssistant[finding.assistant] ??= { block: 0, warn: 0, info: 0 })[finding.verdict]++;
    },
    total: () => total,
    summary: (counts) => ({ ...counts, findings: { ...perVerdict }, byAssistant: Object.fromEntries(Object.entries(byAssistant).map(([id, c]) => [id, { ...c }])) }),
  };
}
