/** @fileoverview Says why text matched after folding: the ASCII it reads as, and each look-alike or invisible character in it. */
import { foldLookalikes } from './lookalikes.js';

// Names for the invisible characters people meet; others are named by code point and script.
const INVISIBLE_NAMES: Record<string, string> = {
  '\u00AD': 'soft hyphen',
  '\u034F': 'combining grapheme joiner',
  '\u061C': 'Arabic letter mark',
  '\u180E': 'Mongolian vowel separator',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2060': 'word joiner',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\uFEFF': 'zero-width no-break space',
};

/** What a person needs to see why look-alike text matched. */
export interface HiddenCharacters {
  /** The text as the detector read it, folded to ASCII. */
  readonly folded: string;
  /** Each character that differs, once, e.g. `U+0430 Cyrillic "а" (reads as "a")` or `U+200B zero-width space`. */
  readonly characters: readonly string[];
}

/**
 * The folded form of `text` and the characters that made it differ, or undefined when `text` reads as itself
 * (pure ASCII, or nothing folds). Hooks print this so a user who sees `Claude` can tell why it counted as `Claude`.
 */
export function describeHiddenCharacters(text: string): HiddenCharacters | undefined {
  const folded = foldLookalikes(text);
  if (folded === text) return undefined;
  const characters = new Set<string>();
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80 || char === '\n') continue;
    const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    const name = INVISIBLE_NAMES[char];
    if (name !== undefined) {
      characters.add(`${code} ${name}`);
      continue;
    }
    const reads = foldLookalikes(char);
    if (reads !== char) characters.add(`${code} ${scriptOf(char)} "${char}" (reads as "${reads}")`);
  }
  return { folded, characters: [...characters] };
}

function scriptOf(char: string): string {
  const code = char.codePointAt(0)!;
  if (code >= 0x0400 && code <= 0x052f) return 'Cyrillic';
  if (code >= 0x0370 && code <= 0x03ff) return 'Greek';
  if (code >= 0xff00 && code <= 0xffef) return 'full-width';
  if (code >= 0x1d400 && code <= 0x1d7ff) return 'mathematical';
  return 'look-alike';
}
