/** @fileoverview Judges installed extension ids with core's verdict engine, as `aiguard audit` does; no vscode import. */
import { detectExtensionEvidence, type CompiledCatalog, type DecidedBy, type Enforcer, type Verdict } from '@aiguard/core';

/** An installed extension that belongs to an assistant the policy blocks or warns about. */
export interface BannedExtension {
  readonly extensionId: string;
  readonly assistant: string;
  readonly signature: string;
  readonly verdict: Exclude<Verdict, 'info'>;
  readonly decidedBy: DecidedBy;
}

/** An extension as the editor lists it. */
export interface InstalledExtension {
  readonly id: string;
  readonly version?: string;
  /** Absolute path of the extension folder. */
  readonly path: string;
}

/** Who and where: the same fields an audit record carries, so the evidence (and its fingerprint) is the audit's. */
export interface ExtensionHost {
  readonly user: string;
  readonly home: string;
  /** The editor product, e.g. `VS Code`. */
  readonly product: string;
}

/** The installed extensions the verdict engine blocks or warns about; allowed, ignored and too-weak ones are left out. */
export function findBannedExtensions(extensions: readonly InstalledExtension[], host: ExtensionHost, catalog: CompiledCatalog, enforcer: Enforcer): BannedExtension[] {
  const found: BannedExtension[] = [];
  for (const extension of extensions) {
    const record = { ...host, editor: 'vscode' as const, id: extension.id, path: extension.path, ...(extension.version ? { version: extension.version } : {}) };
    for (const evidence of detectExtensionEvidence(record, catalog)) {
      const finding = enforcer.judge(evidence);
      if (!finding || finding.verdict === 'info') continue;
      found.push({ extensionId: extension.id, assistant: finding.assistant, signature: finding.signature, verdict: finding.verdict, decidedBy: finding.decidedBy });
    }
  }
  return found;
}
