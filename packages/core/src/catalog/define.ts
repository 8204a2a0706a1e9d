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
 * GitHub user ids of catalogued bots and apps (the `NNN` in `NNN+slug[bot]@users.noreply.github.com`), from their
 * public API records (`https://api.github.com/users/<slug>[bot]`) as listed in research/signatures-update.md. With
 * the id known, `NNN+slug@...` without `[bot]` is the bot too; without it, a bare slug could be any human's login.
 */
export const GITHUB_BOT_IDS: Readonly<Record<string, readonly number[]>> = {
  'anthropic-claude[bot]': [215619710],
  'chatgpt-codex-connector[bot]': [199175422],
  'claude-code-action[bot]': [208546643],
  'claude[bot]': [209825114],
  copilot: [198982749],
  'cursor[bot]': [206951365],
  'devin-ai-integration[bot]': [158243242],
  'factory-droid[bot]': [138933559],
  'gemini-cli[bot]': [218312386],
  'gemini-code-assist[bot]': [176961590],
  'google-labs-jules[bot]': [161369871],
  'kiloconnect[bot]': [240665456],
  'kiro-agent': [244629292],
  'mastra-platform[bot]': [284800079],
  'openai-codex[bot]': [215057067],
};

/** The address part (no anchors) of a GitHub noreply email for `login`, with its known ids when it has any. */
function githubNoreplyAddress(login: string): string {
  const slug = login.toLowerCase();
  const bare = escapeRegExp(slug.replace(/\[bot\]$/, ''));
  const ids = GITHUB_BOT_IDS[slug] ?? [];
  const byId = ids.length > 0 ? `|(?:${ids.join('|')})\\+${bare}(?:\\[bot\\])?` : '';
  return `(?:(?:\\d+\\+)?${escapeRegExp(slug)}${byId})@users\\.noreply\\.github\\.com`;
}

/**
 * Matches a GitHub noreply email for `login`: `<id>+<login>@users.noreply.github.com` with any numeric id, the old
 * form without id, and, for a bot whose id is known ({@link GITHUB_BOT_IDS}), its id with the slug without `[bot]`.
 */
export function githubNoreplyEmail(login: string): RegExp {
  return new RegExp(`^${githubNoreplyAddress(login)}$`);
}

/** Matches a trailer value that carries one of `emails` in angle brackets: `Anyone <noreply@anthropic.com>`. */
export function valueWithEmail(...emails: string[]): RegExp {
  return new RegExp(`(?:<|&lt;)\\s*(?:${emails.map(escapeRegExp).join('|')})\\s*(?:>|&gt;)`, 'i');
}

/** Matches a trailer value that carries a GitHub noreply email for `login` in angle brackets, whatever the display name. */
export function valueWithGithubNoreply(login: string): RegExp {
  return new RegExp(`(?:<|&lt;)\\s*${githubNoreplyAddress(login)}\\s*(?:>|&gt;)`, 'i');
}
