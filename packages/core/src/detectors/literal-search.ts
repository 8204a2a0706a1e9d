/**
 * @fileoverview Finds whether a text holds any of many lower-case ASCII literals, ASCII case ignored, in one pass
 * over its characters (an Aho-Corasick automaton): no lower-cased copy of the text, no regular expression.
 */

/** A compiled set of literals; {@link LiteralSearch.foundIn} answers in one pass however many literals there are. */
export class LiteralSearch {
  /** The automaton's input class of each ASCII code (upper case shares the lower-case class); 0 for any other character. */
  private readonly classes = new Uint8Array(128);
  private readonly classCount: number;
  /** Next state by `state + class`, each state stored premultiplied by the class count (its row's start). */
  private readonly next: Int32Array;
  /** 1 at a state's row start where a literal ends at the state (or at one of its suffixes). */
  private readonly accepts: Uint8Array;

  /**
   * @param literals lower-case printable ASCII strings (spaces allowed), none empty
   * @param skipped a character the search steps over as if absent (`-` finds `coauthoredby` in `Co-Authored-By`)
   */
  constructor(
    literals: readonly string[],
    private readonly skipped = -1,
  ) {
    let classCount = 1;
    for (const literal of literals) {
      if (literal === '' || !/^[\x20-\x7e]+$/.test(literal) || literal !== literal.toLowerCase()) throw new Error(`not a lower-case ASCII literal: ${JSON.stringify(literal)}`);
      for (const char of literal) {
        const code = char.charCodeAt(0);
        if (this.classes[code] === 0) {
          this.classes[code] = classCount;
          const upper = char.toUpperCase().charCodeAt(0);
          if (upper !== code) this.classes[upper] = classCount;
          classCount++;
        }
      }
    }
    this.classCount = classCount;
    // The trie, then failure links turned into a full transition table in breadth-first order.
    const trie: number[][] = [new Array<number>(classCount).fill(-1)];
    const ends: boolean[] = [false];
    for (const literal of literals) {
      let state = 0;
      for (const char of literal) {
        const input = this.classes[char.charCodeAt(0)]!;
        if (trie[state]![input] === -1) {
          trie[state]![input] = trie.length;
          trie.push(new Array<number>(classCount).fill(-1));
          ends.push(false);
        }
        state = trie[state]![input]!;
      }
      ends[state] = true;
    }
    const next = new Int32Array(trie.length * classCount);
    const accepts = new Uint8Array(trie.length);
    const failure = new Int32Array(trie.length);
    const queue: number[] = [];
    for (let input = 0; input < classCount; input++) {
      const child = trie[0]![input]!;
      next[input] = child === -1 ? 0 : child;
      if (child > 0) queue.push(child);
    }
    accepts[0] = 0;
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      accepts[state] = ends[state] || accepts[failure[state]!] === 1 ? 1 : 0;
      for (let input = 0; input < classCount; input++) {
        const child = trie[state]![input]!;
        const fallback = next[failure[state]! * classCount + input]!;
        if (child === -1) {
          next[state * classCount + input] = fallback;
        } else {
          failure[child] = fallback;
          next[state * classCount + input] = child;
          queue.push(child);
        }
      }
    }
    for (let i = 0; i < next.length; i++) next[i] = next[i]! * classCount;
    this.next = next;
    this.accepts = new Uint8Array(trie.length * classCount);
    for (let state = 0; state < trie.length; state++) this.accepts[state * classCount] = accepts[state]!;
  }

  /**
   * True when `text` contains one of the literals of `plain` or of `stepping` (which steps over its skipped
   * character), in one pass over the text.
   */
  static foundInEither(text: string, plain: LiteralSearch, stepping: LiteralSearch): boolean {
    // Locals, not property loads, in the hot loop; states are stored premultiplied by the class count.
    const classesA = plain.classes;
    const nextA = plain.next;
    const acceptsA = plain.accepts;
    const classesB = stepping.classes;
    const nextB = stepping.next;
    const acceptsB = stepping.accepts;
    const skipped = stepping.skipped;
    let stateA = 0;
    let stateB = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 128) {
        stateA = nextA[stateA]!;
        if (code !== skipped) stateB = nextB[stateB]!;
        continue;
      }
      stateA = nextA[stateA + classesA[code]!]!;
      if (acceptsA[stateA] === 1) return true;
      if (code === skipped) continue;
      stateB = nextB[stateB + classesB[code]!]!;
      if (acceptsB[stateB] === 1) return true;
    }
    return false;
  }

  /** True when `text` contains one of the literals, ASCII letters compared without case. */
  foundIn(text: string): boolean {
    const { classes, next, accepts, skipped } = this;
    let state = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code === skipped) continue;
      state = next[state + (code < 128 ? classes[code]! : 0)]!;
      if (accepts[state] === 1) return true;
    }
    return false;
  }
}
