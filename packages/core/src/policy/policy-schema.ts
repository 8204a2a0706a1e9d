/**
 * @fileoverview The one description of a policy file's shape, as data: parse-policy.ts validates by it and
 * scripts/update-policy-schema.mjs generates policy.schema.json from it (policy-json-schema.ts).
 * A plain table instead of a schema library, because git hooks load the policy on every commit and zod alone
 * costs about 50 ms to import.
 */
import type { PolicyAction, PolicyDocument, PolicyIgnore } from '../model/policy.js';
import type { Strength } from '../model/signature.js';

/** Every action, strictest first. */
export const POLICY_ACTIONS = ['block', 'warn', 'allow'] as const satisfies readonly PolicyAction[];

/** Every strength, strongest first. */
export const POLICY_STRENGTHS = ['strong', 'shared', 'weak'] as const satisfies readonly Strength[];

/** Name lists taken from the catalog at run time (and frozen into the generated JSON Schema). */
export type PolicyVocabularyName = 'assistantId' | 'vendor' | 'provider' | 'kind';

/** How each vocabulary is named in errors, and where to look up the names. */
export const POLICY_VOCABULARIES: Readonly<Record<PolicyVocabularyName, { readonly noun: string; readonly lookUp?: string }>> = {
  assistantId: { noun: 'assistant id', lookUp: 'run `aiguard catalog` for the list' },
  vendor: { noun: 'vendor', lookUp: 'run `aiguard catalog` for the list' },
  provider: { noun: 'provider' },
  kind: { noun: 'signature kind' },
};

/** Strings with a fixed form: the JSON Schema pattern, and what errors say was expected. */
export const POLICY_STRING_FORMATS = {
  // The pattern cannot reject 2026-02-30; parse-policy.ts also checks the day exists.
  date: { pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$', expected: 'a date as YYYY-MM-DD' },
  enforceSince: {
    pattern: '^([0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2}))?|[0-9a-fA-F]{7,64})$',
    expected: 'a date (YYYY-MM-DD or an ISO date-time) or a commit id',
  },
  commit: { pattern: '^[0-9a-fA-F]{7,64}$', expected: 'a commit id of 7 to 64 hex digits' },
  signatureId: { pattern: '^[a-z0-9-]+/[a-z0-9-]+$', expected: 'a signature id such as "claude-code/claude-md"' },
} as const;

/** A string form's name. */
export type PolicyStringFormat = keyof typeof POLICY_STRING_FORMATS;

/** One field of a policy object. `description` becomes the editor's hover text. */
export type PolicyField = { readonly description: string; readonly isRequired?: boolean; readonly isSelector?: boolean } & (
  | { readonly type: 'string'; readonly isNonEmpty?: boolean }
  /** An array of non-empty strings. */
  | { readonly type: 'string-list' }
  | { readonly type: 'boolean' }
  | { readonly type: 'action' }
  | { readonly type: 'enum'; readonly values: readonly string[] }
  | { readonly type: 'format'; readonly format: PolicyStringFormat }
  /** One name from a catalog vocabulary. */
  | { readonly type: 'name'; readonly vocabulary: PolicyVocabularyName }
  /** An object from vocabulary names to actions. */
  | { readonly type: 'action-map'; readonly vocabulary: PolicyVocabularyName }
  /** An object from glob patterns (`*` any run of characters, `?` one) to actions. */
  | { readonly type: 'glob-action-map'; readonly noun: string }
  /** An array of objects described by `fields`. */
  | { readonly type: 'list'; readonly item: PolicyObjectShape }
);

/** An object with a closed set of keys. */
export interface PolicyObjectShape {
  /** `$defs` name in the JSON Schema, and the noun errors use, e.g. `ignore`. */
  readonly name: string;
  readonly fields: Readonly<Record<string, PolicyField>>;
}

/** One ignore: at least one selector, and a reason. */
export const IGNORE_SHAPE = {
  name: 'ignore',
  fields: {
    path: { type: 'string', isNonEmpty: true, isSelector: true, description: 'Glob over the repo-relative path (picomatch, dot files included), e.g. docs/**.' },
    signature: { type: 'format', format: 'signatureId', isSelector: true, description: 'A signature id, e.g. claude-code/claude-md.' },
    assistant: { type: 'name', vocabulary: 'assistantId', isSelector: true, description: 'An assistant id.' },
    commit: { type: 'format', format: 'commit', isSelector: true, description: 'A full or abbreviated (at least 7 hex digits) commit id.' },
    reason: { type: 'string', isNonEmpty: true, isRequired: true, description: 'Why it is accepted; shown when the ignore is listed.' },
    expires: { type: 'format', format: 'date', description: 'YYYY-MM-DD: from this day on the ignore stops applying and is reported as expired.' },
  } satisfies { readonly [K in keyof Required<PolicyIgnore>]: PolicyField },
} as const satisfies PolicyObjectShape;

/** A whole policy file. The `satisfies` clause keeps the keys equal to {@link PolicyDocument}'s. */
export const POLICY_SHAPE = {
  name: 'policy',
  fields: {
    $schema: { type: 'string', description: 'The JSON Schema this file follows (editor hint only).' },
    locked: { type: 'boolean', description: 'Managed layer only: every lower layer (user, repository, --policy) is ignored.' },
    default: { type: 'action', description: 'Action for assistants no selector in this file names.' },
    minStrength: { type: 'enum', values: POLICY_STRENGTHS, description: 'Evidence weaker than this is not reported (default weak: everything).' },
    enforceSince: {
      type: 'format',
      format: 'enforceSince',
      description: 'The ban starts here: a YYYY-MM-DD date (or ISO date-time) or a commit id. Older history is reported as info, not failed.',
    },
    assistants: { type: 'action-map', vocabulary: 'assistantId', description: 'Action per assistant id (the most specific selector).' },
    vendors: { type: 'action-map', vocabulary: 'vendor', description: 'Action per vendor, e.g. Anthropic covers Claude Code, Claude desktop and the Claude GitHub app.' },
    providers: {
      type: 'action-map',
      vocabulary: 'provider',
      description: 'Action per model provider: assistants tied to that provider alone, and evidence that a tool was configured to use it (e.g. a claude-* model in an aider config).',
    },
    models: {
      type: 'glob-action-map',
      noun: 'model glob',
      description:
        'Action per model, by glob over the normalised model id (claude-opus-4.6, gpt-5.4, deepseek-v4-pro), e.g. "claude-*": "block": applies to evidence naming a matching model whatever tool sent it; against a rule for the tool, the stricter applies.',
    },
    kinds: { type: 'action-map', vocabulary: 'kind', description: 'Action per signature kind for evidence of assistants this file does not allow, e.g. repo-path: warn.' },
    ignores: { type: 'list', item: IGNORE_SHAPE, description: 'Findings not to report, each with a reason and an optional expiry.' },
    allowIgnores: { type: 'boolean', description: 'Managed layer only: false stops the user, repository and --policy layers\' ignores from applying (default true).' },
    allowBaselines: { type: 'boolean', description: 'Managed layer only: false stops any baseline file from applying (default true).' },
    breakGlass: {
      type: 'enum',
      values: ['off', 'reason-required'],
      description: 'Managed layer only: whether git push -o aiguard.breakglass="reason" lets a blocked push through pre-receive (default reason-required; off: never).',
    },
    breakGlassPushers: { type: 'string-list', description: 'Managed layer only: the e-mail addresses allowed to break glass (default: every pusher).' },
  } satisfies { readonly [K in keyof Required<PolicyDocument>]: PolicyField },
} as const satisfies PolicyObjectShape;
