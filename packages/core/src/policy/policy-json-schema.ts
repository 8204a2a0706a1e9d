/**
 * @fileoverview Generates policy.schema.json (JSON Schema 2020-12) from the shape in policy-schema.ts and the
 * catalog's names; scripts/update-policy-schema.mjs writes it, and a test checks the shipped file is current.
 */
import { CATALOG } from '../catalog/index.js';
import type { Assistant } from '../model/assistant.js';
import { SIGNATURE_KINDS } from '../detectors/kinds/index.js';
import { POLICY_ACTIONS, POLICY_SHAPE, POLICY_STRING_FORMATS, type PolicyField, type PolicyObjectShape, type PolicyVocabularyName } from './policy-schema.js';

/** The schema's `$id`; `policy init` writes it as `$schema` when no installed copy is found. */
export const POLICY_SCHEMA_ID = 'https://aiguard.dev/schema/policy-1.json';

type JsonSchema = Record<string, unknown>;

/** The JSON Schema for policy files naming `assistants`' ids, vendors and providers. */
export function policyJsonSchema(assistants: readonly Assistant[] = CATALOG): JsonSchema {
  const sorted = (values: readonly string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  const defs: Record<string, JsonSchema> = { action: { enum: [...POLICY_ACTIONS] } };
  const top = objectSchema(POLICY_SHAPE, defs);
  const vocabularies: Record<PolicyVocabularyName, readonly string[]> = {
    assistantId: sorted(assistants.map((a) => a.id)),
    vendor: sorted(assistants.map((a) => a.vendor)),
    provider: sorted(assistants.flatMap((a) => a.providers)),
    kind: SIGNATURE_KINDS,
  };
  for (const [name, values] of Object.entries(vocabularies)) defs[name] = { enum: [...values] };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: POLICY_SCHEMA_ID,
    title: 'aiguard policy',
    description:
      'An aiguard policy file (.aiguard.json, ~/.config/aiguard/policy.json, /etc/aiguard/policy.json). Generated from packages/core/src/policy/policy-schema.ts by scripts/update-policy-schema.mjs; do not edit.',
    ...top,
    $defs: defs,
  };
}

/** The schema as policy.schema.json holds it: 2-space JSON with a final newline. */
export function renderPolicyJsonSchema(assistants: readonly Assistant[] = CATALOG): string {
  return `${JSON.stringify(policyJsonSchema(assistants), null, 2)}\n`;
}

function objectSchema(shape: PolicyObjectShape, defs: Record<string, JsonSchema>): JsonSchema {
  const fields = Object.entries(shape.fields);
  const required = fields.filter(([, field]) => field.isRequired).map(([key]) => key);
  const selectors = fields.filter(([, field]) => field.isSelector).map(([key]) => key);
  return {
    type: 'object',
    additionalProperties: false,
    ...(required.length > 0 ? { required } : {}),
    properties: Object.fromEntries(fields.map(([key, field]) => [key, fieldSchema(field, defs)])),
    ...(selectors.length > 0 ? { anyOf: selectors.map((key) => ({ required: [key] })) } : {}),
  };
}

function fieldSchema(field: PolicyField, defs: Record<string, JsonSchema>): JsonSchema {
  const { description } = field;
  switch (field.type) {
    case 'string':
      return { type: 'string', ...(field.isNonEmpty ? { pattern: '\\S' } : {}), description };
    case 'string-list':
      return { type: 'array', items: { type: 'string', pattern: '\\S' }, description };
    case 'boolean':
      return { type: 'boolean', description };
    case 'action':
      return { $ref: '#/$defs/action', description };
    case 'enum':
      return { enum: [...field.values], description };
    case 'format':
      return { type: 'string', pattern: POLICY_STRING_FORMATS[field.format].pattern, description };
    case 'name':
      return { $ref: `#/$defs/${field.vocabulary}`, description };
    case 'action-map':
      return { type: 'object', propertyNames: { $ref: `#/$defs/${field.vocabulary}` }, additionalProperties: { $ref: '#/$defs/action' }, description };
    case 'glob-action-map':
      return { type: 'object', propertyNames: { pattern: '^[A-Za-z0-9._\\-/:*?]+$' }, additionalProperties: { $ref: '#/$defs/action' }, description };
    case 'list':
      defs[field.item.name] = objectSchema(field.item, defs);
      return { type: 'array', items: { $ref: `#/$defs/${field.item.name}` }, description };
  }
}
