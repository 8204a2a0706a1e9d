/** @fileoverview Which model provider a piece of evidence implies on its own: the signature's, or the tool's only one. */
import type { ModelProvider } from '../model/assistant.js';
import type { Signature } from '../model/signature.js';
import type { CatalogEntry, CompiledCatalog } from './catalog-index.js';

const soleProviders = new WeakMap<CompiledCatalog, Map<string, ModelProvider | undefined>>();

/**
 * The provider `entry`'s evidence shows code went to: the one its signature names (an Anthropic API key), else the
 * assistant's provider when it has exactly one (Claude Code), else undefined (a tool that can use several).
 */
export function impliedProvider(entry: CatalogEntry<Signature>, catalog: CompiledCatalog): ModelProvider | undefined {
  return entry.signature.provider ?? soleProvider(entry.assistant, catalog);
}

/** The assistant's provider when it has exactly one (Claude Code: anthropic); undefined for tools that can use several. */
export function soleProvider(assistant: string, catalog: CompiledCatalog): ModelProvider | undefined {
  let byAssistant = soleProviders.get(catalog);
  if (!byAssistant) {
    byAssistant = new Map(catalog.assistants.map((assistant) => [assistant.id, assistant.providers.length === 1 ? assistant.providers[0] : undefined]));
    soleProviders.set(catalog, byAssistant);
  }
  return byAssistant.get(assistant);
}
