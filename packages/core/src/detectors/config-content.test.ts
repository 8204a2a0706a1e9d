import { describe, expect, test } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { compileCatalog } from './compiled-catalog.js';
import { detectConfigContent, isConfigFile } from './config-content.js';

const catalog = compileCatalog(CATALOG);

describe('detectConfigContent', () => {
  test('names the first line that sets a Claude model, 1-based', () => {
    const [match, ...rest] = detectConfigContent('.aider.conf.yml', 'auto-commits: false\r\nmodel: claude-3-5-sonnet-20241022\r\nopus: true\r\n', catalog);
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ line: 2, text: 'model: claude-3-5-sonnet-20241022', entry: { signature: { id: 'aider/claude-model-config', provider: 'anthropic' } } });
  });

  test('sees through look-alike letters that would hide the model name', () => {
    // Cyrillic "а" in "clаude".
    expect(detectConfigContent('.aider.conf.yml', 'model: cl\u0430ude-3-5-sonnet', catalog).map((m) => m.entry.signature.id)).toEqual(['aider/claude-model-config']);
  });

  test('stays silent for files no config-content signature names, whatever they hold', () => {
    expect(isConfigFile('src/model.yml', catalog)).toBe(false);
    expect(detectConfigContent('src/model.yml', 'model: claude-3-5-sonnet', catalog)).toEqual([]);
  });

  test('picks config files by path, in subfolders too', () => {
    expect(isConfigFile('.aider.conf.yml', catalog)).toBe(true);
    expect(isConfigFile('services/api/opencode.jsonc', catalog)).toBe(true);
    expect(isConfigFile('.continue/models/claude.yaml', catalog)).toBe(true);
  });
});
