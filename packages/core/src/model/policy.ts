/** @fileoverview The policy as data: what a policy file says, which layers a run found, and what each applied. */
import type { SignatureKind, Strength } from './signature.js';

/** What a policy says about an assistant. `allow` drops its evidence; `warn` reports; `block` fails the run. */
export type PolicyAction = 'block' | 'warn' | 'allow';

/**
 * Where a policy file sits, strongest first: `managed` (written by IT), `user`, `repository` (`.aiguard.json`),
 * `cli` (`--policy FILE`). A lower layer may tighten a verdict and never loosen one set above it.
 */
export type PolicyLayerName = 'managed' | 'user' | 'repository' | 'cli';

/** Layer names from strongest to weakest. */
export const POLICY_LAYER_ORDER: readonly PolicyLayerName[] = ['managed', 'user', 'repository', 'cli'];

/**
 * A finding the policy should not report. Every selector that is set must match (at least one is required);
 * `reason` is required so an ignore is always justified.
 */
export interface PolicyIgnore {
  /** Glob over the repo-relative path (picomatch, `dot: true`), e.g. `docs/**`. */
  readonly path?: string;
  /** A signature id, e.g. `claude-code/claude-md`. */
  readonly signature?: string;
  /** An assistant id. */
  readonly assistant?: string;
  /** A full or abbreviated (at least 7 hex digits) commit id. */
  readonly commit?: string;
  /** Why it is accepted; shown when the ignore is listed. */
  readonly reason: string;
  /** `YYYY-MM-DD`: from this day on the ignore stops applying and is reported as expired. */
  readonly expires?: string;
}

/** The contents of one policy file (`.aiguard.json`, `--policy FILE`, the user and managed files). */
export interface PolicyDocument {
  /** Editor hint only: the JSON Schema the file follows. */
  readonly $schema?: string;
  /** Managed layer only: lower layers are ignored entirely (reported by `policy explain`). @default false */
  readonly locked?: boolean;
  /** Action for assistants no selector in this file names. Unset: this file says nothing about them. */
  readonly default?: PolicyAction;
  /**
   * This file's rules say nothing about evidence weaker than this; another layer's rules still apply to it, so a
   * repository cannot hide what a managed policy reports. @default 'weak'
   */
  readonly minStrength?: Strength;
  /**
   * The ban starts here: a `YYYY-MM-DD` date (or ISO date-time), or a commit id. Commit evidence dated before it
   * (or an ancestor of, or equal to, the commit) is reported as `info`, not failed.
   */
  readonly enforceSince?: string;
  /** Action per assistant id, e.g. `{ "claude-code": "block" }`. The most specific selector. */
  readonly assistants?: Readonly<Record<string, PolicyAction>>;
  /** Action per vendor as the catalog spells it, e.g. `{ "Anthropic": "block" }`. */
  readonly vendors?: Readonly<Record<string, PolicyAction>>;
  /**
   * Action per model provider, e.g. `{ "anthropic": "block" }`: applies to assistants tied to that provider alone,
   * and to evidence that a tool was set to use it (a `claude-*` model in aider's or OpenCode's trailer).
   */
  readonly providers?: Readonly<Record<string, PolicyAction>>;
  /**
   * Action per model, by glob over the normalised model id, e.g. `{ "claude-*": "block" }` (`*` any run of characters,
   * `?` one; case-insensitive). Applies to evidence that names a matching model, whatever tool sent it; against a
   * rule for the tool itself the stricter applies, so an `allow` here never loosens another selector.
   */
  readonly models?: Readonly<Record<string, PolicyAction>>;
  /**
   * Action per signature kind for evidence of assistants this file does not allow, e.g. `{ "repo-path": "warn" }`:
   * repository files warn while commits block.
   */
  readonly kinds?: Readonly<Partial<Record<SignatureKind, PolicyAction>>>;
  /** Findings not to report, each with a reason. */
  readonly ignores?: readonly PolicyIgnore[];
  /** Managed layer only: false means the user, repository and `--policy` layers' ignores are not applied. @default true */
  readonly allowIgnores?: boolean;
  /** Managed layer only: false means no baseline file is applied. @default true */
  readonly allowBaselines?: boolean;
  /**
   * Managed layer only: whether `git push -o aiguard.breakglass="reason"` may let a blocked push through the
   * pre-receive hook. `off`: never; `reason-required`: with a non-empty reason, recorded. @default 'reason-required'
   */
  readonly breakGlass?: BreakGlassMode;
  /** Managed layer only: who may break glass, by e-mail (compared case-insensitively). Unset: every pusher. */
  readonly breakGlassPushers?: readonly string[];
}

/** Whether the pre-receive break-glass push option is honoured. */
export type BreakGlassMode = 'off' | 'reason-required';

/** Keys only a managed policy may set, because they decide what lower layers may do. */
export const MANAGED_ONLY_KEYS = ['locked', 'allowIgnores', 'allowBaselines', 'breakGlass', 'breakGlassPushers'] as const satisfies readonly (keyof PolicyDocument)[];

/** One policy file that applies to a run. */
export interface PolicyLayer {
  readonly layer: PolicyLayerName;
  /** Absolute path of the file. */
  readonly file: string;
  readonly document: PolicyDocument;
}

/** The policy a run used. No layers means no policy was found: every finding is a warning. */
export interface Policy {
  /** The layers that apply, strongest first. */
  readonly layers: readonly PolicyLayer[];
  /** Layers found but not applied because a managed layer is `locked`. */
  readonly lockedOut?: readonly PolicyLayer[];
}

/** One place a layer's file may be, and whether it must exist. */
export interface PolicyCandidate {
  readonly layer: PolicyLayerName;
  readonly file: string;
  /** True for files named explicitly (`--policy`, AIGUARD_MANAGED_POLICY): missing is an error. */
  readonly required: boolean;
  /** How an explicitly named file was named, for `policy explain`; unset for the well-known paths. */
  readonly namedBy?: 'AIGUARD_MANAGED_POLICY' | '--policy';
}
