/** @fileoverview The policy as data: what a policy file says and what the run used. */
import type { Strength } from './signature.js';

/** What a policy says about an assistant. `allow` drops its evidence; `warn` reports; `block` fails the run. */
export type PolicyAction = 'block' | 'warn' | 'allow';

/** The contents of one policy file (`.aiguard.json`, `--policy FILE`). */
export interface PolicyDocument {
  /** Action for assistants the file does not name. @default 'warn' */
  readonly default?: PolicyAction;
  /** Evidence weaker than this is not reported. @default 'weak' */
  readonly minStrength?: Strength;
  /** Action per assistant id, e.g. `{ "claude-code": "block" }`. */
  readonly assistants?: Readonly<Record<string, PolicyAction>>;
}

/** One policy file that applies to a run. */
export interface PolicyLayer {
  /** Which layer it is; more layers (managed, user) come with layered policies. */
  readonly layer: 'repository' | 'cli';
  /** Absolute path of the file. */
  readonly file: string;
  readonly document: PolicyDocument;
}

/** The policy a run used. No layers means no policy was found: every finding is a warning. */
export interface Policy {
  readonly layers: readonly PolicyLayer[];
}
