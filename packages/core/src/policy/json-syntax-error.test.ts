/** @fileoverview Tests for the line-and-column description of a JSON syntax error. */
import { describe, expect, test } from 'vitest';
import { describeJsonSyntaxError } from './json-syntax-error.js';

function describeParse(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return describeJsonSyntaxError(error, text);
  }
  throw new Error('expected a syntax error');
}

describe('describeJsonSyntaxError', () => {
  test('gives line and column instead of a byte offset', () => {
    expect(describeParse('{\n  "a": 1,\n}')).toBe('not valid JSON: line 3, column 1: expected double-quoted property name');
  });

  test('says JSON has no comments when the file carries them', () => {
    expect(describeParse('{\n  // banned\n  "a": 1\n}')).toBe("not valid JSON: line 2, column 3: expected property name or '}' (JSON has no comments: remove the // and /* */ lines)");
  });

  test('keeps the problem when the parser gives no position, without quoting the whole file', () => {
    const text = describeParse('{"a": x}');
    expect(text).toBe("not valid JSON: unexpected token 'x'");
  });
});
