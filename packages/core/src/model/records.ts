/** @fileoverview Plain records that sources produce and detectors read. No behaviour. */

/** One commit as read from `git log`, identities raw (mailmap off). */
export interface CommitRecord {
  /** Full commit id (40 or 64 hex characters). */
  readonly id: string;
  readonly parents: readonly string[];
  readonly authorName: string;
  readonly authorEmail: string;
  /** ISO 8601 author date; kept across rebase and cherry-pick, so fingerprints use it. */
  readonly authorDate: string;
  readonly committerName: string;
  readonly committerEmail: string;
  readonly committerDate: string;
  /** Full message (subject and body): every stored byte, read as UTF-8, a NUL byte included. */
  readonly message: string;
  /** The message decoded per the commit's `encoding` header, when that names another encoding and gives other text. */
  readonly decodedMessage?: string;
  /**
   * The refs that contain this commit, when the reader walked from every ref children first and learnt them on the
   * way (`withContainingRefs`; empty names for a commit no ref contains); absent when the reader did not.
   */
  readonly containingRefs?: ContainingRefNames;
}

/** The refs containing a commit; one object is shared by many commits, and the names are sorted on first ask. */
export interface ContainingRefNames {
  /** Full ref names (`refs/heads/main`, `refs/tags/v1`), sorted. */
  readonly names: readonly string[];
}

/** A text git keeps beside commits: an annotated tag's message or a `git notes` note. */
export interface AnnotationRecord {
  readonly kind: 'tag' | 'note';
  /** The ref it was reached from, e.g. `refs/tags/v1` or `refs/notes/commits`. */
  readonly ref: string;
  /** The tag object's id, or for a note the id of the object it annotates. */
  readonly object: string;
  /** The text, every stored byte read as UTF-8. */
  readonly message: string;
  /** The text decoded per a tag's `encoding` header, when that gives other text. */
  readonly decodedMessage?: string;
}

/** One ref: a branch, remote-tracking branch, tag or notes ref. */
export interface RefRecord {
  /** Full ref name, e.g. `refs/heads/main`. */
  readonly name: string;
  readonly target: string;
}

/** One path in a repository. */
export interface PathRecord {
  /** Repo-relative POSIX path. */
  readonly path: string;
  /** Where it was seen: the working tree, HEAD's tree (bare repositories), the index, or a commit that added it. */
  readonly origin: 'worktree' | 'head' | 'staged' | 'commit';
  /** The commit that added it, for `origin: 'commit'`. */
  readonly commit?: string;
}
