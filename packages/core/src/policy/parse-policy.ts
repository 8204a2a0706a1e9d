/**
 * @fileoverview Parses and validates a policy file's text into a PolicyDocument, failing with one precise line.
 * Mirrors policy.schema.json (the one schema source; parse-policy.test.ts checks both agree on every fixture)
 * without a schema library, so loading a policy on every git hook stays cheap.
 */
import { CATALOG } from '../catalog/index.js';
import type { PolicyAction, PolicyDocument, PolicyIgnore } from '../model/policy.js';
import { SIGNATURE_KINDS, type Strength } from '../model/signature.js';
import { closestMatch } from '../text/closest-match.js';

const ACTIONS: readonly PolicyAction[] = ['block', 'warn', 'allow'];
const STRENGTHS: readonly Strength[] = ['strong', 'shared', 'weak'];
const KEYS = ['$schema', 'locked', 'default', 'minStrength', 'enforceSince', 'assistants', 'vendors', 'providers', 'kinds', 'ignores'] as const;
const IGNORE_KEYS = ['path', 'signature', 'assistant', 'commit', 'reason', 'expires'] as const;
const IGNORE_SELECTORS = ['path', 'signature', 'assistant', 'commit'] as const;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const COMMIT = /^[0-9a-fA-F]{7,64}$/;
const SIGNATURE_ID = /^[a-z0-9-]+\/[a-z0-9-]+$/;

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

/**
 * Parses `text` (the contents of `file`) as a policy. Unknown keys, unknown assistant ids, vendors and providers,
 * bad dates and bad values are errors, never ignored: a policy that cannot be read must not silently mean "no policy".
 */
export function parsePolicy(text: string, file: string, assistantIds: readonly string[], vocabulary: PolicyVocabulary = catalogPolicyVocabulary()): PolicyDocument {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new PolicyError(file, '$', `not valid JSON (${(error as Error).message})`);
  }
  const fail = (path: string, problem: string): never => {
    throw new PolicyError(file, path, problem);
  };
  if (!isObject(data)) return fail('$', `expected an object, got ${describe(data)}`);
  for (const key of Object.keys(data)) {
    if (!(KEYS as readonly string[]).includes(key)) fail(`$.${key}`, `unknown key${hint(key, KEYS)}`);
  }
  const document: { -readonly [K in keyof PolicyDocument]: PolicyDocument[K] } = {};
  if (data.$schema !== undefined) document.$schema = aString(data.$schema, '$.$schema', fail);
  if (data.locked !== undefined) {
    if (typeof data.locked !== 'boolean') fail('$.locked', `expected true or false, got ${describe(data.locked)}`);
    document.locked = data.locked as boolean;
  }
  if (data.default !== undefined) document.default = oneOf(data.default, ACTIONS, '$.default', fail);
  if (data.minStrength !== undefined) document.minStrength = oneOf(data.minStrength, STRENGTHS, '$.minStrength', fail);
  if (data.enforceSince !== undefined) document.enforceSince = enforceSince(data.enforceSince, fail);
  const catalogHint = ' (run `aiguard catalog` for the list)';
  if (data.assistants !== undefined) document.assistants = actionMap(data.assistants, '$.assistants', 'assistant id', assistantIds, catalogHint, fail);
  if (data.vendors !== undefined) document.vendors = actionMap(data.vendors, '$.vendors', 'vendor', vocabulary.vendors, catalogHint, fail);
  if (data.providers !== undefined) document.providers = actionMap(data.providers, '$.providers', 'provider', vocabulary.providers, '', fail);
  if (data.kinds !== undefined) document.kinds = actionMap(data.kinds, '$.kinds', 'signature kind', SIGNATURE_KINDS, '', fail);
  if (data.ignores !== undefined) {
    if (!Array.isArray(data.ignores)) fail('$.ignores', `expected an array of ignores, got ${describe(data.ignores)}`);
    document.ignores = (data.ignores as unknown[]).map((item, index) => ignore(item, `$.ignores[${index}]`, assistantIds, fail));
  }
  return document;
}

type Fail = (path: string, problem: string) => never;

function actionMap(value: unknown, path: string, noun: string, known: readonly string[], more: string, fail: Fail): Record<string, PolicyAction> {
  if (!isObject(value)) return fail(path, `expected an object of ${noun} to action, got ${describe(value)}`);
  const result: Record<string, PolicyAction> = {};
  for (const [key, action] of Object.entries(value)) {
    if (!known.includes(key)) fail(`${path}.${key}`, `unknown ${noun}${hint(key, known)}${more}`);
    result[key] = oneOf(action, ACTIONS, `${path}.${key}`, fail);
  }
  return result;
}

function ignore(value: unknown, path: string, assistantIds: readonly string[], fail: Fail): PolicyIgnore {
  if (!isObject(value)) return fail(path, `expected an object with a reason and a path, signature, assistant or commit, got ${describe(value)}`);
  for (const key of Object.keys(value)) {
    if (!(IGNORE_KEYS as readonly string[]).includes(key)) fail(`${path}.${key}`, `unknown key${hint(key, IGNORE_KEYS)}`);
  }
  if (value.reason === undefined) fail(`${path}.reason`, 'missing: every ignore needs a reason');
  if (!IGNORE_SELECTORS.some((key) => value[key] !== undefined)) fail(path, `an ignore needs at least one of ${IGNORE_SELECTORS.join(', ')}`);
  const result: { -readonly [K in keyof PolicyIgnore]: PolicyIgnore[K] } = { reason: nonEmpty(value.reason, `${path}.reason`, fail) };
  if (value.path !== undefined) result.path = nonEmpty(value.path, `${path}.path`, fail);
  if (value.signature !== undefined) {
    result.signature = aString(value.signature, `${path}.signature`, fail);
    if (!SIGNATURE_ID.test(result.signature)) fail(`${path}.signature`, `expected a signature id such as "claude-code/claude-md", got ${describe(value.signature)}`);
  }
  if (value.assistant !== undefined) {
    const id = aString(value.assistant, `${path}.assistant`, fail);
    if (!assistantIds.includes(id)) fail(`${path}.assistant`, `unknown assistant id${hint(id, assistantIds)}`);
    result.assistant = id;
  }
  if (value.commit !== undefined) {
    result.commit = aString(value.commit, `${path}.commit`, fail);
    if (!COMMIT.test(result.commit)) fail(`${path}.commit`, `expected a commit id of 7 to 64 hex digits, got ${describe(value.commit)}`);
  }
  if (value.expires !== undefined) {
    const expires = aString(value.expires, `${path}.expires`, fail);
    if (!isCalendarDate(expires)) fail(`${path}.expires`, `expected a date as YYYY-MM-DD, got ${describe(value.expires)}`);
    result.expires = expires;
  }
  return result;
}

function enforceSince(value: unknown, fail: Fail): string {
  const text = aString(value, '$.enforceSince', fail);
  const dateTime = DATE_TIME.exec(text);
  if (isCalendarDate(text) || (dateTime && isCalendarDate(dateTime[1]!) && !Number.isNaN(Date.parse(text)))) return text;
  if (COMMIT.test(text)) return text.toLowerCase();
  return fail('$.enforceSince', `expected a date (YYYY-MM-DD or an ISO date-time) or a commit id, got ${describe(value)}`);
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

function nonEmpty(value: unknown, path: string, fail: Fail): string {
  const text = aString(value, path, fail);
  return text.trim() !== '' ? text : fail(path, 'must not be empty');
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
