/** @fileoverview Matches installed extension ids against the catalog's VS Code extension signatures under a policy; no vscode import. */
import { decideAction, detectExtension, type CompiledCatalog, type Policy, type PolicyAction } from '@aiguard/core';

/** An installed extension that belongs to an assistant the policy does not allow. */
export interface BannedExtension {
  readonly extensionId: string;
  readonly assistant: string;
  readonly signature: string;
  readonly action: Exclude<PolicyAction, 'allow'>;
  readonly decidedBy: string;
}

/** The installed extensions (by id) that the policy blocks or warns about; allowed assistants are left out. */
export function findBannedExtensions(extensionIds: readonly string[], catalog: CompiledCatalog, policy: Policy): BannedExtension[] {
  const found: BannedExtension[] = [];
  for (const extensionId of extensionIds) {
    for (const { assistant, signature } of detectExtension(extensionId, 'vscode', catalog)) {
      const { action, decidedBy } = decideAction(assistant, policy);
      if (action !== 'allow') found.push({ extensionId, assistant, signature: signature.id, action, decidedBy });
    }
  }
  return found;
}
