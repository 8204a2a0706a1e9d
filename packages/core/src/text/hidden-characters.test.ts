/** @fileoverview Tests for the explanation of look-alike and invisible characters that hooks print. */
import { describe, expect, test } from 'vitest';
import { describeHiddenCharacters } from './hidden-characters.js';

describe('describeHiddenCharacters', () => {
  test('says nothing about text that reads as itself', () => {
    expect(describeHiddenCharacters('Co-Authored-By: Claude <noreply@anthropic.com>')).toBeUndefined();
  });

  test('gives the folded text and names a Cyrillic letter and a zero-width space once each', () => {
    expect(describeHiddenCharacters('Co-Authored\u200B-By: \u0421laude <noreply@\u0430nthropic.com> \u0430')).toEqual({
      folded: 'Co-Authored-By: Claude <noreply@anthropic.com> a',
      characters: ['U+200B zero-width space', 'U+0421 Cyrillic "\u0421" (reads as "C")', 'U+0430 Cyrillic "\u0430" (reads as "a")'],
    });
  });
});
