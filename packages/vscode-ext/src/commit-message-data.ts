/** @fileoverview Finds banned trailers and footers in a commit message being written, and strips them; no vscode import. */
import { decideAction, detectMessage, type CompiledCatalog, type Policy, type PolicyAction } from '@aiguard/core';

/** A banned line in the commit box. */
export interface MessageViolation {
  readonly assistant: string;
  readonly signature: string;
  /** 1-based line in the message. */
  readonly line: number;
  readonly text: string;
  readonly action: Exclude<PolicyAction, 'allow'>;
  readonly decidedBy: string;
}

/** The trailers and footers in `message` whose assistant the policy does not allow. */
export function findMessageViolations(message: string, catalog: CompiledCatalog, policy: Policy): MessageViolation[] {
  if (message.trim() === '') return [];
  const found: MessageViolation[] = [];
  for (const match of detectMessage(message, catalog)) {
    const { action, decidedBy } = decideAction(match.entry.assistant, policy);
    if (action === 'allow') continue;
    found.push({ assistant: match.entry.assistant, signature: match.entry.signature.id, line: match.line, text: match.text, action, decidedBy });
  }
  return found;
}

/**
 * Removes every line that carries a banned trailer or footer (re-detecting until none is left, because core reports
 * each signature once), then drops trailing blank lines the removal left behind. Other lines are kept byte for byte.
 */
export function stripViolations(message: string, catalog: CompiledCatalog, policy: Policy): string {
  let current = message;
  for (let round = 0; round < 50; round++) {
    const lines = new Set(findMessageViolations(current, catalog, policy).map((v) => v.line));
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
