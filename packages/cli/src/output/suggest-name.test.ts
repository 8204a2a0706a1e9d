/** @fileoverview Tests for the "did you mean" hints on commands and assistant ids. */
import { describe, expect, test } from 'vitest';
import { didYouMean, suggestNames } from './suggest-name.js';

describe('suggestNames', () => {
  test('finds a typo by edit distance', () => {
    expect(suggestNames('scna', ['scan', 'audit', 'watch'])).toEqual(['scan']);
  });

  test('finds the ids a short name starts, and nothing for an unrelated word', () => {
    expect(suggestNames('claude', ['claude-code', 'claude-desktop', 'cursor'])).toEqual(['claude-code', 'claude-desktop']);
    expect(suggestNames('zzzzzz', ['claude-code', 'cursor'])).toEqual([]);
  });
});

describe('didYouMean', () => {
  test('joins several guesses with "or" and says nothing without one', () => {
    expect(didYouMean('claude', ['claude-code', 'claude-desktop'])).toBe('; did you mean "claude-code" or "claude-desktop"?');
    expect(didYouMean('qqq', ['scan'])).toBe('');
  });
});
