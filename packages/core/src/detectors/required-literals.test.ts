/** @fileoverview Tests requiredLiterals: the literals read from a pattern are ones every match holds, and unknown syntax gives none. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from './required-literals.js';

describe('requiredLiterals', () => {
  it('reads the rarest run of literal characters, lower-cased, across escapes and optional parts', () => {
    expect(requiredLiterals(/(?:<|&lt;)\s*(?:noreply@x\.ai)\s*(?:>|&gt;)/i)).toEqual(['noreply@x.ai']);
    expect(requiredLiterals(/no-?reply@Anthropic\.com/)).toEqual(['noreply@anthropic.com', 'no-reply@anthropic.com']);
    expect(requiredLiterals(/^(?:claude|cursor)\[bot\]$/)).toEqual(['claude[bot]', 'cursor[bot]']);
  });

  it('keeps blanks out of literals unless asked, and then only the plain space', () => {
    expect(requiredLiterals(/Made with \[Grok\]/)).toEqual(['[grok]']);
    expect(requiredLiterals(/Made with \[Grok\]/, { spaces: true })).toEqual(['made with [grok]']);
    expect(requiredLiterals(/Generated\twith/, { spaces: true })).toEqual(['generated']);
  });

  it('gives none where a match can be anything: a lone class, a starred group, a lookahead, an empty alternative', () => {
    expect(requiredLiterals(/\S/)).toBeUndefined();
    expect(requiredLiterals(/(?:abc)*/)).toBeUndefined();
    expect(requiredLiterals(/^(?!.*<x@y>)\s*\S/)).toBeUndefined();
    expect(requiredLiterals(/abc|\d+/)).toBeUndefined();
    expect(requiredLiterals(/(?<=x)[^a]/)).toBeUndefined();
  });

  it('holds for every match of random patterns built from literals, classes, groups and quantifiers', () => {
    const atom = fc.oneof(fc.constantFrom('a', 'B', 'c', '-', '@', '\\.', '\\s', '\\d', '[ab]', '[^x]', '.', ' '), fc.constantFrom('(?:ab|cd)', '(?:x|)', '(?:k|Kq)', '(q)'));
    const quantified = fc.oneof(fc.tuple(atom, fc.constantFrom('', '', '?', '*', '+', '{2}', '{1,3}')).map(([a, q]) => a + q), fc.constantFrom('\\b', '^', '$', '(?=a)'));
    const patterns = fc.array(quantified, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(patterns, fc.string({ unit: fc.constantFrom('a', 'b', 'B', 'c', 'd', 'k', 'K', 'q', 'x', '-', '@', '.', ' ', '1', '\u212a'), maxLength: 16 }), fc.boolean(), (source, text, caseless) => {
        const pattern = new RegExp(source, caseless ? 'i' : '');
        const match = pattern.exec(text);
        const literals = requiredLiterals(pattern, { spaces: true });
        if (match && literals) expect(literals.some((literal) => match[0].toLowerCase().includes(literal)), `${source} on ${JSON.stringify(text)}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
