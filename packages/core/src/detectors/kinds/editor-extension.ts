/** @fileoverview The editor-extension kind: an installed VS Code-family extension or JetBrains plugin. */
import { detectExtension } from '../extensions.js';
import type { SignatureKindModule } from './kind-module.js';

/** Editor extensions. Example form: the extension id. */
export const editorExtensionKind: SignatureKindModule<'editor-extension'> = {
  kind: 'editor-extension',
  compile: (entry, index) => void index.extensions.push(entry),
  matchesExample: (signature, example, catalog) => detectExtension(example, signature.editor, catalog).length > 0,
  auditSource: () => 'extensions',
};
