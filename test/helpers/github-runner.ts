/**
 * @fileoverview Runs the committed GitHub Action entry (action/aiguard-action.cjs) as the runner does: node24, the
 * inputs from action.yml with their defaults as INPUT_* variables, a recorded event payload, and the GITHUB_* files.
 */
import { execa } from 'execa';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './release-build.js';

/** The Action's metadata. */
export const ACTION = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

/** What one run left behind. */
export interface ActionRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** GITHUB_OUTPUT parsed (`name<<DELIM` heredocs and `name=value` lines). */
  readonly outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY's content. */
  readonly summary: string;
  /** The report file the `report` output names, read before the runner's folder is removed. */
  readonly report?: string;
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=');
      outputs[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return outputs;
}

/**
 * Runs the Action on `workspace` for `eventName` with the recorded payload `test/fixtures/github-events/<file>`, its
 * `{{NAME}}` placeholders filled from `fill`, and `inputs` over action.yml's defaults.
 */
export async function runAction(options: {
  readonly workspace: string;
  readonly eventName: string;
  readonly payload?: string;
  readonly fill?: Readonly<Record<string, string>>;
  readonly inputs?: Readonly<Record<string, string>>;
  readonly env: NodeJS.ProcessEnv;
}): Promise<ActionRun> {
  const runner = mkdtempSync(join(tmpdir(), 'aiguard-runner-'));
  try {
    return await runIn(runner, options);
  } finally {
    rmSync(runner, { recursive: true, force: true });
  }
}

async function runIn(runner: string, options: Parameters<typeof runAction>[0]): Promise<ActionRun> {
  const temp = join(runner, 'temp');
  mkdirSync(temp);
  const eventPath = join(runner, 'event.json');
  let payload = options.payload ? readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'github-events', options.payload), 'utf8') : '{}';
  for (const [name, value] of Object.entries(options.fill ?? {})) payload = payload.replaceAll(`{{${name}}}`, value);
  writeFileSync(eventPath, payload);
  const outputFile = join(runner, 'output');
  const summaryFile = join(runner, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(ACTION.inputs)) inputs[`INPUT_${name.toUpperCase()}`] = options.inputs?.[name] ?? spec.default ?? '';
  const result = await execa(process.execPath, [join(REPO_ROOT, ACTION.runs.main)], {
    cwd: options.workspace,
    env: {
      ...options.env,
      ...inputs,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_REPOSITORY: 'acme/widgets',
      RUNNER_TEMP: temp,
      RUNNER_OS: 'Linux',
    },
    extendEnv: false,
    reject: false,
  });
  const outputs = parseOutputs(readFileSync(outputFile, 'utf8'));
  return {
    exitCode: result.exitCode ?? -1,
    stdout: String(result.stdout),
    stderr: String(result.stderr),
    outputs,
    summary: readFileSync(summaryFile, 'utf8'),
    ...(outputs.report && existsSync(outputs.report) ? { report: readFileSync(outputs.report, 'utf8') } : {}),
  };
}
