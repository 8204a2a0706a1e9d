/** @fileoverview Tests escapeLine's plain-text shortcut: every character it rewrites is still rewritten when alone. */
import { describe, expect, it } from 'vitest';
import { escapeLine } from './control-characters.js';

describe('escapeLine', () => {
  it('returns plain text, non-ASCII included, unchanged', () => {
    expect(escapeLine('Co-Authored-By: Claude Opus 4.6 <noreply@anthropic.com> — ü 漢 🚀')).toBe('Co-Authored-By: Claude Opus 4.6 <noreply@anthropic.com> — ü 漢 🚀');
  });

  it('rewrites every C0 and C1 control, DEL and bidi control even when it is the only one in the line', () => {
    const specials = [...Array.from({ length: 0x20 }, (_, c) => c), ...Array.from({ length: 0x21 }, (_, c) => 0x7f + c), 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
    for (const code of specials) {
      const line = `plain ${String.fromCharCode(code)} text`;
      const expected = code === 0x0a ? 'plain  ⏎  text' : code === 0x09 ? 'plain   text' : `plain \\u{${code.toString(16)}} text`;
      expect(escapeLine(line), `U+${code.toString(16)}`).toBe(expected);
    }
  });

  it('turns a CRLF into one line-break mark', () => {
    expect(escapeLine('a\r\nb')).toBe('a ⏎ b');
  });
});
