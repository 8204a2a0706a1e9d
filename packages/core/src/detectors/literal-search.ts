/**
 * @fileoverview Finds whether a text holds any of many lower-case ASCII literals, ASCII case ignored, in one pass
 * over its characters (an Aho-Corasick automaton): no lower-cased copy of the text, no regular expression.
 */

/** A compiled set of literals; {@link LiteralSearch.foundIn} answers in one pass however many literals there are. */
export class LiteralSearch {
  /** The automaton's input class of each ASCII code (upper case shares the lower-case class); 0 for any other character. */
  private readonly classes = new Uint8Array(128);
  private readonly classCount: number;
  /** Next state by `state * classCount + class`. */
  private readonly next: Int32Array;
  /** 1 where a literal ends at the state (or at one of its suffixes). */
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
    this.next = new Int32Array(trie.length * classCount);
    this.accepts = new Uint8Array(trie.length);
    const failure = new Int32Array(trie.length);
    const queue: number[] = [];
    for (let input = 0; input < classCount; input++) {
      const child = trie[0]![input]!;
      this.next[input] = child === -1 ? 0 : child;
      if (child > 0) queue.push(child);
    }
    this.accepts[0] = 0;
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      this.accepts[state] = ends[state] || this.accepts[failure[state]!] === 1 ? 1 : 0;
      for (let input = 0; input < classCount; input++) {
        const child = trie[state]![input]!;
        const fallback = this.next[failure[state]! * classCount + input]!;
        if (child === -1) {
          this.next[state * classCount + input] = fallback;
        } else {
          failure[child] = fallback;
          this.next[state * classCount + input] = child;
          queue.push(child);
        }
      }
    }
  }

  /**
   * True when `text` contains one of the literals of `plain` or of `stepping` (which steps over its skipped
   * character), in one pass over the text.
   */
  static foundInEither(text: string, plain: LiteralSearch, stepping: LiteralSearch): boolean {
    const [a, b] = [plain, stepping];
    let stateA = 0;
    let stateB = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const ascii = code < 128;
      stateA = a.next[stateA * a.classCount + (ascii ? a.classes[code]! : 0)]!;
      if (a.accepts[stateA] === 1) return true;
      if (code === b.skipped) continue;
      stateB = b.next[stateB * b.classCount + (ascii ? b.classes[code]! : 0)]!;
      if (b.accepts[stateB] === 1) return true;
    }
    return false;
  }

  /** True when `text` contains one of the literals, ASCII letters compared without case. */
  foundIn(text: string): boolean {
    const { classes, classCount, next, accepts, skipped } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === skipped) continue;
      state = next[state * classCount + (code < 128 ? classes[code]! : 0)]!;
      if (accepts[state] === 1) return true;
    }
    return false;
  }
}
