/** @fileoverview Tests foldLookalikes: look-alike letters and invisible characters fold to ASCII, line breaks stay. */
import { describe, expect, it } from 'vitest';
import { foldLookalikes } from './lookalikes.js';

describe('foldLookalikes', () => {
  it('returns pure ASCII text unchanged', () => {
    const text = 'Co-Authored-By: Claude <noreply@anthropic.com>\n\nbody';
    expect(foldLookalikes(text)).toBe(text);
  });

  it('folds a Cyrillic а inside an email to the Latin a', () => {
    expect(foldLookalikes('noreply@\u0430nthropic.com')).toBe('noreply@anthropic.com');
  });

  it('folds Greek and Cyrillic capitals that render like Latin ones', () => {
    expect(foldLookalikes('\u0421\u043B\u0430ude \u039F\u0440us')).toBe('C\u043Baude Opus');
  });

  it('removes a zero-width space hidden inside a trailer key', () => {
    expect(foldLookalikes('Co-Authored\u200B-By: x')).toBe('Co-Authored-By: x');
  });

  it('removes soft hyphens, byte-order marks and bidi controls', () => {
    expect(foldLookalikes('\uFEFFno\u00ADreply\u202E@\u2066anthropic.com')).toBe('noreply@anthropic.com');
  });

  it('folds full-width letters and the full-width at sign through NFKC', () => {
    expect(foldLookalikes('\uFF4E\uFF4F\uFF52\uFF45\uFF50\uFF4C\uFF59\uFF20anthropic.com')).toBe('noreply@anthropic.com');
  });

  it('folds dash look-alikes in a trailer key to the ASCII hyphen', () => {
    expect(foldLookalikes('Co\u2010authored\u2013by: x')).toBe('Co-authored-by: x');
  });

  it('keeps line breaks so line numbers still refer to the original message', () => {
    const folded = foldLookalikes('subj\u0435ct\n\nCo-Authored-By: Claude <noreply@\u0430nthropic.com>');
    expect(folded.split('\n')).toEqual(['subject', '', 'Co-Authored-By: Claude <noreply@anthropic.com>']);
  });

  it('strips combining marks, variation selectors and Unicode tag characters', () => {
    expect(foldLookalikes('anthro\u0301pic noreply\uFE0F@x \u{E0061}tag\u{E007F}')).toBe('anthropic noreply@x tag');
  });

  it('folds the modifier minus U+02D7 and the hyphen bullet U+2043 to the ASCII hyphen', () => {
    expect(foldLookalikes('Co\u02D7Authored\u2043By')).toBe('Co-Authored-By');
  });
});
