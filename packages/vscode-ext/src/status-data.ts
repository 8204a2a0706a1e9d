/** @fileoverview Folds the aiguard view's rows into the status item (clean / found / warnings / violations); no vscode import. */
import type { Verdict } from '@aiguard/core';
import { countRows, type FindingRow } from './findings-data';

/**
 * What the status item shows. `violations`: something a policy blocks. `warnings`: a policy warns. `found`: no policy
 * applies, so the findings are for review only and the item stays quiet (no colored background, no toasts).
 */
export type StatusState = 'clean' | 'found' | 'warnings' | 'violations' | 'error';

/** The status as plain data; `aiguard._status` returns it to the e2e tests. */
export interface StatusData {
  readonly state: StatusState;
  /** Rows of the aiguard view per verdict; `info` is always 0 (info findings are not listed). */
  readonly counts: Readonly<Record<Verdict, number>>;
  /** Status bar text, with a codicon. */
  readonly text: string;
  /** Policy sources in force, e.g. `repository policy .aiguard.json`; empty when none was found. */
  readonly policySources: readonly string[];
  readonly tooltip: string;
}

/** Builds the status from the view's rows, so the number shown is the number of rows listed. */
export function computeStatus(rows: readonly FindingRow[], policySources: readonly string[], error?: string): StatusData {
  const counts = { ...countRows(rows), info: 0 };
  const policy = policySources.length > 0 ? policySources.join(', ') : 'no policy found: findings are listed for review, nothing is blocked';
  if (error) {
    return { state: 'error', counts, text: '$(shield) aiguard: error', policySources, tooltip: `aiguard could not scan: ${error}\nPolicy: ${policy}` };
  }
  const total = counts.block + counts.warn;
  const state: StatusState = counts.block > 0 ? 'violations' : total === 0 ? 'clean' : policySources.length === 0 ? 'found' : 'warnings';
  const texts: Record<Exclude<StatusState, 'error'>, string> = {
    violations: `$(error) aiguard: ${counts.block} blocked${counts.warn > 0 ? `, ${plural(counts.warn, 'warning')}` : ''}`,
    warnings: `$(warning) aiguard: ${plural(counts.warn, 'warning')}`,
    found: `$(eye) aiguard: ${total} found`,
    clean: '$(shield) aiguard: clean',
  };
  const tooltip = `aiguard: ${counts.block} blocked, ${plural(counts.warn, 'warning')} (listed in the aiguard view)\nPolicy: ${policy}\nClick to open the aiguard view.`;
  return { state, counts, text: texts[state], policySources, tooltip };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
