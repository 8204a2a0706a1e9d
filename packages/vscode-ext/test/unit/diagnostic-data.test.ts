import { CATALOG, lookUpCatalog } from '@aiguard/core';
import { describe, expect, it } from 'vitest';
import { diagnosticMessage, policySource, shortDescription, toDiagnosticData } from '../../src/diagnostic-data';
import { commitFindings, pathFindings, policyOf, ROOT } from './fixtures';

const lookup = lookUpCatalog(CATALOG);

describe('toDiagnosticData', () => {
  it('turns a blocked CLAUDE.md into an Error on line 1 that leads with what was found, then the verdict and policy source', () => {
    const [finding] = pathFindings('CLAUDE.md', policyOf({ assistants: { 'claude-code': 'block' } }));
    expect(toDiagnosticData(finding!, lookup, ROOT)).toEqual({
      root: ROOT,
      path: 'CLAUDE.md',
      line: 0,
      message: 'CLAUDE.md memory file (Claude Code, Anthropic) — blocked by repository policy .aiguard.json',
      severity: 'error',
      code: 'claude-code/claude-md',
      assistant: 'claude-code',
      verdict: 'block',
      decidedBy: { layer: 'repository', file: `${ROOT}/.aiguard.json`, rule: 'assistants.claude-code: block' },
    });
  });

  it('makes a Warning for a warn verdict, and says when no policy applies that it is listed for review', () => {
    const [finding] = pathFindings('.cursorrules', policyOf());
    const data = toDiagnosticData(finding!, lookup, ROOT);
    expect(data?.severity).toBe('warning');
    expect(data?.message).toBe('Legacy .cursorrules (Cursor, Anysphere) — no policy applies, listed for review');
  });

  it('names a managed policy by its layer and puts its file in related information', () => {
    const [finding] = pathFindings('CLAUDE.md', policyOf({ assistants: { 'claude-code': 'block' } }));
    const managed = { ...finding!, decidedBy: { layer: 'managed' as const, file: '/etc/aiguard/policy.json', rule: 'assistants.claude-code: block' } };
    expect(diagnosticMessage(managed, lookup, ROOT)).toEqual({
      message: 'CLAUDE.md memory file (Claude Code, Anthropic) — blocked by the managed policy',
      relatedFile: { file: '/etc/aiguard/policy.json', message: 'the managed policy that blocks Claude Code' },
    });
  });

  it('leaves commit findings to the commits view', () => {
    const findings = commitFindings('Fix\n\nCo-Authored-By: Claude <noreply@anthropic.com>', policyOf({ assistants: { 'claude-code': 'block' } }));
    expect(findings).toHaveLength(1);
    expect(toDiagnosticData(findings[0]!, lookup, ROOT)).toBeUndefined();
  });

  it('produces nothing for an allowed assistant, because core drops its evidence', () => {
    expect(pathFindings('CLAUDE.md', policyOf({ assistants: { 'claude-code': 'allow' } }))).toEqual([]);
  });
});

describe('policySource', () => {
  it('shows the file relative to the root and calls the extra layer the settings policy', () => {
    expect(policySource({ layer: 'cli', file: `${ROOT}/sub/x.json`, rule: 'default: block' }, ROOT)).toBe('settings policy sub/x.json');
    expect(policySource({ layer: 'repository', file: '/elsewhere/.aiguard.json', rule: 'assistants.cursor: warn' }, ROOT)).toBe('repository policy /elsewhere/.aiguard.json');
  });

  it('names the built-in default', () => {
    expect(policySource({ layer: 'default', rule: 'no layer names it' }, ROOT)).toBe('built-in default (warn)');
  });
});

describe('shortDescription', () => {
  it('cuts at the first parenthesis or sentence end', () => {
    expect(shortDescription('CLAUDE.md memory file (also read by Copilot).')).toBe('CLAUDE.md memory file');
    expect(shortDescription('.claude/ project folder: settings, commands.')).toBe('.claude/ project folder');
    expect(shortDescription('No punctuation')).toBe('No punctuation');
  });
});
