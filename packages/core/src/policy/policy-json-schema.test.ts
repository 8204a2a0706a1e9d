/** @fileoverview Tests for the generated policy.schema.json: current with the shape and catalog, and in agreement with parsePolicy. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { parsePolicy } from './parse-policy.js';
import { policyJsonSchema, renderPolicyJsonSchema } from './policy-json-schema.js';
import { IGNORE_SHAPE, POLICY_SHAPE } from './policy-schema.js';

const FIXTURES = fileURLToPath(new URL('../../../../test/fixtures/policies/', import.meta.url));
const SCHEMA_FILE = fileURLToPath(new URL('../../policy.schema.json', import.meta.url));
const IDS = CATALOG.map((a) => a.id);

function isAcceptedByParser(text: string): boolean {
  try {
    parsePolicy(text, 'p.json', IDS);
    return true;
  } catch {
    return false;
  }
}

describe('policy.schema.json', () => {
  test('is exactly what scripts/update-policy-schema.mjs generates from policy-schema.ts and the catalog (run it after `tsc -b` when this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderPolicyJsonSchema());
  });

  test('is a valid JSON Schema 2020-12 document in strict mode', () => {
    expect(() => new Ajv2020({ strict: true, strictRequired: false }).compile(policyJsonSchema())).not.toThrow();
  });

  test('agrees with parsePolicy on every valid and invalid fixture', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(policyJsonSchema());
    for (const kind of ['valid', 'invalid'] as const) {
      for (const name of readdirSync(join(FIXTURES, kind)).filter((file) => file.endsWith('.json'))) {
        const text = readFileSync(join(FIXTURES, kind, name), 'utf8');
        expect({ name, schemaAccepts: validate(JSON.parse(text)) }).toEqual({ name, schemaAccepts: isAcceptedByParser(text) });
        expect({ name, parserAccepts: isAcceptedByParser(text) }).toEqual({ name, parserAccepts: kind === 'valid' });
      }
    }
  });

  test('describes every key of the shape, so editors complete what the parser accepts', () => {
    const schema = policyJsonSchema();
    expect(Object.keys(schema.properties as object)).toEqual(Object.keys(POLICY_SHAPE.fields));
    expect(Object.keys(((schema.$defs as Record<string, { properties: object }>).ignore!).properties)).toEqual(Object.keys(IGNORE_SHAPE.fields));
  });

  test('names the catalog ids, vendors and providers the parser accepts', () => {
    const defs = policyJsonSchema().$defs as Record<string, { enum: string[] }>;
    expect(defs.assistantId!.enum).toHaveLength(IDS.length);
    for (const assistant of CATALOG) {
      expect(defs.assistantId!.enum).toContain(assistant.id);
      expect(defs.vendor!.enum).toContain(assistant.vendor);
      for (const provider of assistant.providers) expect(defs.provider!.enum).toContain(provider);
    }
  });
});
