/** @fileoverview Tests LiteralSearch against String.includes on random texts: same answers, ASCII case ignored, a skipped character stepped over. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiteralSearch } from './literal-search.js';

describe('LiteralSearch', () => {
  it('agrees with a lower-cased includes for any literals and text', () => {
    const letters = fc.constantFrom('a', 'b', 'c', 'A', 'B', '-', '@', '\u00e4', '\u212a', 'k');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', '@', 'k'), minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.string({ unit: letters, maxLength: 24 }), (literals, text) => {
        const lowered = [...text].map((char) => (char.charCodeAt(0) < 128 ? char.toLowerCase() : '\u0000')).join('');
        expect(new LiteralSearch(literals).foundIn(text)).toBe(literals.some((literal) => lowered.includes(literal)));
      }),
      { numRuns: 2000 },
    );
  });

  it('steps over the skipped character, and searches two sets in one pass', () => {
    const keys = new LiteralSearch(['coauthoredby'], 0x2d);
    expect(keys.foundIn('Co-Au-thored--By: x')).toBe(true);
    expect(keys.foundIn('Co_Authored_By: x')).toBe(false);
    const plain = new LiteralSearch(['anthropic.com']);
    expect(LiteralSearch.foundInEither('CoAuthoredBy: x', plain, keys)).toBe(true);
    expect(LiteralSearch.foundInEither('<noreply@ANTHROPIC.com>', plain, keys)).toBe(true);
    expect(LiteralSearch.foundInEither('nothing here', plain, keys)).toBe(false);
  });

  it('refuses a literal it could not compare case-blind', () => {
    expect(() => new LiteralSearch(['Claude'])).toThrow('not a lower-case ASCII literal');
    expect(() => new LiteralSearch(['caf\u00e9'])).toThrow('not a lower-case ASCII literal');
  });
});
