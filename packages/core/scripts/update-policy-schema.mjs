// Refreshes the catalog-derived enums (assistant ids, vendors, providers, kinds) in policy.schema.json after a catalog change; run after `tsc -b`.
import { readFileSync, writeFileSync } from 'node:fs';
import { CATALOG, SIGNATURE_KINDS } from '../dist/index.js';

const file = new URL('../policy.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(file, 'utf8'));
const sorted = (values) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
schema.$defs.assistantId.enum = sorted(CATALOG.map((a) => a.id));
schema.$defs.vendor.enum = sorted(CATALOG.map((a) => a.vendor));
schema.$defs.provider.enum = sorted(CATALOG.flatMap((a) => a.providers));
schema.$defs.kind.enum = [...SIGNATURE_KINDS];
writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
