/** @fileoverview The package kind: an installed package, or a binary on PATH. */
import { detectPackage } from '../packages.js';
import type { SignatureKindModule } from './kind-module.js';

/** Packages and binaries. Example form: `<ecosystem>:<name>`, e.g. `npm:@anthropic-ai/claude-code`. */
export const packageKind: SignatureKindModule<'package'> = {
  kind: 'package',
  compile: (entry, index) => void index.packages.push(entry),
  matchesExample(_signature, example, catalog) {
    const colon = example.indexOf(':');
    const ecosystem = example.slice(0, colon) as Parameters<typeof detectPackage>[0];
    return colon > 0 && detectPackage(ecosystem, example.slice(colon + 1), catalog).length > 0;
  },
  auditSource: () => 'packages',
};
