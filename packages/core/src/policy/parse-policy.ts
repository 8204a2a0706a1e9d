/**
 * @fileoverview Parses and validates a policy file's text into a PolicyDocument, failing with one precise line.
 * Validates by the shape in policy-schema.ts (the one schema source, from which policy.schema.json is generated)
 * without a schema library, so loading a policy on every git hook stays cheap.
 */
import { CATALOG } from '../catalog/index.js';
import type { PolicyDocument } from '../model/policy.js';
import { SIGNATURE_KINDS } from '../detectors/kinds/index.js';
import { closestMatch } from '../text/closest-match.js';
import { POLICY_ACTIONS, POLICY_SHAPE, POLICY_STRING_FORMATS, POLICY_VOCABULARIES, type PolicyField, type PolicyObjectShape, type PolicyStringFormat, type PolicyVocabularyName } from './policy-schema.js';
import { describeJsonSyntaxError } from './json-syntax-error.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FORMATS = Object.fromEntries(Object.entries(POLICY_STRING_FORMATS).map(([name, format]) => [name, new RegExp(format.pattern)])) as Record<PolicyStringFormat, RegExp>;

/** A policy that cannot be used. The message is one line: file, JSON path, problem. */
export class PolicyError extends Error {
  constructor(
    readonly file: string,
    readonly jsonPath: string,
    readonly problem: string,
  ) {
    super(`${file}: ${jsonPath}: ${problem}`);
    this.name = 'PolicyError';
  }
}

/** The names a policy may use; by default, the catalog's. */
export interface PolicyVocabulary {
  readonly vendors: readonly string[];
  readonly providers: readonly string[];
}

let catalogVocabulary: PolicyVocabulary | undefined;

/** Vendors and providers the catalog knows. */
export function catalogPolicyVocabulary(): PolicyVocabulary {
  return (catalogVocabulary ??= {
    vendors: [...new Set(CATALOG.map((a) => a.vendor))],
    providers: [...new Set(CATALOG.flatMap((a) => a.providers))],
  });
}

type Fail = (path: string, problem: string) => never;
type Names = Readonly<Record<PolicyVocabularyName, readonly string[]>>;

/**
 * Parses `text` (the contents of `file`) as a policy. Unknown keys, unknown assistant ids, vendors and providers,
 * bad dates and bad values are errors, never ignored: a policy that cannot be read must not silently mean "no policy".
 */
export function parsePolicy(text: string, file: string, assistantIds: readonly string[], vocabulary: PolicyVocabulary = catalogPolicyVocabulary()): PolicyDocument {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new PolicyError(file, '$', describeJsonSyntaxError(error, text.replace(/^\uFEFF/, '')));
  }
  const fail: Fail = (path, problem) => {
    throw new PolicyError(file, path, problem);
  };
  const names: Names = { assistantId: assistantIds, vendor: vocabulary.vendors, provider: vocabulary.providers, kind: SIGNATURE_KINDS };
  if (!isObject(data)) return fail('$', `expected an object, got ${describe(data)}`);
  return readObject(data, POLICY_SHAPE, '$', names, fail) as PolicyDocument;
}

function readObject(data: Record<string, unknown>, shape: PolicyObjectShape, path: string, names: Names, fail: Fail): Record<string, unknown> {
  const keys = Object.keys(shape.fields);
  for (const key of Object.keys(data)) if (!keys.includes(key)) fail(`${path}.${key}`, `unknown key${hint(key, keys)}`);
  const fields = Object.entries(shape.fields);
  for (const [key, field] of fields) {
    if (field.isRequired && data[key] === undefined) fail(`${path}.${key}`, `missing: every ${shape.name} needs a ${key}`);
  }
  const selectors = fields.filter(([, field]) => field.isSelector).map(([key]) => key);
  if (selectors.length > 0 && !selectors.some((key) => data[key] !== undefined)) fail(path, `an ${shape.name} needs at least one of ${selectors.join(', ')}`);
  const result: Record<string, unknown> = {};
  for (const [key, field] of fields) {
    if (data[key] !== undefined) result[key] = readField(data[key], field, `${path}.${key}`, names, fail);
  }
  return result;
}

function readField(value: unknown, field: PolicyField, path: string, names: Names, fail: Fail): unknown {
  switch (field.type) {
    case 'string': {
      const text = aString(value, path, fail);
      return field.isNonEmpty && text.trim() === '' ? fail(path, 'must not be empty') : text;
    }
    case 'string-list':
      if (!Array.isArray(value)) return fail(path, `expected an array of strings, got ${describe(value)}`);
      return value.map((element: unknown, index) => {
        const text = aString(element, `${path}[${index}]`, fail);
        return text.trim() === '' ? fail(`${path}[${index}]`, 'must not be empty') : text;
      });
    case 'boolean':
      return typeof value === 'boolean' ? value : fail(path, `expected true or false, got ${describe(value)}`);
    case 'action':
      return oneOf(value, POLICY_ACTIONS, path, fail);
    case 'enum':
      return oneOf(value, field.values, path, fail);
    case 'format':
      return readFormat(value, field.format, path, fail);
    case 'name': {
      const name = aString(value, path, fail);
      return names[field.vocabulary].includes(name) ? name : fail(path, unknownName(name, field.vocabulary, names));
    }
    case 'action-map': {
      const { noun } = POLICY_VOCABULARIES[field.vocabulary];
      if (!isObject(value)) return fail(path, `expected an object of ${noun} to action, got ${describe(value)}`);
      const result: Record<string, unknown> = {};
      for (const [key, action] of Object.entries(value)) {
        if (!names[field.vocabulary].includes(key)) fail(`${path}.${key}`, unknownName(key, field.vocabulary, names));
        result[key] = oneOf(action, POLICY_ACTIONS, `${path}.${key}`, fail);
      }
      return result;
    }
    case 'glob-action-map': {
      if (!isObject(value)) return fail(path, `expected an object of ${field.noun} to action, got ${describe(value)}`);
      const result: Record<string, unknown> = {};
      for (const [key, action] of Object.entries(value)) {
        if (!MODEL_GLOB.test(key)) fail(`${path}.${key}`, `expected a ${field.noun} of letters, digits, ".", "-", "_", "/", ":", "*" and "?", got ${JSON.stringify(key)}`);
        result[key] = oneOf(action, POLICY_ACTIONS, `${path}.${key}`, fail);
      }
      return result;
    }
    case 'list': {
      const { item } = field;
      if (!Array.isArray(value)) return fail(path, `expected an array of ${item.name}s, got ${describe(value)}`);
      return value.map((element: unknown, index) => {
        const at = `${path}[${index}]`;
        return isObject(element) ? readObject(element, item, at, names, fail) : fail(at, `expected an object (${objectSummary(item)}), got ${describe(element)}`);
      });
    }
  }
}

// What a model id can hold, plus the two wildcards; anything else is a typo or a regular expression.
const MODEL_GLOB = /^[A-Za-z0-9._\-/:*?]+$/;

function readFormat(value: unknown, format: PolicyStringFormat, path: string, fail: Fail): string {
  const text = aString(value, path, fail);
  const bad = (): never => fail(path, `expected ${POLICY_STRING_FORMATS[format].expected}, got ${describe(value)}`);
  if (!FORMATS[format].test(text)) return bad();
  if (format === 'date' && !isCalendarDate(text)) return bad();
  if (format === 'enforceSince') {
    if (FORMATS.commit.test(text)) return text.toLowerCase();
    if (!isCalendarDate(text.slice(0, 10)) || Number.isNaN(Date.parse(text))) return bad();
  }
  return text;
}

/** What an object of `shape` needs, e.g. `a reason and one of path, signature, assistant, commit`. */
function objectSummary(shape: PolicyObjectShape): string {
  const fields = Object.entries(shape.fields);
  const required = fields.filter(([, field]) => field.isRequired).map(([key]) => `a ${key}`);
  const selectors = fields.filter(([, field]) => field.isSelector).map(([key]) => key);
  return [...required, ...(selectors.length > 0 ? [`one of ${selectors.join(', ')}`] : [])].join(' and ');
}

function unknownName(name: string, vocabulary: PolicyVocabularyName, names: Names): string {
  const { noun, lookUp } = POLICY_VOCABULARIES[vocabulary];
  return `unknown ${noun}${hint(name, names[vocabulary])}${lookUp ? ` (${lookUp})` : ''}`;
}

/** True for a real `YYYY-MM-DD` day (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function aString(value: unknown, path: string, fail: Fail): string {
  return typeof value === 'string' ? value : fail(path, `expected a string, got ${describe(value)}`);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string, fail: Fail): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const suggestion = typeof value === 'string' ? hint(value, allowed) : '';
  return fail(path, `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describe(value)}${suggestion}`);
}

function hint(input: string, candidates: readonly string[]): string {
  const match = closestMatch(input, candidates);
  return match ? ` (did you mean "${match}"?)` : '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
