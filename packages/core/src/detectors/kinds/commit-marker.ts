/** @fileoverview The commit-marker kind: free text anywhere in a commit message, such as a "Generated with" footer. */
import { detectMessage } from '../commit-message.js';
import type { SignatureKindModule } from './kind-module.js';

/** Commit message markers. Example form: message lines. */
export const commitMarkerKind: SignatureKindModule<'commit-marker'> = {
  kind: 'commit-marker',
  compile: (entry, index) => void index.markers.push(entry),
  matchesExample: (_signature, example, catalog) => detectMessage(example, catalog).length > 0,
};
