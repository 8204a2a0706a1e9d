/** @fileoverview What a detector returns: one signature seen at one place, before any policy. */
import type { ModelProvider } from './assistant.js';
import type { ModelMention } from './model-mention.js';
import type { SignatureKind, Strength } from './signature.js';

/** Where evidence was seen; only the fields that apply are set. */
export interface Location {
  /** Repository root (absolute path) for repository evidence. */
  readonly repository?: string;
  /** Full commit id for commit evidence. */
  readonly commit?: string;
  /** Full ref name for branch and notes evidence, e.g. `refs/heads/claude/x-3T29K`. */
  readonly ref?: string;
  /** Repo-relative POSIX path for repository files; absolute path for machine files. */
  readonly path?: string;
  /** 1-based line in the commit message or file. */
  readonly line?: number;
  /** Which identity matched, for commit-identity evidence. */
  readonly role?: 'author' | 'committer';
  readonly pid?: number;
  readonly extensionId?: string;
  /** User whose home or process it was, for workstation evidence. */
  readonly user?: string;
}

/** Who made a commit and what it says, carried on commit evidence so a fleet report needs no second git call. */
export interface CommitDetails {
  readonly authorName: string;
  readonly authorEmail: string;
  /** Strict ISO 8601 as git wrote it (`%aI`). */
  readonly authorDate: string;
  readonly committerName: string;
  readonly committerEmail: string;
  /** Strict ISO 8601 as git wrote it (`%cI`). */
  readonly committerDate: string;
  /** The message's first line (at most 200 characters, control characters escaped). */
  readonly subject: string;
  /** Full names of the refs that contain the commit, where the scan looked them up (audits and `scan`). */
  readonly refs?: readonly string[];
}

/** One more signature that showed the same tool in the same commit (a finding carries all of them). */
export interface SignatureSighting {
  readonly signature: string;
  readonly kind: SignatureKind;
  readonly strength: Strength;
  /** 1-based line in the commit message, for trailers and markers. */
  readonly line?: number;
  /** Which identity matched, for commit-identity evidence. */
  readonly role?: 'author' | 'committer';
  /** What matched, as in {@link Evidence.excerpt}. */
  readonly excerpt: string;
}

/** One signature seen at one place. */
export interface Evidence {
  readonly assistant: string;
  readonly signature: string;
  readonly kind: SignatureKind;
  readonly strength: Strength;
  readonly location: Location;
  /** A short excerpt of what matched (at most 200 characters, control characters escaped). Never a secret's value. */
  readonly excerpt: string;
  /**
   * Stable id for baselines and ignores: a hash of the signature and the content it was seen in (author, author
   * date and line for commits; the path for files; the ref name), never the commit SHA, so it survives rebase.
   */
  readonly fingerprint: string;
  /**
   * When the evidenced thing happened, as an ISO date, where known (commit date).
   * Policies with `enforceSince` use it.
   */
  readonly date?: string;
  /** For commit evidence: author, committer, subject and containing refs. Hashed by `--redact`. */
  readonly commit?: CommitDetails;
  /** The model the evidence names, e.g. `Claude Opus 4.6` in a co-author trailer (the first, when it names several). */
  readonly model?: ModelMention;
  /** Every model the evidence names, when it names more than one (`gpt-5-high (planning) && gemini-2.5-pro (coding)`). */
  readonly models?: readonly ModelMention[];
  /**
   * Who the code went to: the named model's provider, else the provider the signature implies, else the tool's only
   * provider. Unset when the tool can use several and the evidence names none.
   */
  readonly provider?: ModelProvider;
  /** Commit evidence: every signature that showed this tool in this commit, this evidence's own first. */
  readonly signatures?: readonly SignatureSighting[];
}
