/** @fileoverview Finds banned trailers and footers in a commit message being written, and strips them; no vscode import. */
import { detectMessageEvidence, type CompiledCatalog, type DecidedBy, type Enforcer, type Verdict } from '@aiguard/core';

/** A banned line in the commit box. */
export interface MessageViolation {
  readonly assistant: string;
  readonly signature: string;
  /** 1-based line in the message. */
  readonly line: number;
  readonly text: string;
  readonly verdict: Exclude<Verdict, 'info'>;
  readonly decidedBy: DecidedBy;
}

/** The trailers and footers in `message` that the verdict engine blocks or warns about, as the commit-msg hook judges them. */
export function findMessageViolations(message: string, catalog: CompiledCatalog, enforcer: Enforcer): MessageViolation[] {
  if (message.trim() === '') return [];
  const lines = message.split('\n');
  const found: MessageViolation[] = [];
  for (const evidence of detectMessageEvidence(message, catalog)) {
    const finding = enforcer.judge(evidence);
    if (!finding || finding.verdict === 'info') continue;
    const line = evidence.location.line ?? 1;
    found.push({ assistant: finding.assistant, signature: finding.signature, line, text: lines[line - 1] ?? '', verdict: finding.verdict, decidedBy: finding.decidedBy });
  }
  return found;
}

/**
 * Removes every line that carries a banned trailer or footer (re-detecting until none is left, because core reports
 * each signature once), then drops trailing blank lines the removal left behind. Other lines are kept byte for byte.
 */
export function stripViolations(message: string, catalog: CompiledCatalog, enforcer: Enforcer): string {
  let current = message;
  for (let round = 0; round < 50; round++) {
    const lines = new Set(findMessageViolations(current, catalog, enforcer).map((v) => v.line));
    if (lines.size === 0) break;
    current = current
      .split('\n')
      .filter((_, index) => !lines.has(index + 1))
      .join('\n');
  }
  if (current === message) return message;
  const trimmed = current.replace(/(?:\r?\n[ \t]*)+$/, '');
  return message.endsWith('\n') && trimmed !== '' ? `${trimmed}\n` : trimmed;
}
