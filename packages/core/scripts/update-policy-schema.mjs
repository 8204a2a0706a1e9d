// Regenerates policy.schema.json from src/policy/policy-schema.ts and the catalog; run after `tsc -b`.
// policy-json-schema.test.ts fails while the checked-in file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { renderPolicyJsonSchema } from '../dist/policy/policy-json-schema.js';

writeFileSync(new URL('../policy.schema.json', import.meta.url), renderPolicyJsonSchema());
