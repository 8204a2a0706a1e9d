/** @fileoverview The home-path kind: a path in a user's home folder, per platform. */
import { compileGlobs } from '../glob-matcher.js';
import { detectHomePath } from '../home-paths.js';
import type { SignatureKindModule } from './kind-module.js';

/** Home paths. Example form: `~/` followed by a home-relative POSIX path. */
export const homePathKind: SignatureKindModule<'home-path'> = {
  kind: 'home-path',
  compile: (entry, index) => void index.homePaths.push({ ...entry, test: compileGlobs(entry.signature.globs) }),
  matchesExample: (signature, example, catalog) => signature.platforms.some((platform) => detectHomePath(example.replace(/^~\//, ''), platform, catalog).length > 0),
  auditSource: () => 'home',
};
