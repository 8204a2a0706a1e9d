/** @fileoverview Tests makeExcerpt: the short, terminal-safe text that reports show for evidence. */
import { describe, expect, it } from 'vitest';
import { makeExcerpt } from './excerpt.js';

describe('makeExcerpt', () => {
  it('trims surrounding blanks and turns tabs into spaces', () => {
    expect(makeExcerpt('  \tCo-Authored-By:\tClaude  ')).toBe('Co-Authored-By: Claude');
  });

  it('escapes an ANSI escape so a report cannot repaint the terminal', () => {
    const excerpt = makeExcerpt('Author: \x1b[2Jevil');
    expect(excerpt).toBe('Author: \\u{1b}[2Jevil');
    expect(excerpt).not.toContain('\x1b');
  });

  it('escapes C1 controls and DEL', () => {
    expect(makeExcerpt('a\x7fb\x9bc')).toBe('a\\u{7f}b\\u{9b}c');
  });

  it('escapes bidi overrides and isolates that could reorder what the reader sees', () => {
    expect(makeExcerpt('x\u202Ey\u2066z')).toBe('x\\u{202e}y\\u{2066}z');
  });

  it('shows line breaks as a visible return symbol on one line', () => {
    expect(makeExcerpt('one\r\ntwo\nthree')).toBe('one ⏎ two ⏎ three');
  });

  it('keeps text of exactly 200 characters whole', () => {
    const text = 'x'.repeat(200);
    expect(makeExcerpt(text)).toBe(text);
  });

  it('cuts longer text to 200 characters ending with an ellipsis', () => {
    const excerpt = makeExcerpt(`${'y'.repeat(150)}${'z'.repeat(150)}`);
    expect(excerpt).toHaveLength(200);
    expect(excerpt.endsWith('z…')).toBe(true);
  });

  it('counts escapes toward the 200-character cut', () => {
    const excerpt = makeExcerpt('\x01'.repeat(100));
    expect(excerpt).toHaveLength(200);
    expect(excerpt.startsWith('\\u{1}\\u{1}')).toBe(true);
  });
});
