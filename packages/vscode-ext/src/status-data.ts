/** @fileoverview Folds every source of findings into one status-bar state (clean / warnings / violations); no vscode import. */
import type { Verdict } from '@aiguard/core';

/** What the status bar shows; `violations` means at least one blocking finding. */
export type StatusState = 'clean' | 'warnings' | 'violations' | 'error';

/** The status as plain data; `aiguard._status` returns it to the e2e tests. */
export interface StatusData {
  readonly state: StatusState;
  readonly counts: Readonly<Record<Verdict, number>>;
  /** Status bar text, with a codicon. */
  readonly text: string;
  /** Policy sources in force, e.g. `repository policy .aiguard.json`; empty when none was found. */
  readonly policySources: readonly string[];
  readonly tooltip: string;
}

/** Builds the status from verdicts of every finding (workspace, commits, extensions, commit box, terminal). */
export function computeStatus(verdicts: readonly Verdict[], policySources: readonly string[], error?: string): StatusData {
  const counts: Record<Verdict, number> = { block: 0, warn: 0, info: 0 };
  for (const verdict of verdicts) counts[verdict]++;
  const policy = policySources.length > 0 ? policySources.join(', ') : 'no policy found (everything is a warning)';
  if (error) {
    return { state: 'error', counts, text: '$(shield) aiguard: error', policySources, tooltip: `aiguard could not scan: ${error}\nPolicy: ${policy}` };
  }
  const state: StatusState = counts.block > 0 ? 'violations' : counts.warn > 0 ? 'warnings' : 'clean';
  const text =
    state === 'violations'
      ? `$(error) aiguard: ${plural(counts.block, 'violation')}`
      : state === 'warnings'
        ? `$(warning) aiguard: ${plural(counts.warn, 'warning')}`
        : '$(shield) aiguard: clean';
  const tooltip = `aiguard: ${plural(counts.block, 'violation')}, ${plural(counts.warn, 'warning')}\nPolicy: ${policy}\nClick for the explanation.`;
  return { state, counts, text, policySources, tooltip };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
