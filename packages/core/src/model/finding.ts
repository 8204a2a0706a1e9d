/** @fileoverview Evidence after policy: a verdict, who decided it, and a stable fingerprint. */
import type { Evidence } from './evidence.js';

/** What a finding means for the run: `block` fails it, `warn` reports, `info` is recorded only. */
export type Verdict = 'block' | 'warn' | 'info';

/** Evidence with the policy's verdict. */
export interface Finding extends Evidence {
  readonly verdict: Verdict;
  /** The policy layer whose rule set the verdict, e.g. `repository (.aiguard.json)` or `default (no policy found)`. */
  readonly decidedBy: string;
}
