/** @fileoverview Builds real git repositories in temp folders for tests: commits with chosen identities, branches, notes, files. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A git identity as `Name <email>`. */
export type Identity = `${string} <${string}>`;

/** How to make one commit. */
export interface CommitSpec {
  readonly message: string;
  /** @default 'Ana Human <ana@example.com>' */
  readonly author?: Identity;
  /** @default the author */
  readonly committer?: Identity;
  /** Files to write (repo-relative path to content) and add before committing. */
  readonly files?: Readonly<Record<string, string>>;
  /** Author and committer date, ISO 8601. @default a fixed date advanced one minute per commit */
  readonly date?: string;
}

/** A throw-away repository with helpers that run real git. */
export interface FixtureRepo {
  readonly path: string;
  /** Runs git in the repository and returns its trimmed stdout. */
  git(...args: string[]): string;
  /** Makes a commit and returns its id. */
  commit(spec: CommitSpec): string;
  /** Writes a file without adding it. */
  write(path: string, content: string): void;
  cleanup(): void;
}

const DEFAULT_AUTHOR: Identity = 'Ana Human <ana@example.com>';

/** An environment where git reads no user or system config, so tests behave the same on every machine. */
export function isolatedGitEnv(home: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(home, '.gitconfig'),
    GIT_TERMINAL_PROMPT: '0',
  };
}

/** Creates an empty repository (main branch) in a new temp folder. */
export function createRepo(options: { readonly bare?: boolean; readonly prefix?: string } = {}): FixtureRepo {
  const root = mkdtempSync(join(tmpdir(), options.prefix ?? 'aiguard-repo-'));
  const path = join(root, options.bare ? 'repo.git' : 'repo');
  const home = join(root, 'home');
  mkdirSync(home);
  mkdirSync(path);
  const env = isolatedGitEnv(home);
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: path, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).trim();
  git('init', '-q', '-b', 'main', ...(options.bare ? ['--bare'] : []));
  let clock = Date.parse('2026-01-05T10:00:00Z');

  return {
    path,
    git,
    write(file, content) {
      mkdirSync(dirname(join(path, file)), { recursive: true });
      writeFileSync(join(path, file), content);
    },
    commit(spec) {
      for (const [file, content] of Object.entries(spec.files ?? {})) {
        this.write(file, content);
        git('add', '--', file);
      }
      const date = spec.date ?? new Date((clock += 60_000)).toISOString();
      const author = parse(spec.author ?? DEFAULT_AUTHOR);
      const committer = parse(spec.committer ?? spec.author ?? DEFAULT_AUTHOR);
      execFileSync('git', ['commit', '-q', '--allow-empty', '--no-verify', '--cleanup=verbatim', '-F', '-'], {
        cwd: path,
        input: spec.message,
        env: {
          ...env,
          GIT_AUTHOR_NAME: author.name,
          GIT_AUTHOR_EMAIL: author.email,
          GIT_AUTHOR_DATE: date,
          GIT_COMMITTER_NAME: committer.name,
          GIT_COMMITTER_EMAIL: committer.email,
          GIT_COMMITTER_DATE: date,
        },
      });
      return git('rev-parse', 'HEAD');
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function parse(identity: Identity): { name: string; email: string } {
  const match = /^(.*?)\s*<(.*)>$/.exec(identity);
  if (!match) throw new Error(`fixture identity must be "Name <email>", got ${identity}`);
  return { name: match[1]!, email: match[2]! };
}
