/** @fileoverview Folds Unicode look-alikes to ASCII so `noreply@аnthropic.com` (Cyrillic а) cannot dodge a signature. */

// Characters that render like ASCII letters in common fonts (Cyrillic, Greek, Latin variants).
// NFKC already folds full-width forms, ligatures and mathematical alphanumerics.
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ӏ: 'l',
  ԁ: 'd', ԛ: 'q', ԝ: 'w', к: 'k', м: 'm', н: 'h', т: 't',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
  І: 'I', Ј: 'J', Ѕ: 'S', Ԁ: 'D', Ԛ: 'Q', Ԝ: 'W',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T',
  Υ: 'Y', Χ: 'X',
  ı: 'i', ȷ: 'j', ɑ: 'a', ɡ: 'g', ɩ: 'i', ʏ: 'y', ℓ: 'l',
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '−': '-', '：': ':', '﹕': ':', '＠': '@', '﹫': '@',
  // Hyphen look-alikes that NFKC leaves alone: modifier minus, hyphen bullet, small and full-width hyphen-minus.
  '˗': '-', '⁃': '-', '﹣': '-', '－': '-', '⸗': '-', '‧': '.',
  // Ideographic full stops, which IDNA reads as the dot between domain labels.
  '。': '.', '｡': '.',
};

// Invisible characters that split a word without showing: zero-width, soft hyphen, bidi controls, variation
// selectors, Unicode tag characters (U+E0000 block), and combining marks (stripped after NFKD, so `ó` reads `o`).
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFE00-\uFE0F\uFEFF\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]|\p{M}/gu;
const LOOKALIKE_CHARS = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');
const NON_ASCII = /[^\x00-\x7F]/;

/**
 * Returns `text` with invisible characters removed and look-alike letters replaced by their ASCII twin.
 * Pure ASCII input is returned as is (the common case, kept cheap for history scans). Line breaks are kept,
 * so line numbers still refer to the original text.
 */
export function foldLookalikes(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text
    .normalize('NFKD')
    .replace(INVISIBLE, '')
    .normalize('NFKC')
    .replace(LOOKALIKE_CHARS, (ch) => LOOKALIKES[ch] ?? ch);
}
