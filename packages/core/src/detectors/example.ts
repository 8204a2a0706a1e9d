/** @fileoverview Runs one signature example through the real detector of its kind (the catalog test and `aiguard catalog` use it). */
import type { Signature } from '../model/signature.js';
import { detectIdentity, parseIdentity } from './commit-identity.js';
import { detectMessage } from './commit-message.js';
import { compileCatalog } from './compiled-catalog.js';
import { detectConfigContent } from './config-content.js';
import { detectEnvVar } from './environment.js';
import { detectExtension } from './extensions.js';
import { detectHomePath } from './home-paths.js';
import { detectManagedPolicyPath } from './managed-policies.js';
import { detectPackage } from './packages.js';
import { detectProcess } from './processes.js';
import { detectRef } from './refs.js';
import { detectRepoPath } from './repo-paths.js';

/**
 * True when `example` (in the example form of the signature's kind, see model/signature.ts) is detected
 * as this signature by the same detector a scan uses, with a catalog of only this signature.
 */
export function matchesExample(signature: Signature, example: string): boolean {
  const catalog = compileCatalog([{ id: 'example', name: 'example', vendor: 'example', providers: [], homepage: '', signatures: [signature] }]);
  switch (signature.kind) {
    case 'commit-trailer':
    case 'commit-marker':
      return detectMessage(example, catalog).length > 0;
    case 'commit-identity':
      return detectIdentity(parseIdentity(example), catalog).length > 0;
    case 'branch':
    case 'notes-ref':
      return detectRef(example.startsWith('refs/') ? example : `refs/heads/${example}`, catalog).length > 0;
    case 'repo-path':
      return detectRepoPath(example, catalog).length > 0;
    case 'config-content': {
      const newline = example.indexOf('\n');
      return newline > 0 && detectConfigContent(example.slice(0, newline), example.slice(newline + 1), catalog).length > 0;
    }
    case 'home-path':
      return signature.platforms.some((platform) => detectHomePath(example.replace(/^~\//, ''), platform, catalog).length > 0);
    case 'managed-policy-path':
      return detectManagedPolicyPath(example, signature.platform, catalog).length > 0;
    case 'process': {
      const space = example.indexOf(' ');
      const exe = space < 0 ? example : example.slice(0, space);
      return detectProcess({ exe, commandLine: space < 0 ? '' : example.slice(space + 1) }, catalog).length > 0;
    }
    case 'editor-extension':
      return detectExtension(example, signature.editor, catalog).length > 0;
    case 'package': {
      const colon = example.indexOf(':');
      const ecosystem = example.slice(0, colon) as typeof signature.ecosystem;
      return colon > 0 && detectPackage(ecosystem, example.slice(colon + 1), catalog).length > 0;
    }
    case 'env-var': {
      const equals = example.indexOf('=');
      return detectEnvVar(equals < 0 ? example : example.slice(0, equals), equals < 0 ? '' : example.slice(equals + 1), catalog).length > 0;
    }
  }
}
