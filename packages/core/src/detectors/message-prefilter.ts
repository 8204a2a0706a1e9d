/**
 * @fileoverview The literal prefilter for commit messages: the lower-case literals one of which every trailer, marker
 * and merged-branch signature needs, so most messages skip the regular expressions. Built once per compiled catalog.
 */
import type { MarkerSignature, RefSignature, TrailerSignature } from '../model/signature.js';
import type { CatalogEntry, MessagePrefilter } from './catalog-index.js';
import { LiteralSearch } from './literal-search.js';
import { literalScore, requiredLiterals } from './required-literals.js';

/** A value literal at least this long is preferred to the trailer key (common keys such as co-authored-by sit on many human commits). */
const SELECTIVE_SCORE = 5;

/** The literals the prefilter looks for; `complete` is false when some signature gave none, and then nothing is filtered. */
export interface PrefilterLiterals {
  /** Looked for in the folded message. */
  readonly text: readonly string[];
  /** Trailer keys without hyphens, looked for in the folded message with its hyphens stepped over. */
  readonly keys: readonly string[];
  readonly complete: boolean;
}

/** Chooses, per trailer and marker signature, the literals one of which it needs. */
export function chooseMessageLiterals(trailers: readonly CatalogEntry<TrailerSignature>[], markers: readonly CatalogEntry<MarkerSignature>[]): PrefilterLiterals {
  const text: string[] = [];
  const keys: string[] = [];
  let complete = true;
  for (const { signature } of trailers) {
    const value = requiredLiterals(signature.value);
    // The key always needs itself, hyphens aside; a value literal is used instead when it is rare enough.
    const key = signature.keys.map((name) => name.toLowerCase().replace(/-/g, ''));
    if (value && literalScore(value) >= Math.min(SELECTIVE_SCORE, literalScore(key))) text.push(...value);
    else if (key.every((name) => /^[\x21-\x7e]+$/.test(name))) keys.push(...key);
    else complete = false;
  }
  for (const { signature } of markers) {
    // A marker is tested on the folded text itself, so a literal space in its pattern is a space in the text.
    const needs = requiredLiterals(signature.pattern, { spaces: true });
    if (needs) text.push(...needs);
    else complete = false;
  }
  return { text: minimal(text), keys: minimal(keys), complete };
}

/** Each literal once, leaving out any that holds another (finding `claude` already finds `claude[bot]`). */
function minimal(items: readonly string[]): string[] {
  const distinct = unique(items);
  return distinct.filter((item) => !distinct.some((other) => other !== item && item.includes(other)));
}

/**
 * Messages judged before the prefilter is built. Building it reads every signature's pattern (tens of milliseconds),
 * which a hook judging one message would pay for nothing; a history scan passes this many in a blink.
 */
const WARM_UP_MESSAGES = 256;

/**
 * The prefilter for these signatures, built on first need: until `warmUp` messages have been asked about it answers
 * "maybe" (full detection, never a miss). A signature whose patterns give no literal makes its part of the prefilter
 * answer "maybe" for every text, so a catalog this reader cannot see into is never filtered wrongly.
 */
export function compileMessagePrefilter(
  trailers: readonly CatalogEntry<TrailerSignature>[],
  markers: readonly CatalogEntry<MarkerSignature>[],
  branches: readonly CatalogEntry<RefSignature>[],
  warmUp = WARM_UP_MESSAGES,
): MessagePrefilter {
  let asked = 0;
  let built: MessagePrefilter | undefined;
  const ready = (): MessagePrefilter | undefined => (built ??= asked >= warmUp ? buildMessagePrefilter(trailers, markers, branches) : undefined);
  return {
    mayMatch: (folded) => {
      const filter = ready();
      asked++;
      return filter?.mayMatch(folded) ?? true;
    },
    mayNameBranch: (text) => ready()?.mayNameBranch(text) ?? true,
  };
}

function buildMessagePrefilter(
  trailers: readonly CatalogEntry<TrailerSignature>[],
  markers: readonly CatalogEntry<MarkerSignature>[],
  branches: readonly CatalogEntry<RefSignature>[],
): MessagePrefilter {
  const chosen = chooseMessageLiterals(trailers, markers);
  const branchLiterals: string[] = [];
  let seesAllBranches = true;
  for (const { signature } of branches) {
    const needs = requiredLiterals(signature.pattern);
    if (needs) branchLiterals.push(...needs);
    else seesAllBranches = false;
  }
  const inText = new LiteralSearch(chosen.text);
  const inKeys = new LiteralSearch(chosen.keys, 0x2d);
  const inBranches = new LiteralSearch(unique(branchLiterals));
  return {
    mayMatch: (folded) => !chosen.complete || LiteralSearch.foundInEither(folded, inText, inKeys),
    mayNameBranch: (text) => !seesAllBranches || inBranches.foundIn(text),
  };
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
