/** @fileoverview The shape of a model named in evidence: as written, normalised, and the provider that serves it. */
import type { ModelProvider } from './assistant.js';

/** A model named in a trailer, footer or identity, e.g. `Claude Opus 4.6` in `Co-Authored-By: Claude Opus 4.6 <...>`. */
export interface ModelMention {
  /** The model as the evidence spells it, e.g. `Claude Opus 4.6` or `anthropic/claude-opus-4-6`. */
  readonly written: string;
  /** Lower-case, provider prefix and date suffix removed, Anthropic's dashed versions dotted, e.g. `claude-opus-4.6`. */
  readonly id: string;
  /** Who serves the model, from an explicit `provider/` prefix or the model family; unset when unknown. */
  readonly provider?: ModelProvider;
}
