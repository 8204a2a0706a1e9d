/** @fileoverview defineAssistant() and the pattern builders catalog files use (gitleaks-style helpers). */
import type { Assistant } from '../model/assistant.js';

/** Checks an assistant entry's type and returns it unchanged; the catalog test checks the rest. */
export function defineAssistant<const A extends Assistant>(assistant: A): A {
  return assistant;
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Matches a whole email, one of `emails` exactly (emails are compared lower-cased). */
export function exactEmail(...emails: string[]): RegExp {
  return new RegExp(`^(?:${emails.map((e) => escapeRegExp(e.toLowerCase())).join('|')})$`);
}

/**
 * Matches a GitHub noreply email for `login`: `<id>+<login>@users.noreply.github.com` with any numeric id,
 * or the old form without id. The slug is what identifies the app; ids vary per product (research §33.5).
 */
export function githubNoreplyEmail(login: string): RegExp {
  return new RegExp(`^(?:\\d+\\+)?${escapeRegExp(login.toLowerCase())}@users\\.noreply\\.github\\.com$`);
}

/** Matches a trailer value that carries one of `emails` in angle brackets: `Anyone <noreply@anthropic.com>`. */
export function valueWithEmail(...emails: string[]): RegExp {
  return new RegExp(`<\\s*(?:${emails.map(escapeRegExp).join('|')})\\s*>`, 'i');
}

/** Matches a trailer value that carries a GitHub noreply email for `login` in angle brackets. */
export function valueWithGithubNoreply(login: string): RegExp {
  return new RegExp(`<\\s*(?:\\d+\\+)?${escapeRegExp(login)}@users\\.noreply\\.github\\.com\\s*>`, 'i');
}
