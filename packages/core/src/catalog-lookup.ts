/** @fileoverview The one catalog lookup: assistants and signatures by id, for reports, hooks and the editor. */
import type { Assistant } from './model/assistant.js';
import type { Signature } from './model/signature.js';

/** Assistants and signatures by id; a finding from a newer catalog still renders, with its ids for names. */
export interface CatalogLookup {
  assistant(id: string): Assistant | undefined;
  signature(id: string): Signature | undefined;
  /** `Claude Code (Anthropic)`, or the bare id when the catalog does not know it. */
  assistantLabel(id: string): string;
  /** The signature's one-sentence description, or its id when the catalog does not know it. */
  signatureDescription(id: string): string;
}

/** Indexes `assistants` once (a report, a hook run, an editor session). */
export function lookUpCatalog(assistants: readonly Assistant[]): CatalogLookup {
  const assistantsById = new Map(assistants.map((assistant) => [assistant.id, assistant]));
  const signaturesById = new Map(assistants.flatMap((assistant) => assistant.signatures.map((signature) => [signature.id, signature] as const)));
  return {
    assistant: (id) => assistantsById.get(id),
    signature: (id) => signaturesById.get(id),
    assistantLabel(id) {
      const assistant = assistantsById.get(id);
      return assistant ? `${assistant.name} (${assistant.vendor})` : id;
    },
    signatureDescription: (id) => signaturesById.get(id)?.description ?? id,
  };
}
