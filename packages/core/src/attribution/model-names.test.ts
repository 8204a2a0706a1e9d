/** @fileoverview Model names as tools and people write them, normalised and tied to a provider. */
import { describe, expect, it } from 'vitest';
import { normaliseModelId, parseModel } from './model-names.js';

describe('parseModel', () => {
  it.each([
    ['Claude Opus 4.6', 'claude-opus-4.6', 'anthropic'],
    ['claude-opus-4-6', 'claude-opus-4.6', 'anthropic'],
    ['claude-sonnet-4-5-20250929', 'claude-sonnet-4.5', 'anthropic'],
    ['anthropic/claude-opus-5', 'claude-opus-5', 'anthropic'],
    ['openrouter/anthropic/claude-3.5-sonnet', 'claude-3.5-sonnet', 'anthropic'],
    ['claude-3-5-sonnet-20241022', 'claude-3.5-sonnet', 'anthropic'],
    ['Claude Sonnet 4.5 (1M context)', 'claude-sonnet-4.5', 'anthropic'],
    ['gpt-5.4', 'gpt-5.4', 'openai'],
    ['GPT-5-high', 'gpt-5-high', 'openai'],
    ['o3', 'o3', 'openai'],
    ['gemini-2.5-pro', 'gemini-2.5-pro', 'google'],
    ['hf:moonshotai/Kimi-K2.6', 'kimi-k2.6', 'moonshot'],
    ['deepseek/deepseek-chat', 'deepseek-chat', 'deepseek'],
    ['qwen3-coder-plus', 'qwen3-coder-plus', 'alibaba'],
    ['grok-code-fast-1', 'grok-code-fast-1', 'xai'],
    ['GLM-5.3-flash', 'glm-5.3-flash', 'zhipu'],
    ['x-ai/grok-4', 'grok-4', 'xai'],
  ])('reads %s as %s from %s', (written, id, provider) => {
    expect(parseModel(written)).toEqual({ written, id, provider });
  });

  it.each(['Claude', 'Crush', 'Codex', 'Jane Doe', 'coccinelle', '', 'Claudette Martin'])('does not take %j for a model', (text) => {
    expect(parseModel(text)).toBeUndefined();
  });

  it('keeps the provider a router path names over the family guess', () => {
    expect(parseModel('bedrock/claude-sonnet-4')?.provider).toBe('amazon');
  });
});

describe('normaliseModelId', () => {
  it('dots dashed Claude versions but leaves other families alone', () => {
    expect(normaliseModelId('claude-haiku-4-5')).toBe('claude-haiku-4.5');
    expect(normaliseModelId('sonnet-4-5')).toBe('claude-sonnet-4.5');
    expect(normaliseModelId('gpt-4-1')).toBe('gpt-4-1');
  });
});
