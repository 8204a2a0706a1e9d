// Unit tests for turning catalog regexes into osquery regex_match patterns.
import { describe, expect, test } from 'vitest';
import { osqueryRegex, sql } from './osquery-queries.js';

describe('osqueryRegex', () => {
  test('keeps a case-sensitive pattern as it is', () => {
    expect(osqueryRegex(/@anthropic-ai\/claude-code\//)).toBe('@anthropic-ai\\/claude-code\\/');
  });

  test('lowers a case-insensitive pattern outside escapes, so \\S and \\W keep their meaning', () => {
    const pattern = osqueryRegex(/Claude\S+[A-Z]\W/i) as string;
    expect(pattern).toBe('claude\\S+[a-z]\\W');
    expect(new RegExp(pattern).test('claude-code/x!')).toBe(true);
  });

  test('refuses lookbehind, named groups and other flags, saying why', () => {
    expect(osqueryRegex(/(?<!x)claude/)).toEqual({ reason: expect.stringContaining('lookbehind') });
    expect(osqueryRegex(/(?<name>claude)/)).toEqual({ reason: expect.stringContaining('named groups') });
    expect(osqueryRegex(/claude/s)).toEqual({ reason: expect.stringContaining('flags s') });
  });
});

describe('sql', () => {
  test("doubles single quotes in a literal", () => {
    expect(sql("it's")).toBe("'it''s'");
  });
});
