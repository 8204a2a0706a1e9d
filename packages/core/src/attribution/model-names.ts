/** @fileoverview Recognises a model name as people and tools write it and normalises it (`Claude Opus 4.6` -> `claude-opus-4.6`). */
import type { ModelProvider } from '../model/assistant.js';
import type { ModelMention } from '../model/model-mention.js';

// Model families by the start of the normalised id. Order matters only where one prefix contains another.
const FAMILIES: readonly (readonly [RegExp, ModelProvider])[] = [
  [/^(?:claude|sonnet|opus|haiku)(?:-|$)/, 'anthropic'],
  [/^(?:gpt|chatgpt|codex-|o[1-9](?:-|$)|davinci)/, 'openai'],
  [/^(?:gemini|gemma)(?:-|$)/, 'google'],
  [/^deepseek/, 'deepseek'],
  [/^(?:qwen|qwq|tongyi)/, 'alibaba'],
  [/^grok(?:-|$)/, 'xai'],
  [/^kimi(?:-|$)/, 'moonshot'],
  [/^(?:glm|chatglm)(?:-|$)/, 'zhipu'],
  [/^(?:mistral|mixtral|codestral|devstral|magistral|ministral)(?:-|$)/, 'mistral'],
  [/^(?:llama|codellama)/, 'meta'],
  [/^minimax/, 'minimax'],
  [/^(?:doubao|seed-)/, 'bytedance'],
  [/^nova-/, 'amazon'],
  [/^ernie/, 'baidu'],
];

// `provider/` prefixes as routers write them (`openrouter/anthropic/claude-...`, `hf:moonshotai/Kimi-K2.6`).
const PREFIX_PROVIDERS: Readonly<Record<string, ModelProvider>> = {
  anthropic: 'anthropic',
  openai: 'openai',
  azure: 'openai',
  google: 'google',
  gemini: 'google',
  vertex_ai: 'google',
  deepseek: 'deepseek',
  'deepseek-ai': 'deepseek',
  qwen: 'alibaba',
  alibaba: 'alibaba',
  dashscope: 'alibaba',
  xai: 'xai',
  'x-ai': 'xai',
  moonshot: 'moonshot',
  moonshotai: 'moonshot',
  zai: 'zhipu',
  'z-ai': 'zhipu',
  zhipuai: 'zhipu',
  mistral: 'mistral',
  mistralai: 'mistral',
  'meta-llama': 'meta',
  minimax: 'minimax',
  bedrock: 'amazon',
};

// Words around a model name that are not part of it: `(1M context)`, `[1m]`, `-thinking` stays (it is a variant).
const DECORATION = /\s*(?:\(\s*\d+[km]\s*(?:context)?\s*\)|\[\s*\d+[km]\s*\])\s*$/i;
const CLOUD_ID = /^(?:(?:us|eu|apac|global)\.)?(anthropic|meta|amazon|mistral|deepseek|qwen|openai)\.(.+)$/i;
// Models without a version number in their id.
const NAMED_VARIANT = /^(?:claude-(?:opus|sonnet|haiku)|deepseek-(?:chat|coder|reasoner)|codex-mini|grok-code)/;
const DATE_SUFFIX = /-(?:20\d{2}-?\d{2}-?\d{2}|latest)$/;

/**
 * Reads `text` as a model name, or undefined when it does not name a known model family. Accepts ids
 * (`claude-opus-4-6`, `gpt-5.4`), display names (`Claude Opus 4.6`), and router paths (`openrouter/anthropic/claude-...`).
 */
export function parseModel(text: string): ModelMention | undefined {
  const written = text.trim().replace(/^["'`]+|["'`.,;]+$/g, '');
  if (written.length === 0 || written.length > 120 || written.includes('://')) return undefined;
  const segments = written.replace(/^hf:/i, '').split(/[/:]/).filter(Boolean);
  const last = segments.at(-1);
  if (last === undefined) return undefined;
  // Cloud ids put the vendor first with dots: `eu.anthropic.claude-sonnet-4-6`, `us.meta.llama3-3-70b`.
  const dotted = CLOUD_ID.exec(last);
  const id = normaliseModelId(dotted ? dotted[2]! : last);
  const family = FAMILIES.find(([pattern]) => pattern.test(id));
  // A bare family word (`Claude`, `Gemini`) is how people name the tool, not a model.
  if (!family || !(/\d/.test(id) || NAMED_VARIANT.test(id))) return undefined;
  const named = [...segments.slice(0, -1), ...(dotted ? [dotted[1]!] : [])]
    .reverse()
    .map((segment) => PREFIX_PROVIDERS[segment.toLowerCase()])
    .find((provider) => provider !== undefined);
  return { written, id, provider: named ?? family[1] };
}

/** Lower-case, blanks to dashes, date suffix off; Anthropic's dashed versions dotted (`claude-opus-4-6` -> `claude-opus-4.6`). */
export function normaliseModelId(name: string): string {
  let id = name
    .replace(DECORATION, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .replace(DATE_SUFFIX, '');
  if (/^(?:claude|sonnet|opus|haiku)(?:-|$)/.test(id)) {
    // Display names put the version last (`Claude Opus 4.6`); ids since Claude 4 do too, with a dash for the dot.
    id = id.replace(/(^|-)(\d)-(\d{1,2})(?=-|$)/g, '$1$2.$3');
    if (!id.startsWith('claude')) id = `claude-${id}`;
  }
  return id;
}
