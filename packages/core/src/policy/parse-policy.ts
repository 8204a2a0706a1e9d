/** @fileoverview Parses and validates a policy file's text into a PolicyDocument, failing with one precise line. */
import type { PolicyAction, PolicyDocument } from '../model/policy.js';
import type { Strength } from '../model/signature.js';
import { closestMatch } from '../text/closest-match.js';

const ACTIONS: readonly PolicyAction[] = ['block', 'warn', 'allow'];
const STRENGTHS: readonly Strength[] = ['strong', 'shared', 'weak'];
const KEYS = ['$schema', 'default', 'minStrength', 'assistants'] as const;

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

/**
 * Parses `text` (the contents of `file`) as a policy. Unknown keys, unknown assistant ids and bad values are
 * errors, never ignored: a policy that cannot be read must not silently mean "no policy".
 */
export function parsePolicy(text: string, file: string, assistantIds: readonly string[]): PolicyDocument {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new PolicyError(file, '$', `not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(data)) throw new PolicyError(file, '$', `expected an object, got ${describe(data)}`);
  for (const key of Object.keys(data)) {
    if (!(KEYS as readonly string[]).includes(key)) throw new PolicyError(file, `$.${key}`, `unknown key${hint(key, KEYS)}`);
  }
  const document: { -readonly [K in keyof PolicyDocument]: PolicyDocument[K] } = {};
  if (data.default !== undefined) document.default = oneOf(data.default, ACTIONS, file, '$.default');
  if (data.minStrength !== undefined) document.minStrength = oneOf(data.minStrength, STRENGTHS, file, '$.minStrength');
  if (data.assistants !== undefined) {
    if (!isObject(data.assistants)) throw new PolicyError(file, '$.assistants', `expected an object of assistant id to action, got ${describe(data.assistants)}`);
    const assistants: Record<string, PolicyAction> = {};
    for (const [id, action] of Object.entries(data.assistants)) {
      if (!assistantIds.includes(id)) throw new PolicyError(file, `$.assistants.${id}`, `unknown assistant id${hint(id, assistantIds)} (run \`aiguard catalog\` for the list)`);
      assistants[id] = oneOf(action, ACTIONS, file, `$.assistants.${id}`);
    }
    document.assistants = assistants;
  }
  return document;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], file: string, path: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const suggestion = typeof value === 'string' ? hint(value, allowed) : '';
  throw new PolicyError(file, path, `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describe(value)}${suggestion}`);
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
