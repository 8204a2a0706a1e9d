/** @fileoverview The env-var kind: an environment variable, in the audit's own environment or a process's. */
import { detectEnvVar } from '../environment.js';
import type { SignatureKindModule } from './kind-module.js';

/** Environment variables. Example form: `NAME=value` (or `NAME` for any value). */
export const envVarKind: SignatureKindModule<'env-var'> = {
  kind: 'env-var',
  compile: (entry, index) => void index.environment.push(entry),
  matchesExample(_signature, example, catalog) {
    const equals = example.indexOf('=');
    return detectEnvVar(equals < 0 ? example : example.slice(0, equals), equals < 0 ? '' : example.slice(equals + 1), catalog).length > 0;
  },
  // A process's environment is read with the process table; the audit's own environment is its own source.
  auditSource: (location) => (location.pid !== undefined ? 'processes' : 'environment'),
};
