/** @fileoverview Folds findings into report rows: one per assistant and commit, file, ref or other place. */
import type { Finding, Verdict } from '../model/finding.js';

/** What a row is about; a commit row gathers every signal of one assistant in one commit. */
export type RowKind = 'commit' | 'file' | 'ref' | 'other';

/** One line of a human report: the findings of one assistant at one place. */
export interface FindingRow {
  readonly assistant: string;
  readonly kind: RowKind;
  /** The strongest verdict among the row's findings. */
  readonly verdict: Verdict;
  /** The row's findings in report order; never empty. */
  readonly findings: readonly Finding[];
}

const VERDICT_RANK: Record<Verdict, number> = { block: 0, warn: 1, info: 2 };

/**
 * Rows by assistant, in the order their first finding comes (findings arrive sorted by verdict, so assistants and
 * rows with blocking findings come first). A commit that carries a trailer, a footer and a bot identity of the same
 * assistant is one row, so a count of rows is a count of commits, files and refs.
 */
export function groupRows(findings: readonly Finding[]): Map<string, FindingRow[]> {
  const rows = new Map<string, { assistant: string; kind: RowKind; verdict: Verdict; findings: Finding[] }>();
  for (const finding of findings) {
    const kind = rowKind(finding);
    const key = `${finding.assistant}\n${kind}\n${placeKey(finding)}`;
    const row = rows.get(key);
    if (!row) rows.set(key, { assistant: finding.assistant, kind, verdict: finding.verdict, findings: [finding] });
    else {
      row.findings.push(finding);
      if (VERDICT_RANK[finding.verdict] < VERDICT_RANK[row.verdict]) row.verdict = finding.verdict;
    }
  }
  const groups = new Map<string, FindingRow[]>();
  for (const row of rows.values()) {
    const group = groups.get(row.assistant);
    if (group) group.push(row);
    else groups.set(row.assistant, [row]);
  }
  // A stable sort: a commit whose first signal was a warning but whose later one blocks moves up with the blocks.
  for (const group of groups.values()) group.sort((a, b) => VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict]);
  return groups;
}

/** Rows per verdict, the counts a human report gives. */
export function countRows(rows: Iterable<FindingRow>): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { block: 0, warn: 0, info: 0 };
  for (const row of rows) counts[row.verdict]++;
  return counts;
}

/** The kind of place a finding is about. */
export function rowKind(finding: Finding): RowKind {
  const { commit, path, ref } = finding.location;
  if (path !== undefined) return 'file';
  if (commit !== undefined) return 'commit';
  if (ref !== undefined) return 'ref';
  return 'other';
}

/** A key equal for findings at the same place (repository, commit, ref, path, process, extension, user). */
export function placeKey(finding: Finding): string {
  const { repository, commit, ref, path, pid, extensionId, user } = finding.location;
  return [repository, commit, ref, path, pid, extensionId, user].map((part) => part ?? '').join('\n');
}
