/** @fileoverview Recognises a banned assistant's CLI in a terminal command line (`claude`, `npx @openai/codex`); no vscode import. */
import type { Assistant } from '@aiguard/core';

/**
 * Well-known CLI names the catalog does not (yet) list as `binary` package signatures. Entries whose assistant id is
 * not in the catalog are dropped when the index is built, so this table can never invent an assistant.
 */
export const KNOWN_CLI_NAMES: Readonly<Record<string, string>> = {
  claude: 'claude-code',
  codex: 'openai-codex',
  gemini: 'gemini-cli',
  aider: 'aider',
  'cursor-agent': 'cursor',
  copilot: 'github-copilot',
  qwen: 'qwen-code',
  amp: 'amp',
  opencode: 'opencode',
  goose: 'goose',
  cline: 'cline',
  crush: 'crush',
};

/** CLI names and package names mapped to assistant ids. */
export interface CliIndex {
  readonly binaries: ReadonlyMap<string, string>;
  /** npm and PyPI package names (lower-cased), for `npx pkg` / `uvx pkg` / `pipx run pkg`. */
  readonly packages: ReadonlyMap<string, string>;
}

/** Builds the index from the catalog's `binary`, `npm` and `pypi` package signatures plus {@link KNOWN_CLI_NAMES}. */
export function buildCliIndex(assistants: readonly Assistant[]): CliIndex {
  const ids = new Set(assistants.map((a) => a.id));
  const binaries = new Map<string, string>();
  const packages = new Map<string, string>();
  for (const [name, id] of Object.entries(KNOWN_CLI_NAMES)) if (ids.has(id)) binaries.set(name, id);
  for (const assistant of assistants) {
    for (const signature of assistant.signatures) {
      if (signature.kind !== 'package') continue;
      for (const name of signature.names) {
        if (signature.ecosystem === 'binary') binaries.set(programName(name), assistant.id);
        else if (signature.ecosystem === 'npm' || signature.ecosystem === 'pypi') packages.set(name.toLowerCase(), assistant.id);
      }
    }
  }
  return { binaries, packages };
}

/** A CLI match: which assistant and the word that gave it away. */
export interface CliMatch {
  readonly assistant: string;
  readonly program: string;
}

const WRAPPERS = new Set(['sudo', 'env', 'exec', 'time', 'nohup', 'command', 'builtin', 'nice', 'doas']);
const PACKAGE_RUNNERS = new Set(['npx', 'bunx', 'pnpx', 'uvx']);
const SUB_RUNNERS: Readonly<Record<string, string>> = { pnpm: 'dlx', yarn: 'dlx', npm: 'exec', pipx: 'run', bun: 'x', uv: 'tool' };

/** Every assistant CLI started by `commandLine` (each `&&`, `||`, `;` and `|` segment is checked). */
export function matchCommandLine(commandLine: string, index: CliIndex): CliMatch[] {
  const found: CliMatch[] = [];
  for (const segment of commandLine.split(/&&|\|\||[;|&\n]/)) {
    const match = matchSegment(tokenize(segment), index);
    if (match && !found.some((m) => m.assistant === match.assistant)) found.push(match);
  }
  return found;
}

function matchSegment(tokens: string[], index: CliIndex): CliMatch | undefined {
  let i = 0;
  // Skip env assignments, wrappers and their options (`sudo -E`, `env -i`).
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(token) || token.startsWith('-') || WRAPPERS.has(token)) i++;
    else break;
  }
  const first = tokens[i];
  if (first === undefined) return undefined;
  const program = programName(first);
  const sub = SUB_RUNNERS[program];
  if (PACKAGE_RUNNERS.has(program) || (sub !== undefined && tokens[i + 1] === sub)) {
    let j = i + (PACKAGE_RUNNERS.has(program) ? 1 : 2);
    if (program === 'uv' && tokens[j] === 'run') j++;
    while (j < tokens.length && tokens[j]!.startsWith('-')) j++;
    const spec = tokens[j];
    if (spec === undefined) return undefined;
    const name = packageName(spec);
    const assistant = index.packages.get(name) ?? index.binaries.get(programName(name));
    return assistant ? { assistant, program: spec } : undefined;
  }
  const assistant = index.binaries.get(program);
  return assistant ? { assistant, program: first } : undefined;
}

/** Splits on whitespace, honouring simple single and double quotes. */
function tokenize(segment: string): string[] {
  return [...segment.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** `/usr/local/bin/Claude.exe` -> `claude`. */
function programName(word: string): string {
  const base = word.split(/[\\/]/).pop() ?? word;
  return base.toLowerCase().replace(/\.(exe|cmd|bat|ps1)$/, '');
}

/** `@openai/codex@0.1.2` -> `@openai/codex`; `aider-chat==0.8` -> `aider-chat`. */
function packageName(spec: string): string {
  const lower = spec.toLowerCase();
  const at = lower.indexOf('@', lower.startsWith('@') ? 1 : 0);
  const name = at > 0 ? lower.slice(0, at) : lower;
  return name.split(/[=<>~![]/)[0]!;
}
