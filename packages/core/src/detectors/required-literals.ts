/**
 * @fileoverview Reads a regular expression's source for the literal strings every match must contain (one of a set),
 * lower-cased, so a cheap substring search can rule a text out before the expression runs.
 */

/** At most this many strings in one exact set (`no-?reply` is two); more and the set gives way to a requirement. */
const MAX_SET = 16;
/** Literals longer than this are all about as rare; among them the first found is kept. */
const ENOUGH_LENGTH = 8;

/**
 * What is known about the text one part of an expression matches: `exact`, the strings it can match (lower-cased),
 * when they are few; `required`, strings one of which every match contains. Null means nothing is known.
 */
interface Info {
  readonly exact: readonly string[] | null;
  readonly required: readonly string[] | null;
}

const UNKNOWN: Info = { exact: null, required: null };
const EMPTY: Info = { exact: [''], required: null };

/**
 * Strings (lower-case ASCII, no blanks) one of which occurs, case-insensitively, in every text `pattern` matches;
 * undefined when the source holds none or a construct this reader does not know. A blank or a non-ASCII character
 * is never part of a literal (a trailer value joins folded lines with a space, and case-folding must stay ASCII),
 * except the plain space with `spaces`, for patterns tested on the text itself.
 * Sound for any flags: case, multi-line and dot-all only widen what a literal may sit beside, never the literal.
 */
export function requiredLiterals(pattern: RegExp, options: { readonly spaces?: boolean } = {}): string[] | undefined {
  try {
    const parser = new Parser(pattern.source, options.spaces === true);
    const info = parser.disjunction();
    if (!parser.atEnd()) return undefined;
    const found = requirementOf(info);
    return found && found.length > 0 ? [...new Set(found)] : undefined;
  } catch {
    return undefined;
  }
}

/** Scores a requirement: longer shortest literal is rarer, up to {@link ENOUGH_LENGTH}. */
export function literalScore(literals: readonly string[]): number {
  return Math.min(ENOUGH_LENGTH, ...literals.map((literal) => literal.length));
}

function requirementOf(info: Info): readonly string[] | null {
  if (info.required) return info.required;
  if (info.exact && !info.exact.includes('')) return info.exact;
  return null;
}

function best(candidates: readonly (readonly string[])[]): readonly string[] | null {
  let chosen: readonly string[] | null = null;
  for (const candidate of candidates) if (!chosen || literalScore(candidate) > literalScore(chosen)) chosen = candidate;
  return chosen;
}

function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_SET) return null;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

/** A literal character as it counts for the prefilter: lower-case printable ASCII other than a blank, else unknown. */
function literalChar(code: number, spaces = false): Info {
  if (code < 0x20 || code >= 0x7f || (code === 0x20 && !spaces)) return UNKNOWN;
  return { exact: [String.fromCharCode(code).toLowerCase()], required: null };
}

class Parser {
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly spaces: boolean,
  ) {}

  atEnd(): boolean {
    return this.at >= this.source.length;
  }

  disjunction(): Info {
    const alternatives = [this.alternative()];
    while (this.source[this.at] === '|') {
      this.at++;
      alternatives.push(this.alternative());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    if (alternatives.every((alternative) => alternative.exact)) {
      const union = [...new Set(alternatives.flatMap((alternative) => alternative.exact!))];
      if (union.length <= MAX_SET) return { exact: union, required: null };
    }
    const required: string[] = [];
    for (const alternative of alternatives) {
      const needs = requirementOf(alternative);
      if (!needs) return UNKNOWN;
      required.push(...needs);
    }
    return { exact: null, required: [...new Set(required)] };
  }

  private alternative(): Info {
    const candidates: (readonly string[])[] = [];
    let run: readonly string[] = [''];
    let allExact = true;
    const flush = (): void => {
      if (!run.includes('')) candidates.push(run);
      run = [''];
    };
    while (!this.atEnd() && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const term = this.quantified(this.atom());
      if (term.exact) {
        const joined = product(run, term.exact);
        if (joined) {
          run = joined;
        } else {
          allExact = false;
          flush();
          run = term.exact;
        }
      } else {
        allExact = false;
        flush();
        if (term.required) candidates.push(term.required);
      }
    }
    if (allExact) return { exact: run, required: null };
    flush();
    return { exact: null, required: best(candidates) };
  }

  private quantified(atom: Info): Info {
    const rest = this.source.slice(this.at);
    const quantifier = /^(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})/.exec(rest);
    if (!quantifier) return atom;
    this.at += quantifier[0].length;
    if (this.source[this.at] === '?') this.at++;
    const [symbol] = quantifier;
    const min = symbol === '*' || symbol === '?' ? 0 : symbol === '+' ? 1 : Number(quantifier[1]);
    const max = symbol === '?' ? 1 : symbol === '*' || symbol === '+' ? Infinity : quantifier[2] ? (quantifier[3] ? Number(quantifier[3]) : Infinity) : min;
    if (min === 1 && max === 1) return atom;
    if (min === 0) return max === 1 && atom.exact ? { exact: [...new Set(['', ...atom.exact])], required: null } : UNKNOWN;
    return { exact: null, required: requirementOf(atom) };
  }

  private atom(): Info {
    const char = this.source[this.at]!;
    this.at++;
    switch (char) {
      case '^':
      case '$':
        return EMPTY;
      case '.':
        return UNKNOWN;
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape(false);
      case '*':
      case '+':
      case '?':
        throw new Error('nothing to repeat');
      case '{':
        // A brace that starts no quantifier is a literal brace (outside unicode mode).
        return literalChar(0x7b);
      default:
        return literalChar(char.charCodeAt(0), this.spaces);
    }
  }

  private group(): Info {
    const rest = this.source.slice(this.at);
    const lookaround = /^\?<?[=!]/.exec(rest);
    const named = /^\?<[A-Za-z_$][\w$]*>/.exec(rest);
    if (lookaround) this.at += lookaround[0].length;
    else if (named) this.at += named[0].length;
    else if (rest.startsWith('?:')) this.at += 2;
    else if (rest.startsWith('?')) throw new Error('unknown group');
    const inner = this.disjunction();
    if (this.source[this.at] !== ')') throw new Error('unclosed group');
    this.at++;
    // A lookaround matches no text of its own: what it asks for may sit outside the match.
    return lookaround ? EMPTY : inner;
  }

  private characterClass(): Info {
    let negated = false;
    if (this.source[this.at] === '^') {
      negated = true;
      this.at++;
    }
    const members = new Set<string>();
    let known = true;
    let first = true;
    while (this.source[this.at] !== ']' || first) {
      if (this.atEnd()) throw new Error('unclosed class');
      first = false;
      const char = this.source[this.at]!;
      this.at++;
      let member: Info;
      if (char === '\\') member = this.escape(true);
      else member = literalChar(char.charCodeAt(0));
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']' && !this.atEnd()) {
        // A range: skip its upper end; a range stands for more characters than a literal set should hold.
        this.at++;
        if (this.source[this.at] === '\\') {
          this.at++;
          this.escape(true);
        } else {
          this.at++;
        }
        known = false;
        continue;
      }
      if (member.exact && member.exact.length === 1 && member.exact[0]!.length === 1) members.add(member.exact[0]!);
      else known = false;
    }
    this.at++;
    if (negated || !known || members.size === 0 || members.size > 4) return UNKNOWN;
    return { exact: [...members], required: null };
  }

  private escape(inClass: boolean): Info {
    const char = this.source[this.at];
    if (char === undefined) throw new Error('trailing backslash');
    this.at++;
    if ('dDwWsSpP'.includes(char)) {
      if ((char === 'p' || char === 'P') && this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1;
      return UNKNOWN;
    }
    if (char === 'b') return inClass ? UNKNOWN : EMPTY;
    if (char === 'B') return EMPTY;
    if (/[1-9]/.test(char) || char === 'k') {
      if (char === 'k' && this.source[this.at] === '<') this.at = this.source.indexOf('>', this.at) + 1;
      return UNKNOWN;
    }
    if (char === 'x') return this.hex(2);
    if (char === 'u') {
      if (this.source[this.at] === '{') {
        const end = this.source.indexOf('}', this.at);
        const code = parseInt(this.source.slice(this.at + 1, end), 16);
        this.at = end + 1;
        return literalChar(code);
      }
      return this.hex(4);
    }
    if (char === 'c') {
      this.at++;
      return UNKNOWN;
    }
    // \n \r \t \v \f \0 are blanks or controls; anything else escaped stands for itself.
    if ('nrtvf0'.includes(char)) return UNKNOWN;
    return literalChar(char.charCodeAt(0));
  }

  private hex(digits: number): Info {
    const text = this.source.slice(this.at, this.at + digits);
    if (!new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(text)) throw new Error('bad hex escape');
    this.at += digits;
    return literalChar(parseInt(text, 16));
  }
}
