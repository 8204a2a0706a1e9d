/** @fileoverview Messages as people write them are restored before matching. */
import { describe, expect, it } from 'vitest';
import { restoreMessageForm } from './message-forms.js';

describe('restoreMessageForm', () => {
  it('turns literal \\n sequences into lines in a one-line message', () => {
    expect(restoreMessageForm('fix: x\\n\\nCo-Authored-By: Claude <noreply@anthropic.com>')).toBe('fix: x\n\nCo-Authored-By: Claude <noreply@anthropic.com>');
  });

  it('leaves \\n quoted in a message that has real lines', () => {
    const message = 'fix: escape\n\nprint "\\n" before the prompt';
    expect(restoreMessageForm(message)).toBe(message);
  });

  it('unescapes HTML-escaped addresses', () => {
    expect(restoreMessageForm('Co-authored-by: opencode &lt;noreply@opencode.ai&gt;')).toBe('Co-authored-by: opencode <noreply@opencode.ai>');
  });

  it('joins a footer link broken across two lines and keeps the line count', () => {
    const restored = restoreMessageForm('fix\n\nMade with [Cursor](https://cur\nsor.com)\nSigned-off-by: A <a@example.org>');
    expect(restored.split('\n')).toEqual(['fix', '', 'Made with [Cursor](https://cursor.com)', '', 'Signed-off-by: A <a@example.org>']);
  });
});
