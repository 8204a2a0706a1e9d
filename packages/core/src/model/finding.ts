/** @fileoverview Evidence after policy: a verdict, who decided it (as data), and a stable fingerprint. */
import type { Evidence } from './evidence.js';
import type { PolicyLayerName } from './policy.js';

/** What a finding means for the run: `block` fails it, `warn` reports, `info` is recorded only. */
export type Verdict = 'block' | 'warn' | 'info';

/**
 * Which policy rule set a verdict, as data: surfaces show it with `describeDecidedBy`, never parse it back.
 * `layer: 'default'` means no layer's rule spoke and the built-in default (warn) applied.
 */
export type DecidedBy =
  | {
      readonly layer: PolicyLayerName;
      /** Absolute path of the policy file. */
      readonly file: string;
      /** The rule, e.g. `vendors.Anthropic: block` or `assistants.claude-code: block; before enforceSince 2026-01-15`. */
      readonly rule: string;
    }
  | {
      readonly layer: 'default';
      /** `no policy found` when no layer exists at all; `no layer names it` when layers exist but none speaks. */
      readonly rule: 'no policy found' | 'no layer names it';
    };

/** Evidence with the policy's verdict. */
export interface Finding extends Evidence {
  readonly verdict: Verdict;
  /** The policy layer, file and rule that set the verdict. */
  readonly decidedBy: DecidedBy;
}
