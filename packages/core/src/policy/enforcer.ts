/**
 * @fileoverview The one verdict engine: policy layers, strength floors, weak-means-warn, ban dates, ignores and
 * the baseline in one object. Scan, audit, watch, every git hook and every editor guard ask it, so the same
 * evidence under the same policy gets the same verdict everywhere.
 */
import { CATALOG } from '../catalog/index.js';
import type { Assistant } from '../model/assistant.js';
import type { Evidence } from '../model/evidence.js';
import type { Finding } from '../model/finding.js';
import { POLICY_LAYER_ORDER, type Policy, type PolicyLayerName } from '../model/policy.js';
import type { Baseline } from './baseline.js';
import { evaluateEvidence, type EvaluationContext } from './evaluate.js';
import { Suppressor, type SuppressionReport } from './suppressions.js';

/** What the engine judges by, beside the evidence. */
export interface EnforcerOptions {
  readonly policy: Policy;
  /** Catalog for vendor and provider selectors. @default CATALOG */
  readonly assistants?: readonly Assistant[];
  /** Accepted findings; applied only when no managed policy says `allowBaselines: false`. */
  readonly baseline?: { readonly file: string; readonly baseline: Baseline };
  /** The clock ignores expire by. @default new Date() */
  readonly now?: Date;
  /** For commit-based `enforceSince`: see {@link EvaluationContext.isBeforeCommit}. */
  readonly isBeforeCommit?: EvaluationContext['isBeforeCommit'];
  /** Server side: commits arrive now, so their own dates cannot place them before a ban. See {@link EvaluationContext.arrivedAt}. */
  readonly arrivedAt?: Date;
}

/** The verdict engine for one run. */
export interface Enforcer {
  readonly policy: Policy;
  /**
   * The finding for `evidence`, or undefined when the policy drops it (allowed, below every speaking layer's
   * `minStrength`) or an ignore or the baseline hides it.
   */
  judge(evidence: Evidence): Finding | undefined;
  /** How many pieces of evidence {@link Enforcer.judge} dropped or hid so far. */
  readonly suppressed: number;
  /** What ignores and the baseline did so far. */
  suppressions(): SuppressionReport;
}

/** Builds the verdict engine for one run. Pure: no I/O, whatever surface calls it. */
export function createEnforcer(options: EnforcerOptions): Enforcer {
  const { policy } = options;
  const context: EvaluationContext = {
    assistants: options.assistants ?? CATALOG,
    ...(options.isBeforeCommit ? { isBeforeCommit: options.isBeforeCommit } : {}),
    ...(options.arrivedAt ? { arrivedAt: options.arrivedAt } : {}),
  };
  const suppressor = new Suppressor(policy, options.baseline, options.now);
  let suppressed = 0;
  const judge = (evidence: Evidence): Finding | undefined => {
    let finding = evaluateEvidence(evidence, policy, context);
    while (finding) {
      const hiddenBy = suppressor.suppressingLayer(finding);
      if (hiddenBy === undefined) return finding;
      // An ignore speaks for its own layer and the weaker ones: what a stronger layer says still stands.
      finding = stricterThan(hiddenBy, evidence, policy, context);
    }
    suppressed++;
    return undefined;
  };
  return {
    policy,
    judge,
    get suppressed() {
      return suppressed;
    },
    suppressions: () => suppressor.report(),
  };
}

/** The finding the layers stronger than `layer` give on their own, unless only the built-in default would speak. */
function stricterThan(layer: PolicyLayerName, evidence: Evidence, policy: Policy, context: EvaluationContext): Finding | undefined {
  const rank = POLICY_LAYER_ORDER.indexOf(layer);
  const layers = policy.layers.filter((candidate) => POLICY_LAYER_ORDER.indexOf(candidate.layer) < rank);
  if (layers.length === 0) return undefined;
  const finding = evaluateEvidence(evidence, { layers }, context);
  return finding?.decidedBy.layer === 'default' ? undefined : finding;
}
