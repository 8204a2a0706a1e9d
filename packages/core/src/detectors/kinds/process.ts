/** @fileoverview The process kind: a running process's executable path and command line. */
import { detectProcess } from '../processes.js';
import type { SignatureKindModule } from './kind-module.js';

/** Processes. Example form: the executable path, a space, then the command line. */
export const processKind: SignatureKindModule<'process'> = {
  kind: 'process',
  compile: (entry, index) => void index.processes.push(entry),
  matchesExample(_signature, example, catalog) {
    const space = example.indexOf(' ');
    const exe = space < 0 ? example : example.slice(0, space);
    return detectProcess({ exe, commandLine: space < 0 ? '' : example.slice(space + 1) }, catalog).length > 0;
  },
  auditSource: () => 'processes',
};
