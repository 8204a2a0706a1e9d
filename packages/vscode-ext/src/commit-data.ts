/** @fileoverview Groups history findings (commits and refs) into plain tree nodes for the commits view; no vscode import. */
import type { CatalogLookup, Finding, Verdict } from '@aiguard/core';
import { findingMessage } from './diagnostic-data';

/** One commit or ref with its evidence, as the commits view shows it. */
export interface CommitNode {
  /** `commit` for a commit, `ref` for a branch or notes ref, `path` for a file seen only in history. */
  readonly kind: 'commit' | 'ref';
  /** Full commit id or full ref name. */
  readonly id: string;
  readonly label: string;
  readonly repository: string;
  /** The strictest verdict among its evidence. */
  readonly verdict: Verdict;
  readonly date?: string;
  /** The commit's subject line, when core read it. */
  readonly subject?: string;
  readonly evidence: readonly EvidenceNode[];
}

/** One piece of evidence under a commit. */
export interface EvidenceNode {
  /** `line 5: Co-Authored-By: Claude <noreply@anthropic.com>` */
  readonly label: string;
  /** The one-line explanation, as diagnostics word it. */
  readonly message: string;
  readonly verdict: Verdict;
  readonly signature: string;
  readonly assistant: string;
  /** 1-based line in the commit message, when the evidence is on one. */
  readonly line?: number;
}

const RANK: Record<Verdict, number> = { block: 0, warn: 1, info: 2 };

/** Groups findings that carry a commit or a ref, in the order they come (newest commit first). */
export function groupHistoryFindings(findings: readonly Finding[], lookup: CatalogLookup): CommitNode[] {
  const nodes = new Map<string, { node: Omit<CommitNode, 'evidence' | 'verdict'>; evidence: EvidenceNode[]; verdict: Verdict }>();
  for (const finding of findings) {
    const { commit, ref, repository = '', path, line } = finding.location;
    const key = commit ? `commit:${repository}:${commit}` : ref ? `ref:${repository}:${ref}` : undefined;
    if (!key) continue;
    let entry = nodes.get(key);
    if (!entry) {
      const node = commit
        ? { kind: 'commit' as const, id: commit, label: commit.slice(0, 7), repository, ...(finding.date ? { date: finding.date } : {}), ...(finding.commit ? { subject: finding.commit.subject } : {}) }
        : { kind: 'ref' as const, id: ref!, label: ref!.replace(/^refs\/(heads|remotes)\//, ''), repository };
      entry = { node, evidence: [], verdict: finding.verdict };
      nodes.set(key, entry);
    }
    // A commit finding stands for one tool and carries every signature that showed it; each gets its own row.
    const sightings = finding.signatures ?? [{ signature: finding.signature, excerpt: finding.excerpt, ...(line ? { line } : {}) }];
    for (const seen of sightings) {
      const where = seen.line ? `line ${seen.line}: ` : path ? `${path}: ` : '';
      entry.evidence.push({
        label: `${where}${seen.excerpt}`,
        message: findingMessage(finding, lookup, repository),
        verdict: finding.verdict,
        signature: seen.signature,
        assistant: finding.assistant,
        ...(seen.line ? { line: seen.line } : {}),
      });
    }
    if (RANK[finding.verdict] < RANK[entry.verdict]) entry.verdict = finding.verdict;
  }
  // Evidence in message order; identities (no line) last.
  const byLine = (a: EvidenceNode, b: EvidenceNode): number => (a.line ?? Infinity) - (b.line ?? Infinity);
  return [...nodes.values()].map(({ node, evidence, verdict }) => ({ ...node, evidence: evidence.sort(byLine), verdict }));
}
