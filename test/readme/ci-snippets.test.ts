/**
 * @fileoverview Every YAML and shell snippet in the README's CI, hook-framework, server and release sections names only
 * what exists: Action inputs and outputs, aiguard commands and flags (from the built CLI's own --help), pre-commit hook
 * ids and revisions, GitLab template files and variables.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION } from '../helpers/github-runner.js';
import { REPO_ROOT } from '../helpers/release-build.js';
import { CLI_PATH } from '../helpers/run-cli.js';

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
/** Headings of the sections whose snippets users copy into CI, hook frameworks and servers. */
const SECTIONS = /^#{2,3} (CI|GitHub Actions|GitLab CI|lefthook, pre-commit, husky|Server: pre-receive|Releases.*)$/;

interface Snippet {
  readonly section: string;
  readonly language: 'yaml' | 'sh';
  readonly text: string;
}

function snippets(): Snippet[] {
  const found: Snippet[] = [];
  let section = '';
  let inScope = false;
  const lines = README.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#{2,3} /.test(line)) {
      section = line;
      inScope = SECTIONS.test(line) || (inScope && line.startsWith('### ') && section !== '');
      if (/^## /.test(line)) inScope = SECTIONS.test(line);
      continue;
    }
    const fence = /^```(yaml|sh)$/.exec(line);
    if (!fence) continue;
    const end = lines.indexOf('```', i + 1);
    if (inScope) found.push({ section, language: fence[1] as 'yaml' | 'sh', text: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return found;
}

const helpCache = new Map<string, string>();
function help(args: readonly string[]): string {
  const key = args.join(' ');
  if (!helpCache.has(key)) helpCache.set(key, execFileSync(process.execPath, [CLI_PATH, ...args, '--help'], { encoding: 'utf8', env: { ...process.env, CI: 'true' } }));
  return helpCache.get(key)!;
}
const COMMANDS = [...help([]).matchAll(/^ {2}([a-z]+) {2,}/gm)].map((match) => match[1]!);

/** Problems with one `aiguard ...` command line: unknown command, subcommand or flag. */
function checkCommand(commandLine: string): string[] {
  const words = commandLine.trim().split(/\s+/);
  const [command, sub] = [words[1], words[2]];
  if (command === undefined || !COMMANDS.includes(command)) return [`unknown command in: ${commandLine}`];
  const text = help([command]);
  const problems: string[] = [];
  if ((command === 'hook' || command === 'policy' || command === 'baseline') && sub !== undefined && !sub.startsWith('-') && !new RegExp(`aiguard ${command} ${sub}\\b|^ {2}${sub}\\b`, 'm').test(text)) {
    problems.push(`unknown subcommand "${command} ${sub}" in: ${commandLine}`);
  }
  for (const word of words.slice(2)) {
    const flag = /^(--[a-z][a-z-]*)/.exec(word)?.[1];
    if (flag && !text.includes(flag)) problems.push(`"${flag}" is not in \`aiguard ${command} --help\` (in: ${commandLine})`);
  }
  const format = /--format[ =]"?([a-z]+)/.exec(commandLine)?.[1];
  if (format && !text.includes(format)) problems.push(`format "${format}" unknown (in: ${commandLine})`);
  return problems;
}

/** The `aiguard ...` invocations in a line of shell (after `npx`, `sudo`, `&&`, `;`, `|`). */
function aiguardCommands(shell: string): string[] {
  return shell
    .split(/&&|\|\||;|\|/)
    .map((part) => part.replace(/#.*$/, '').trim().replace(/^(sudo\s+|npx\s+(--\S+\s+)*)+/, ''))
    .filter((part) => /^aiguard(\s|$)/.test(part));
}

/** True when `ref` names a commit here, as a branch, a remote's branch (CI clones often lack local branches), tag or id. */
function gitRefExists(ref: string): boolean {
  return [ref, `origin/${ref}`].some((candidate) => {
    try {
      execFileSync('git', ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`], { cwd: REPO_ROOT, stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
}

const PRE_COMMIT_IDS = (parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[]).map((hook) => hook.id);

/** Keys whose values are shell commands: GitHub `run`, GitLab `script`s, pre-commit `entry`, lefthook `run`. */
const COMMAND_KEYS = ['run', 'entry', 'script', 'before_script', 'after_script'];

/** Walks a parsed YAML snippet and returns every problem found. */
function checkYaml(document: unknown): string[] {
  const problems: string[] = [];
  const aiguardSteps = new Set<string>();
  const visit = (node: unknown, key = ''): void => {
    if (Array.isArray(node)) return node.forEach((item) => visit(item, key));
    if (node === null || typeof node !== 'object') {
      if (typeof node === 'string') {
        if (COMMAND_KEYS.includes(key)) for (const command of aiguardCommands(node)) problems.push(...checkCommand(command));
        for (const match of node.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          if (aiguardSteps.has(match[1]!) && !(match[2]! in ACTION.outputs)) problems.push(`output "${match[2]}" is not in action.yml`);
        }
      }
      return;
    }
    const map = node as Record<string, unknown>;
    if (typeof map.uses === 'string' && map.uses.startsWith('aiguard/aiguard')) {
      if (typeof map.id === 'string') aiguardSteps.add(map.id);
      const ref = map.uses.split('@')[1] ?? '';
      if (!gitRefExists(ref)) problems.push(`uses ${map.uses}: "${ref}" is no branch, tag or commit of this repository`);
      for (const input of Object.keys((map.with as object) ?? {})) if (!(input in ACTION.inputs)) problems.push(`input "${input}" is not in action.yml`);
    }
    if (map.repo === 'https://github.com/aiguard/aiguard') {
      if (!gitRefExists(String(map.rev))) problems.push(`pre-commit rev "${map.rev}" is no branch, tag or commit of this repository`);
      for (const hook of (map.hooks as { id: string }[]) ?? []) if (!PRE_COMMIT_IDS.includes(hook.id)) problems.push(`pre-commit hook id "${hook.id}" is not in .pre-commit-hooks.yaml`);
    }
    if (Array.isArray(map.include)) {
      for (const entry of map.include as { file?: string; local?: string }[]) {
        const file = entry.file ?? entry.local;
        if (file !== undefined && !existsSync(join(REPO_ROOT, file))) problems.push(`include names ${file}, which does not exist`);
        if (file?.endsWith('aiguard.gitlab-ci.yml')) {
          const template = parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as { aiguard: { variables: Record<string, string> } };
          for (const name of Object.keys((map.variables as object) ?? {})) if (!(name in template.aiguard.variables)) problems.push(`variable ${name} is not one the template reads`);
        }
      }
    }
    for (const [key, value] of Object.entries(map)) {
      if (key === 'uses' && typeof value === 'string' && value.startsWith('aiguard/')) continue;
      visit(value, key);
    }
  };
  // Steps are visited in order, so an output reference after its step sees the step's id.
  visit(document);
  return problems;
}

describe('README CI snippets', () => {
  const all = snippets();

  it('finds the snippets of every CI section', () => {
    const sections = new Set(all.map((snippet) => snippet.section));
    for (const heading of ['### GitHub Actions', '### GitLab CI', '### lefthook, pre-commit, husky', '### Server: pre-receive']) expect(sections).toContain(heading);
    expect(all.filter((snippet) => snippet.language === 'yaml').length).toBeGreaterThanOrEqual(5);
  });

  it.each(all.filter((snippet) => snippet.language === 'yaml').map((snippet) => [snippet.text.split('\n')[0], snippet] as const))('YAML %s names only what exists', (_title, snippet) => {
    expect(checkYaml(parse(snippet.text))).toEqual([]);
  });

  it.each(all.filter((snippet) => snippet.language === 'sh').map((snippet) => [snippet.text.split('\n')[0], snippet] as const))('shell %s names only commands and flags that exist', (_title, snippet) => {
    const lines = snippet.text.replace(/\\\n/g, ' ').split('\n');
    const commands = lines.flatMap(aiguardCommands);
    expect(commands.flatMap(checkCommand)).toEqual([]);
  });

  it('the checker itself rejects unknown inputs, flags, hook ids and files', () => {
    expect(checkYaml({ steps: [{ id: 'a', uses: 'aiguard/aiguard@main', with: { severity: 'x' } }] })).toEqual(['input "severity" is not in action.yml']);
    expect(checkCommand('aiguard scan . --sarif-out x')).toHaveLength(1);
    expect(checkCommand('aiguard scan . --format gitlab')).toHaveLength(1);
    expect(checkCommand('aiguard hook bundle x')).toHaveLength(1);
    expect(checkYaml({ repos: [{ repo: 'https://github.com/aiguard/aiguard', rev: 'v9.9.9', hooks: [{ id: 'aiguard-nope' }] }] })).toHaveLength(2);
    expect(checkYaml({ include: [{ project: 'x', file: 'ci/gitlab/nope.yml' }] })).toHaveLength(1);
  });
});
