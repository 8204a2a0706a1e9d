/** @fileoverview The shape of one catalog entry: an AI coding assistant and its signatures. */
import type { Signature } from './signature.js';

/**
 * A model provider an assistant can send code to. Policies select by provider
 * (`anthropic` covers every tool configured to send code to Anthropic's API).
 */
export type ModelProvider =
  | 'anthropic'
  | 'openai'
  | 'google'
  | 'github'
  | 'microsoft'
  | 'amazon'
  | 'alibaba'
  | 'bytedance'
  | 'deepseek'
  | 'mistral'
  | 'xai'
  | 'cursor'
  | 'codeium'
  | 'cognition'
  | 'sourcegraph'
  | 'tabnine'
  | 'augment'
  | 'jetbrains'
  | 'replit'
  | 'factory'
  | 'warp'
  | 'moonshot'
  | 'zhipu'
  | 'baidu'
  | 'meta'
  | 'minimax'
  | 'local';

/** An AI coding assistant as the catalog knows it. */
export interface Assistant {
  /** Kebab-case id, equal to its catalog file name, e.g. `claude-code`. */
  readonly id: string;
  readonly name: string;
  /** The company that makes it, e.g. `Anthropic`; policies select by vendor. */
  readonly vendor: string;
  /** Model providers it can send code to; the first is its default. */
  readonly providers: readonly ModelProvider[];
  readonly homepage: string;
  readonly signatures: readonly Signature[];
}
