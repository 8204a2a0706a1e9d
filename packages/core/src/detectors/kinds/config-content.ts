/** @fileoverview The config-content kind: a setting inside an assistant's config file in a repository. */
import { detectConfigContent } from '../config-content.js';
import { compileGlobs } from '../glob-matcher.js';
import type { SignatureKindModule } from './kind-module.js';

/** Config file contents. Example form: the path, a line break, then the file's text. */
export const configContentKind: SignatureKindModule<'config-content'> = {
  kind: 'config-content',
  compile: (entry, index) => void index.configContents.push({ ...entry, test: compileGlobs(entry.signature.globs) }),
  matchesExample(_signature, example, catalog) {
    const newline = example.indexOf('\n');
    return newline > 0 && detectConfigContent(example.slice(0, newline), example.slice(newline + 1), catalog).length > 0;
  },
};
