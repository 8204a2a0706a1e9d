/** @fileoverview Cuts report text to a terminal's width by characters (code points), marking every cut with an ellipsis. */

/** `text` cut to at most `width` code points, the last one `…` when anything was cut. */
export function fitText(text: string, width: number): string {
  const points = Array.from(text);
  if (points.length <= width) return text;
  if (width <= 0) return '';
  return `${points.slice(0, width - 1).join('')}…`;
}

/** The length of `text` in code points, the unit {@link fitText} counts in. */
export function textWidth(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
