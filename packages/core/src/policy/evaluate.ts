/**
 * @fileoverview Applies a layered policy to evidence: the verdict, and which layer, file and rule decided it.
 *
 * Within one layer the most specific selector wins: `assistants` > `vendors` > `providers` > `default`. Evidence
 * whose signature names a provider (aider's trailer with a `claude-*` model), or that names a model, also counts
 * under that provider and under the `models` globs the model matches, whatever tool sent it: the stricter of the
 * tool's rule and the provider's or model's rule applies. Then a
 * `kinds` entry replaces that action for evidence of its kind unless the layer allows the assistant (so
 * `{ "vendors": { "Anthropic": "block" }, "kinds": { "repo-path": "warn" } }` warns on CLAUDE.md and blocks
 * commits). `enforceSince` turns a layer's block or warn into info for history before the ban (a commit's date is the
 * later of its author and committer dates, both set by whoever commits). A layer's `minStrength` silences that
 * layer alone for weaker evidence. Across layers the strictest verdict wins (info < warn < block; allow drops the
 * evidence only when no layer reports it): every key of a lower layer can tighten, never loosen. Weak evidence
 * alone never blocks: it is capped at warn. policy/enforcer.ts adds ignores and the baseline on top.
 */
import { CATALOG } from '../catalog/index.js';
import type { Assistant } from '../model/assistant.js';
import type { Evidence } from '../model/evidence.js';
import type { ModelMention } from '../model/model-mention.js';
import type { DecidedBy, Finding, Verdict } from '../model/finding.js';
import type { Policy, PolicyAction, PolicyLayer } from '../model/policy.js';
import { STRENGTH_ORDER, type SignatureKind, type Strength } from '../model/signature.js';
import { matchingModelGlobs } from './model-globs.js';

/** What the policy says about one assistant and strength, and why. */
export interface PolicyDecision {
  readonly action: PolicyAction;
  readonly decidedBy: DecidedBy;
}

/** Facts evaluation needs beside the evidence; pure data and predicates, so evaluation does no I/O. */
export interface EvaluationContext {
  /** Catalog for vendor and provider selectors. @default CATALOG */
  readonly assistants?: readonly Assistant[];
  /**
   * For `enforceSince` given as a commit: true when `commit` (the evidence's) is that commit or one of its
   * ancestors. The scan resolves this with git once per run. Without it, commit-based bans treat all history as new.
   */
  readonly isBeforeCommit?: (enforceSince: string, commit: string) => boolean;
  /**
   * When commits arrive now (a server receiving a push), their own dates say nothing: every commit new to the
   * server is judged as of this time against a date `enforceSince`, and never as history before a commit ban.
   */
  readonly arrivedAt?: Date;
}

/** One layer's say about one piece of evidence. */
export interface LayerVerdict {
  readonly layer: PolicyLayer;
  /** `allow` means the layer drops the evidence. */
  readonly verdict: Verdict | 'allow';
  /** The rule, e.g. `vendors.Anthropic: block` or `assistants.claude-code: block; enforceSince: 2026-01-01`. */
  readonly rule: string;
}

/** What is being decided: at least an assistant; kind, strength, date and commit refine it when known. */
export interface DecisionSubject {
  readonly assistant: string;
  /** Signature id; a signature that names a provider brings the `providers` selector in. */
  readonly signature?: string;
  readonly kind?: SignatureKind;
  readonly strength?: Strength;
  readonly date?: string;
  readonly location?: { readonly commit?: string };
  /** Models the evidence names: their providers bring the `providers` selector in, whatever tool sent them. */
  readonly model?: ModelMention;
  readonly models?: readonly ModelMention[];
}

const RANK: Record<Verdict | 'allow', number> = { allow: 0, info: 1, warn: 2, block: 3 };
const ACTION_RANK: Record<PolicyAction, number> = { allow: 0, warn: 1, block: 2 };
const lookups = new WeakMap<readonly Assistant[], Map<string, Assistant>>();
const providerLookups = new WeakMap<readonly Assistant[], Map<string, string>>();

function findAssistant(id: string, assistants: readonly Assistant[]): Assistant | undefined {
  let byId = lookups.get(assistants);
  if (!byId) lookups.set(assistants, (byId = new Map(assistants.map((a) => [a.id, a]))));
  return byId.get(id);
}

/** The provider a signature's evidence shows code went to, e.g. `anthropic` for `aider/claude-model-trailer`. */
function signatureProvider(id: string, assistants: readonly Assistant[]): string | undefined {
  let byId = providerLookups.get(assistants);
  if (!byId) {
    byId = new Map(assistants.flatMap((a) => a.signatures.flatMap((signature) => (signature.provider ? [[signature.id, signature.provider] as const] : []))));
    providerLookups.set(assistants, byId);
  }
  return byId.get(id);
}

/** Providers the evidence shows code went to: its signature's, and those of the models it names. */
function shownProviders(subject: DecisionSubject, assistants: readonly Assistant[]): string[] {
  const shown = new Set<string>();
  const bySignature = subject.signature !== undefined ? signatureProvider(subject.signature, assistants) : undefined;
  if (bySignature !== undefined) shown.add(bySignature);
  for (const model of subject.models ?? (subject.model ? [subject.model] : [])) if (model.provider) shown.add(model.provider);
  return [...shown];
}

/** The action one layer's file gives `subject`, and the rule that gave it; undefined when the file says nothing. */
export function layerRule(layer: PolicyLayer, subject: DecisionSubject, assistants: readonly Assistant[] = CATALOG): { action: PolicyAction; rule: string } | undefined {
  const document = layer.document;
  const assistant = findAssistant(subject.assistant, assistants);
  let found: { action: PolicyAction; rule: string } | undefined;
  const named = document.assistants?.[subject.assistant];
  if (named !== undefined) found = { action: named, rule: `assistants.${subject.assistant}` };
  else if (assistant && document.vendors?.[assistant.vendor] !== undefined) found = { action: document.vendors[assistant.vendor]!, rule: `vendors.${assistant.vendor}` };
  else if (assistant && assistant.providers.length === 1 && document.providers?.[assistant.providers[0]!] !== undefined)
    found = { action: document.providers[assistant.providers[0]!]!, rule: `providers.${assistant.providers[0]}` };
  else if (document.default !== undefined) found = { action: document.default, rule: 'default' };
  for (const shown of shownProviders(subject, assistants)) {
    const providerAction = document.providers?.[shown];
    // More specific than the default; against a rule for the tool itself, the stricter applies.
    if (providerAction !== undefined && (!found || found.rule === 'default' || ACTION_RANK[providerAction] > ACTION_RANK[found.action])) {
      found = { action: providerAction, rule: `providers.${shown}` };
    }
  }
  if (document.models !== undefined) {
    for (const model of subject.models ?? (subject.model ? [subject.model] : [])) {
      for (const glob of matchingModelGlobs(document.models, model.id)) {
        const modelAction = document.models[glob]!;
        // Like a provider rule: more specific than the default, and against the tool's own rule the stricter applies.
        if (!found || found.rule === 'default' || ACTION_RANK[modelAction] > ACTION_RANK[found.action]) found = { action: modelAction, rule: `models.${glob}` };
      }
    }
  }
  const kindAction = subject.kind !== undefined ? document.kinds?.[subject.kind] : undefined;
  if (kindAction !== undefined && found?.action !== 'allow') return { action: kindAction, rule: `kinds.${subject.kind}` };
  return found && { action: found.action, rule: found.rule };
}

/** True when `strength` is below what `layer` asks to see (its `minStrength`): that layer says nothing about it. */
function isBelowFloor(layer: PolicyLayer, strength: Strength | undefined): boolean {
  const floor = layer.document.minStrength;
  return floor !== undefined && strength !== undefined && STRENGTH_ORDER.indexOf(strength) < STRENGTH_ORDER.indexOf(floor);
}

/** What every layer says about `subject`, strongest layer first; layers that say nothing (or ask for stronger evidence) are left out. */
export function layerVerdicts(subject: DecisionSubject, policy: Policy, context: EvaluationContext = {}): LayerVerdict[] {
  const verdicts: LayerVerdict[] = [];
  for (const layer of policy.layers) {
    if (isBelowFloor(layer, subject.strength)) continue;
    const said = layerRule(layer, subject, context.assistants);
    if (!said) continue;
    let verdict: Verdict | 'allow' = said.action === 'block' && subject.strength === 'weak' ? 'warn' : said.action;
    let rule = `${said.rule}: ${said.action}`;
    if (verdict !== 'allow' && isBeforeBan(subject, layer.document.enforceSince, context)) {
      verdict = 'info';
      rule += `; before enforceSince ${layer.document.enforceSince}`;
    }
    verdicts.push({ layer, verdict, rule });
  }
  return verdicts;
}

function isBeforeBan(subject: DecisionSubject, since: string | undefined, context: EvaluationContext): boolean {
  if (since === undefined) return false;
  const commit = subject.location?.commit;
  if (/^\d{4}-\d{2}-\d{2}/.test(since)) {
    const date = commit !== undefined && context.arrivedAt ? context.arrivedAt.toISOString() : subject.date;
    if (date === undefined) return false;
    // A bare date means the start of that day in UTC.
    const start = Date.parse(since.length === 10 ? `${since}T00:00:00Z` : since);
    return Date.parse(date) < start;
  }
  if (context.arrivedAt) return false;
  // Only history counts as "before": a path or ref seen now is current whatever commit it came from.
  return commit !== undefined && subject.date !== undefined && context.isBeforeCommit !== undefined && context.isBeforeCommit(since, commit);
}

/** The strictest layer verdict (the first layer to reach it decides), or undefined when no layer spoke. */
export function strictestVerdict(verdicts: readonly LayerVerdict[]): LayerVerdict | undefined {
  let best: LayerVerdict | undefined;
  for (const verdict of verdicts) if (!best || RANK[verdict.verdict] > RANK[best.verdict]) best = verdict;
  return best;
}

/** The structured `decidedBy` of a layer verdict. */
export function decisionOf(verdict: LayerVerdict): DecidedBy {
  return { layer: verdict.layer.layer, file: verdict.layer.file, rule: verdict.rule };
}

function defaultDecision(policy: Policy): DecidedBy {
  return { layer: 'default', rule: policy.layers.length === 0 ? 'no policy found' : 'no layer names it' };
}

/**
 * The action for `assistant` (optionally refined by kind and strength): the strictest action any layer gives it.
 * With no layer saying anything, `warn`, decided by the built-in default. Dates are not considered: this is the
 * action for current evidence.
 */
export function decideAction(assistant: string, policy: Policy, subject: Omit<DecisionSubject, 'assistant'> = {}, context: EvaluationContext = {}): PolicyDecision {
  let best: { action: PolicyAction; layer: PolicyLayer; rule: string } | undefined;
  for (const layer of policy.layers) {
    if (isBelowFloor(layer, subject.strength)) continue;
    const said = layerRule(layer, { ...subject, assistant }, context.assistants);
    if (said && (!best || ACTION_RANK[said.action] > ACTION_RANK[best.action])) best = { ...said, layer };
  }
  if (!best) return { action: 'warn', decidedBy: defaultDecision(policy) };
  return { action: best.action, decidedBy: { layer: best.layer.layer, file: best.layer.file, rule: `${best.rule}: ${best.action}` } };
}

/**
 * Turns evidence into a finding, or undefined when the policy drops it: allowed by every layer that speaks, or
 * weaker than the `minStrength` of every layer that would have spoken. No ignores or baseline: see enforcer.ts.
 */
export function evaluateEvidence(evidence: Evidence, policy: Policy, context: EvaluationContext = {}): Finding | undefined {
  const decided = strictestVerdict(layerVerdicts(evidence, policy, context));
  if (!decided) {
    // Evidence some layer asked not to see, and no other layer spoke about: the layer's floor stands.
    if (policy.layers.some((layer) => isBelowFloor(layer, evidence.strength))) return undefined;
    return { ...evidence, verdict: 'warn', decidedBy: defaultDecision(policy) };
  }
  if (decided.verdict === 'allow') return undefined;
  return { ...evidence, verdict: decided.verdict, decidedBy: decisionOf(decided) };
}
