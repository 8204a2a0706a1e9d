/** @fileoverview Matches a process's executable path and command line against process signatures. */
import type { ProcessSignature } from '../model/signature.js';
import type { CatalogEntry, CompiledCatalog } from './catalog-index.js';

/** A running process as a source reports it. */
export interface ProcessInfo {
  /** Absolute executable path where readable, else the program name. */
  readonly exe: string;
  /** Arguments joined by spaces. */
  readonly commandLine: string;
}

/** Returns the process signatures that `<exe> <command line>` matches. */
export function detectProcess(process: ProcessInfo, catalog: CompiledCatalog): CatalogEntry<ProcessSignature>[] {
  const subject = `${process.exe} ${process.commandLine}`;
  return catalog.processes.filter(({ signature }) => signature.pattern.test(subject));
}
