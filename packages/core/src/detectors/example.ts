/** @fileoverview Runs one signature example through the real detector of its kind (the catalog test and `aiguard catalog` use it). */
import type { Signature } from '../model/signature.js';
import { compileCatalog } from './compiled-catalog.js';
import { kindModule } from './kinds/index.js';

/**
 * True when `example` (in the example form of the signature's kind, see model/signature.ts) is detected
 * as this signature by the same detector a scan uses, with a catalog of only this signature.
 */
export function matchesExample(signature: Signature, example: string): boolean {
  const catalog = compileCatalog([{ id: 'example', name: 'example', vendor: 'example', providers: [], homepage: '', signatures: [signature] }]);
  return kindModule(signature.kind).matchesExample(signature as never, example, catalog);
}
