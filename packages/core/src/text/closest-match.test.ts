/** @fileoverview Tests closestMatch, the "did you mean" hint for misspelt ids and options. */
import { describe, expect, it } from 'vitest';
import { closestMatch } from './closest-match.js';

const IDS = ['claude-code', 'cursor', 'github-copilot', 'copilot-coding-agent', 'aider'];

describe('closestMatch', () => {
  it('suggests the id one letter away from a typo', () => {
    expect(closestMatch('claude-cod', IDS)).toBe('claude-code');
  });

  it('ignores case when comparing', () => {
    expect(closestMatch('CURSOR', IDS)).toBe('cursor');
  });

  it('suggests nothing for a word unlike every candidate', () => {
    expect(closestMatch('emacs', IDS)).toBeUndefined();
  });

  it('prefers the nearer of two similar candidates', () => {
    expect(closestMatch('github-copilt', IDS)).toBe('github-copilot');
  });

  it('suggests nothing when there are no candidates', () => {
    expect(closestMatch('cursor', [])).toBeUndefined();
  });
});
