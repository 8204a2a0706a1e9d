/** @fileoverview Picks the names a user most likely meant, for "did you mean" hints on commands, subcommands and ids. */
import { closestMatch } from '@aiguard/core';

const MAX_SUGGESTIONS = 3;

/**
 * The known names closest to `input`: a typo (`scna` → `scan`), or the names that start with it or with which it
 * starts (`claude` → `claude-code`, `claude-desktop`), at most three. Empty when nothing is close.
 */
export function suggestNames(input: string, names: readonly string[]): string[] {
  const typo = closestMatch(input, names);
  if (typo !== undefined) return [typo];
  const wanted = input.toLowerCase();
  if (wanted.length < 3) return [];
  const prefixed = names.filter((name) => name.toLowerCase().startsWith(wanted) || wanted.startsWith(name.toLowerCase()));
  return prefixed.length <= MAX_SUGGESTIONS ? prefixed : [];
}

/** `; did you mean "scan"?` or `; did you mean "claude-code" or "claude-desktop"?`, or nothing. */
export function didYouMean(input: string, names: readonly string[]): string {
  const guesses = suggestNames(input, names).map((name) => `"${name}"`);
  if (guesses.length === 0) return '';
  const list = guesses.length === 1 ? guesses[0] : `${guesses.slice(0, -1).join(', ')} or ${guesses.at(-1)}`;
  return `; did you mean ${list}?`;
}

/** The usage message for an `--assistant` value the catalog does not know, with the likely ids. */
export function unknownAssistantMessage(value: string, ids: readonly string[]): string {
  return `--assistant: unknown assistant id "${value}"${didYouMean(value, ids)} (run \`aiguard catalog\` for the list)`;
}
