/** @fileoverview The tool and model forms of attribution lines, one test per form in use. */
import { describe, expect, it } from 'vitest';
import { parseAttributionLine, parseFooterModels } from './attribution-line.js';

const ids = (line: string) => {
  const said = parseAttributionLine(line);
  return { tool: said.tool, models: said.models.map((m) => `${m.id}@${m.provider}`) };
};

describe('parseAttributionLine', () => {
  it('reads the kernel form AGENT:MODEL [TOOL...]', () => {
    expect(ids('Assisted-by: Claude:claude-3-opus coccinelle sparse')).toEqual({ tool: 'Claude', models: ['claude-3-opus@anthropic'] });
  });

  it('reads <model> via <tool>: the tool is the one after via', () => {
    expect(ids('Assisted-by: Claude Opus 4.6 via Crush')).toEqual({ tool: 'Crush', models: ['claude-opus-4.6@anthropic'] });
  });

  it('reads <tool>:<provider>/<model>', () => {
    expect(ids('Assisted-by: Crush:anthropic/claude-opus-5')).toEqual({ tool: 'Crush', models: ['claude-opus-5@anthropic'] });
    expect(ids('Assisted-by: Crush:hf:moonshotai/Kimi-K2.6')).toEqual({ tool: 'Crush', models: ['kimi-k2.6@moonshot'] });
  });

  it('reads model-suffixed names: Codex (gpt-5.4), Kiro AI (Claude Opus 4.6), aider (<model>)', () => {
    expect(ids('Co-authored-by: Codex (gpt-5.4) <noreply@openai.com>')).toEqual({ tool: 'Codex', models: ['gpt-5.4@openai'] });
    expect(ids('Co-authored-by: Kiro AI (Claude Opus 4.6) <noreply@kiro.dev>')).toEqual({ tool: 'Kiro AI', models: ['claude-opus-4.6@anthropic'] });
    expect(ids('Co-authored-by: aider (openrouter/deepseek/deepseek-r1) <aider@aider.chat>')).toEqual({ tool: 'aider', models: ['deepseek-r1@deepseek'] });
  });

  it('reads the forms seen in Crush\'s own history', () => {
    expect(ids('Assisted-by: DeepSeek-V3.2 (Non-thinking Mode) via Crush <crush@charm.land>')).toEqual({ tool: 'Crush', models: ['deepseek-v3.2@deepseek'] });
    expect(ids('Assisted-By: openai/gpt-5.5 via Crush (modified ver.)')).toEqual({ tool: 'Crush', models: ['gpt-5.5@openai'] });
    expect(ids('Assisted-by: Crush:AWS Claude Opus 4.6')).toEqual({ tool: 'Crush', models: ['claude-opus-4.6@anthropic'] });
    expect(ids('Assisted-by: Crush:eu.anthropic.claude-sonnet-4-6')).toEqual({ tool: 'Crush', models: ['claude-sonnet-4.6@anthropic'] });
    expect(ids('Assisted-by: Crush (glm-5-turbo)')).toEqual({ tool: 'Crush', models: ['glm-5-turbo@zhipu'] });
    expect(ids('Assisted-by: Crush:accounts/fireworks/models/kimi-k2p6')).toEqual({ tool: 'Crush', models: ['kimi-k2p6@moonshot'] });
    expect(parseAttributionLine('Assisted-by: Crush via AI Assistant')).toMatchObject({ tool: 'AI Assistant', otherTool: 'Crush', models: [] });
  });

  it('reads several models with their roles', () => {
    expect(ids('Assisted-by: gpt-5-high (planning) && gemini-2.5-pro (coding)')).toEqual({ tool: undefined, models: ['gpt-5-high@openai', 'gemini-2.5-pro@google'] });
  });

  it('reads a model as the co-author display name, and knows the address is what names the tool', () => {
    const said = parseAttributionLine('Co-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>');
    expect(said.models.map((m) => m.id)).toEqual(['claude-opus-4.6']);
    expect(said.hasEmail).toBe(true);
  });

  it('names no model where the line names none', () => {
    expect(ids('Co-Authored-By: Claude <noreply@anthropic.com>').models).toEqual([]);
    expect(ids('Assisted-by: GitHub Copilot')).toEqual({ tool: 'GitHub Copilot', models: [] });
  });
});

describe('parseFooterModels', () => {
  it('reads the model in a footer\'s parentheses and ignores links', () => {
    expect(parseFooterModels('💘 Generated with Crush (GLM-5.3-flash)').map((m) => m.id)).toEqual(['glm-5.3-flash']);
    expect(parseFooterModels('🤖 Generated with [Claude Code](https://claude.com/claude-code)')).toEqual([]);
  });
});
