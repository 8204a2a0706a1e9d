/**
 * @fileoverview The command kind: a command line typed in a terminal that starts an assistant's CLI (`claude`,
 * `npx @openai/codex`). The editor's terminal guard reads shell-integration command lines with it. The whole kind
 * lives here (its signature type is in model/signature.ts): how command lines are read, its evidence and how its
 * examples run.
 */
import type { Evidence } from '../../model/evidence.js';
import type { CommandSignature } from '../../model/signature.js';
import { makeExcerpt } from '../../text/excerpt.js';
import type { CatalogEntry, CompiledCatalog } from '../catalog-index.js';
import { fingerprint } from '../repository-evidence.js';
import { sanitizeCommandLine } from '../workstation-evidence.js';
import type { SignatureKindModule } from './kind-module.js';

/** One command signature a command line matched, and the word that gave it away. */
export interface CommandMatch {
  readonly entry: CatalogEntry<CommandSignature>;
  /** The program or package spec as typed, e.g. `/usr/local/bin/claude` or `@openai/codex@latest`. */
  readonly program: string;
}

const WRAPPERS = new Set(['sudo', 'env', 'exec', 'time', 'nohup', 'command', 'builtin', 'nice', 'doas']);
const PACKAGE_RUNNERS = new Set(['npx', 'bunx', 'pnpx', 'uvx']);
const SUB_RUNNERS: Readonly<Record<string, string>> = { pnpm: 'dlx', yarn: 'dlx', npm: 'exec', pipx: 'run', bun: 'x', uv: 'tool' };

/** Every command signature `commandLine` starts, once per signature (each `&&`, `||`, `;`, `|` and `&` segment is read). */
export function detectCommandLine(commandLine: string, catalog: CompiledCatalog): CommandMatch[] {
  const entries = (catalog.byKind.get('command') ?? []) as readonly CatalogEntry<CommandSignature>[];
  const found: CommandMatch[] = [];
  for (const segment of commandLine.split(/&&|\|\||[;|&\n]/)) {
    const started = startedProgram(tokenize(segment));
    if (!started) continue;
    for (const entry of entries) {
      const { programs, packages = [] } = entry.signature;
      const isMatch = started.isPackage
        ? packages.some((name) => name.toLowerCase() === packageName(started.word)) || programs.some((name) => programName(name) === programName(packageName(started.word)))
        : programs.some((name) => programName(name) === programName(started.word));
      if (isMatch && !found.some((match) => match.entry === entry)) found.push({ entry, program: started.word });
    }
  }
  return found;
}

/** Evidence for every assistant CLI `commandLine` starts; no location beyond the command itself (the terminal is the editor's). */
export function detectCommandEvidence(commandLine: string, catalog: CompiledCatalog): Evidence[] {
  return detectCommandLine(commandLine, catalog).map(({ entry, program }) => ({
    assistant: entry.assistant,
    signature: entry.signature.id,
    kind: 'command',
    strength: entry.signature.strength,
    location: {},
    excerpt: makeExcerpt(sanitizeCommandLine(commandLine.trim())),
    fingerprint: fingerprint(entry.signature.id, `command\n${program.toLowerCase()}`),
  }));
}

/** The program a segment starts (after env assignments and wrappers), or the package a package runner starts. */
function startedProgram(tokens: readonly string[]): { word: string; isPackage: boolean } | undefined {
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(token) || token.startsWith('-') || WRAPPERS.has(token)) i++;
    else break;
  }
  const first = tokens[i];
  if (first === undefined) return undefined;
  const program = programName(first);
  const sub = SUB_RUNNERS[program];
  if (!PACKAGE_RUNNERS.has(program) && !(sub !== undefined && tokens[i + 1] === sub)) return { word: first, isPackage: false };
  let j = i + (PACKAGE_RUNNERS.has(program) ? 1 : 2);
  if (program === 'uv' && tokens[j] === 'run') j++;
  while (j < tokens.length && tokens[j]!.startsWith('-')) j++;
  const spec = tokens[j];
  return spec === undefined ? undefined : { word: spec, isPackage: true };
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

/** Terminal command lines. Example form: a command line. */
export const commandKind: SignatureKindModule<'command'> = {
  kind: 'command',
  matchesExample: (_signature, example, catalog) => detectCommandLine(example, catalog).length > 0,
};
