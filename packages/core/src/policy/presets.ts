/** @fileoverview Policies a user can start from with `aiguard policy init --preset NAME`. */
import type { PolicyDocument } from '../model/policy.js';

/** A named starting policy. */
export interface PolicyPreset {
  readonly name: PresetName;
  readonly summary: string;
  /** True when the preset needs a list of assistant ids (`--allow ID,...`). */
  readonly takesAssistants: boolean;
}

/** Preset names. */
export type PresetName = 'ban-anthropic' | 'ban-all-assistants' | 'allow-only' | 'report-only';

/** Every preset, in the order `policy init` offers them. */
export const POLICY_PRESETS: readonly PolicyPreset[] = [
  { name: 'ban-anthropic', summary: "block Anthropic's assistants (Claude Code, Claude desktop, the Claude GitHub app) and tools seen sending code to Anthropic's API; warn on the rest", takesAssistants: false },
  { name: 'ban-all-assistants', summary: 'block every assistant the catalog knows', takesAssistants: false },
  { name: 'allow-only', summary: 'allow the listed assistants and block every other', takesAssistants: true },
  { name: 'report-only', summary: 'warn on every assistant, never block (an audit)', takesAssistants: false },
];

/** The policy document a preset stands for; `allowed` lists assistant ids for `allow-only`. */
export function policyFromPreset(name: PresetName, allowed: readonly string[] = []): PolicyDocument {
  switch (name) {
    case 'ban-anthropic':
      return { default: 'warn', vendors: { Anthropic: 'block' }, providers: { anthropic: 'block' } };
    case 'ban-all-assistants':
      return { default: 'block' };
    case 'allow-only':
      return { default: 'block', assistants: Object.fromEntries([...allowed].sort().map((id) => [id, 'allow' as const])) };
    case 'report-only':
      return { default: 'warn' };
  }
}
