/**
 * @fileoverview Every finding the editor knows, as one list of plain rows: files, commits, installed extensions,
 * terminal starts and commit-box lines. The aiguard view lists these rows and the status item counts them, so the
 * count always equals the list; no vscode import.
 */
import type { Verdict } from '@aiguard/core';
import type { CommitNode } from './commit-data';
import type { DiagnosticData } from './diagnostic-data';

/** Where a row's finding was seen; the view groups rows by it. */
export type FindingSource = 'file' | 'commit' | 'extension' | 'terminal' | 'commit-box';

/** One row of the aiguard view. */
export interface FindingRow {
  /** Unique per cause: the same file, commit, extension, terminal command or message line is one row. */
  readonly key: string;
  readonly source: FindingSource;
  readonly verdict: Exclude<Verdict, 'info'>;
  /** What was found, first: `CLAUDE.md memory file`, a commit's id and subject, an extension id, a command line. */
  readonly label: string;
  /** Where and who decided: `CLAUDE.md · Claude Code · blocked`. */
  readonly description: string;
  readonly tooltip: string;
  /** Lines shown under the row when it is expanded (a commit's evidence lines); none for most rows. */
  readonly details?: readonly string[];
  /** What a click opens: a file (and line), a commit, or nothing. */
  readonly open?: { readonly kind: 'file'; readonly root: string; readonly path: string; readonly line: number } | { readonly kind: 'commit'; readonly repository: string; readonly id: string };
}

/** An installed extension finding, as the guard reports it. */
export interface ExtensionInput {
  readonly extensionId: string;
  readonly assistant: string;
  readonly verdict: Verdict;
}

/** A banned CLI started in a terminal that is still open. */
export interface TerminalInput {
  readonly assistant: string;
  readonly commandLine: string;
  readonly terminal: string;
  readonly verdict: Verdict;
}

/** A banned line in a repository's commit box. */
export interface CommitBoxInput {
  readonly root: string;
  readonly line: number;
  readonly text: string;
  readonly assistant: string;
  readonly verdict: Verdict;
}

/** Everything the rows are built from. */
export interface FindingInputs {
  readonly diagnostics: readonly DiagnosticData[];
  readonly commits: readonly CommitNode[];
  readonly extensions: readonly ExtensionInput[];
  readonly terminal: readonly TerminalInput[];
  readonly commitBox: readonly CommitBoxInput[];
  /** Display names by assistant id. */
  readonly assistantName: (id: string) => string;
  /** False when no policy applies: rows are then for review, not warnings. @default true */
  readonly hasPolicy?: boolean;
}

const RANK: Record<Verdict, number> = { block: 0, warn: 1, info: 2 };
const VERDICT_WORDS: Record<Exclude<Verdict, 'info'>, string> = { block: 'blocked', warn: 'warning' };

/**
 * The rows, blocked first, each cause once: a file with two signatures of one assistant, a commit with a trailer and
 * a footer, a message line that matches two signatures and a command run twice in one terminal are one row each.
 * Info findings (history from before a ban's start date) are recorded by the CLI, not listed or counted here.
 */
export function collectFindingRows(inputs: FindingInputs): FindingRow[] {
  const rows = new Map<string, FindingRow>();
  const WORD: Record<Exclude<Verdict, 'info'>, string> = inputs.hasPolicy === false ? { block: 'blocked', warn: 'for review' } : VERDICT_WORDS;
  const add = (row: FindingRow): void => {
    const existing = rows.get(row.key);
    if (!existing || RANK[row.verdict] < RANK[existing.verdict]) rows.set(row.key, existing ? { ...existing, verdict: row.verdict } : row);
  };
  for (const item of inputs.diagnostics) {
    if (item.verdict === 'info' || item.code === 'aiguard/policy-error') continue;
    add({
      key: `file\n${item.root}\n${item.path}\n${item.assistant}`,
      source: 'file',
      verdict: item.verdict,
      label: item.path,
      description: `${inputs.assistantName(item.assistant)} · ${WORD[item.verdict]}`,
      tooltip: item.message,
      open: { kind: 'file', root: item.root, path: item.path, line: item.line },
    });
  }
  for (const node of inputs.commits) {
    if (node.verdict === 'info') continue;
    const assistants = [...new Set(node.evidence.filter((e) => e.verdict !== 'info').map((e) => inputs.assistantName(e.assistant)))];
    add({
      key: `${node.kind}\n${node.repository}\n${node.id}`,
      source: 'commit',
      verdict: node.verdict,
      label: node.kind === 'commit' ? `${node.label}${node.subject ? ` ${node.subject}` : ''}` : `branch ${node.label}`,
      description: `${assistants.join(', ')} · ${WORD[node.verdict]}`,
      tooltip: node.evidence.map((e) => e.message).join('\n'),
      details: node.evidence.map((e) => e.label),
      ...(node.kind === 'commit' ? { open: { kind: 'commit' as const, repository: node.repository, id: node.id } } : {}),
    });
  }
  for (const item of inputs.extensions) {
    if (item.verdict === 'info') continue;
    const name = inputs.assistantName(item.assistant);
    add({
      key: `extension\n${item.extensionId.toLowerCase()}`,
      source: 'extension',
      verdict: item.verdict,
      label: item.extensionId,
      description: `${name} · ${WORD[item.verdict]}`,
      tooltip: `The installed extension ${item.extensionId} belongs to ${name}.`,
    });
  }
  for (const item of inputs.terminal) {
    if (item.verdict === 'info') continue;
    const name = inputs.assistantName(item.assistant);
    add({
      key: `terminal\n${item.terminal}\n${item.commandLine}\n${item.assistant}`,
      source: 'terminal',
      verdict: item.verdict,
      label: item.commandLine,
      description: `terminal "${item.terminal}" · ${name} · ${WORD[item.verdict]}`,
      tooltip: `${name} was started in the terminal "${item.terminal}".`,
    });
  }
  for (const item of inputs.commitBox) {
    if (item.verdict === 'info') continue;
    const name = inputs.assistantName(item.assistant);
    add({
      key: `commit-box\n${item.root}\n${item.line}`,
      source: 'commit-box',
      verdict: item.verdict,
      label: item.text.trim(),
      description: `commit message line ${item.line} · ${name} · ${WORD[item.verdict]}`,
      tooltip: `The commit message being written carries ${name} evidence on line ${item.line}.`,
    });
  }
  return [...rows.values()].sort((a, b) => RANK[a.verdict] - RANK[b.verdict]);
}

/** Rows per verdict: what the status item shows. */
export function countRows(rows: readonly FindingRow[]): Record<Exclude<Verdict, 'info'>, number> {
  const counts = { block: 0, warn: 0 };
  for (const row of rows) counts[row.verdict]++;
  return counts;
}

/** The view's groups, in this order, with their headings. */
export const SOURCE_HEADINGS: readonly (readonly [FindingSource, string])[] = [
  ['file', 'Files'],
  ['commit', 'Commits and branches'],
  ['extension', 'Installed extensions'],
  ['terminal', 'Terminals'],
  ['commit-box', 'Commit message'],
];
