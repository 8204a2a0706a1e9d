/** @fileoverview The shape of one signature: a piece of evidence an assistant leaves, as data. */
import type { ModelProvider } from './assistant.js';

/**
 * How much a signature proves on its own.
 * - `strong`: only this assistant produces it (an AI-only email, a vendor trailer key).
 * - `shared`: several tools read or write it (`AGENTS.md`, `.mcp.json`); proves "some assistant", not which.
 * - `weak`: collides with ordinary human use (a branch named `claude/...`, a process named `agent`).
 */
export type Strength = 'strong' | 'shared' | 'weak';

/** Ordered from weakest to strongest, for `minStrength` comparisons. */
export const STRENGTH_ORDER: readonly Strength[] = ['weak', 'shared', 'strong'];

/** Operating systems a machine-side signature applies to (Node's `process.platform` names). */
export type Platform = 'linux' | 'darwin' | 'win32';

/** Where a signature's fact comes from (research/signatures.md evidence tags). */
export interface SignatureSource {
  /** V = vendor primary, O = observed in real git metadata, 3P = third party. */
  readonly tag: 'V' | 'O' | '3P';
  /** Human-readable reference: what was seen where, e.g. `repo@commit path` or an occurrence count. */
  readonly ref: string;
  /**
   * A public page that shows the fact: the vendor's doc or source file, an issue, a commit, or a GitHub search that
   * lists real commits carrying the form (semgrep-rules' `source-rule-url`). Always `https://`.
   */
  readonly url: string;
}

/** A non-match example always says why it must stay silent (gitleaks' commented fps). */
export interface NonMatchExample {
  readonly value: string;
  readonly reason: string;
}

/** Examples every signature carries; the catalog test runs each through the real matcher. */
export interface SignatureExamples {
  /** Inputs in the kind's example form (see each kind's matcher) that must match. */
  readonly matches: readonly string[];
  readonly nonMatches: readonly NonMatchExample[];
}

/** What every signature has, whatever its kind. */
export interface SignatureBase {
  /** `<assistant-file-name>/<kebab-name>`, unique across the catalog, e.g. `claude-code/co-author-trailer`. */
  readonly id: string;
  readonly strength: Strength;
  /** One short sentence shown in reports: what this evidence is. */
  readonly description: string;
  readonly source: SignatureSource;
  readonly examples: SignatureExamples;
  /**
   * The model provider this evidence shows the tool was set to send code to (a `claude-*` model in aider's
   * trailer), so a policy's `providers` selector covers it whatever tool sent it. Unset: the evidence names none.
   */
  readonly provider?: ModelProvider;
}

/**
 * A commit trailer (`Key: value`), found on any line of the message, not only the last paragraph,
 * because squash merges bury trailers in the body. Keys compare case-insensitively as git does.
 * Example form: one or more message lines.
 */
export interface TrailerSignature extends SignatureBase {
  readonly kind: 'commit-trailer';
  /** Trailer keys, compared case-insensitively, e.g. `['co-authored-by']`. */
  readonly keys: readonly string[];
  /** Tested against the trailer value (after folding look-alike characters). */
  readonly value: RegExp;
}

/** Free text anywhere in a commit message, such as a "Generated with [Claude Code]" footer. Example form: message lines. */
export interface MarkerSignature extends SignatureBase {
  readonly kind: 'commit-marker';
  /** Tested against each line of the message. */
  readonly pattern: RegExp;
}

/** Author or committer identity, read raw (mailmap off). Example form: `Name <email>`. */
export interface IdentitySignature extends SignatureBase {
  readonly kind: 'commit-identity';
  /** Tested against the lower-cased email. Match the email, not the display name, where an email exists. */
  readonly email?: RegExp;
  /** Tested against the display name, for tools that mark the name (aider's ` (aider)` suffix). */
  readonly name?: RegExp;
}

/** A ref name: `branch` matches `refs/heads/...` and `refs/remotes/<r>/...`; `notes-ref` matches `refs/notes/...`. Example form: a full ref name. */
export interface RefSignature extends SignatureBase {
  readonly kind: 'branch' | 'notes-ref';
  /** Tested against the short name: the branch without `refs/heads/` or `refs/remotes/<remote>/`, or the full notes ref. */
  readonly pattern: RegExp;
}

/** A path inside a repository (working tree, a commit's tree, or staged). Example form: a repo-relative POSIX path. */
export interface RepoPathSignature extends SignatureBase {
  readonly kind: 'repo-path';
  /** picomatch globs against the repo-relative POSIX path (dot files included). */
  readonly globs: readonly string[];
}

/**
 * A setting inside an assistant's config file in a repository, such as a `claude-*` model in `.aider.conf.yml`: the
 * file's repo-relative path must match `globs` and one of its lines `pattern`. Only the start of a regular file is
 * read (see sources/repository-file.ts); symlinks are never followed. Example form: the path, a line break, the text.
 */
export interface ConfigContentSignature extends SignatureBase {
  readonly kind: 'config-content';
  /** picomatch globs against the repo-relative POSIX path of the config file. */
  readonly globs: readonly string[];
  /** Tested against each line of the file's text. */
  readonly pattern: RegExp;
}

/** A path in a user's home folder. Example form: `~/` followed by a home-relative POSIX path. */
export interface HomePathSignature extends SignatureBase {
  readonly kind: 'home-path';
  readonly platforms: readonly Platform[];
  /** picomatch globs against the home-relative POSIX path, e.g. `.claude` or `Library/Application Support/Claude/**`. */
  readonly globs: readonly string[];
}

/** A system-wide managed-policy file a vendor reads. Example form: an absolute path in the platform's form. */
export interface ManagedPolicySignature extends SignatureBase {
  readonly kind: 'managed-policy-path';
  readonly platform: Platform;
  /** The absolute path, written as the platform writes it (`C:\Program Files\...` on Windows). Compared case-insensitively on darwin/win32. */
  readonly path: string;
}

/** A running process. Example form: the executable path, a space, then the command line. */
export interface ProcessSignature extends SignatureBase {
  readonly kind: 'process';
  /** Tested against `<exe path> <command line>`. Anchor on paths or package names, never a bare generic word. */
  readonly pattern: RegExp;
}

/** An installed editor extension or plugin. Example form: the extension id. */
export interface ExtensionSignature extends SignatureBase {
  readonly kind: 'editor-extension';
  readonly editor: 'vscode' | 'jetbrains';
  /** Ids, compared case-insensitively (`GitHub.copilot-chat` = `github.copilot-chat`). */
  readonly ids: readonly string[];
}

/** An installed package or a binary on PATH. Example form: `<ecosystem>:<name>`, e.g. `npm:@anthropic-ai/claude-code`. */
export interface PackageSignature extends SignatureBase {
  readonly kind: 'package';
  readonly ecosystem: 'npm' | 'pypi' | 'brew' | 'brew-cask' | 'winget' | 'binary';
  /** Package names, or for `binary` file names on PATH; compared case-insensitively. */
  readonly names: readonly string[];
}

/** An environment variable. Example form: `NAME=value` (or `NAME` for any value). */
export interface EnvSignature extends SignatureBase {
  readonly kind: 'env-var';
  /** Exact variable name, or a prefix when it ends with `*` (e.g. `CODEX_SANDBOX*`). */
  readonly name: string;
  /** When set, the value must match too. Values are never copied into reports. */
  readonly value?: RegExp;
  /** True for credentials (API keys, tokens): reported by name only, and never count as proof of use alone. */
  readonly isSecret?: boolean;
}

/**
 * A command that starts an assistant's CLI in a terminal. Example form: a command line, e.g. `claude --resume` or
 * `npx -y @google/gemini-cli`.
 */
export interface CommandSignature extends SignatureBase {
  readonly kind: 'command';
  /** Program names as typed, compared case-insensitively without folder or `.exe`/`.cmd` suffix, e.g. `claude`. */
  readonly programs: readonly string[];
  /** npm or PyPI package names run through `npx`, `pnpm dlx`, `uvx`, `pipx run` and similar, compared case-insensitively. */
  readonly packages?: readonly string[];
}

/**
 * The signature type of every kind; each kind's behaviour is its module in detectors/kinds/, registered in
 * detectors/kinds/index.ts.
 */
export interface SignatureKinds {
  'commit-trailer': TrailerSignature;
  'commit-marker': MarkerSignature;
  'commit-identity': IdentitySignature;
  branch: RefSignature;
  'notes-ref': RefSignature;
  'repo-path': RepoPathSignature;
  'config-content': ConfigContentSignature;
  'home-path': HomePathSignature;
  'managed-policy-path': ManagedPolicySignature;
  process: ProcessSignature;
  'editor-extension': ExtensionSignature;
  package: PackageSignature;
  'env-var': EnvSignature;
  command: CommandSignature;
}

/** Every signature kind. The list, in report order, is detectors/kinds/index.ts's `SIGNATURE_KINDS`. */
export type SignatureKind = keyof SignatureKinds;

/** The signature type of one kind. */
export type SignatureOf<K extends SignatureKind> = SignatureKinds[K] & { readonly kind: K };

/** One piece of evidence an assistant leaves, discriminated by `kind`. */
export type Signature = SignatureKinds[SignatureKind];
