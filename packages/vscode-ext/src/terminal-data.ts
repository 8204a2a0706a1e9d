/** @fileoverview Judges a terminal command line with core's command signatures and verdict engine; no vscode import. */
import { detectCommandEvidence, type CompiledCatalog, type DecidedBy, type Enforcer, type Verdict } from '@aiguard/core';

/** One banned CLI start, as plain data for the status and the tests. */
export interface TerminalHit {
  readonly assistant: string;
  readonly signature: string;
  readonly commandLine: string;
  readonly terminal: string;
  readonly verdict: Exclude<Verdict, 'info'>;
  readonly decidedBy: DecidedBy;
}

/** The assistant CLIs `commandLine` starts that the verdict engine blocks or warns about. */
export function findTerminalHits(commandLine: string, terminal: string, catalog: CompiledCatalog, enforcer: Enforcer): TerminalHit[] {
  const hits: TerminalHit[] = [];
  for (const evidence of detectCommandEvidence(commandLine, catalog)) {
    const finding = enforcer.judge(evidence);
    if (!finding || finding.verdict === 'info') continue;
    hits.push({ assistant: finding.assistant, signature: finding.signature, commandLine, terminal, verdict: finding.verdict, decidedBy: finding.decidedBy });
  }
  return hits;
}
