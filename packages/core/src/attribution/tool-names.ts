/** @fileoverview Maps a tool name as written in an attribution line (`Crush`, `Kiro AI`, `Codex CLI`) to a catalog assistant id. */
import type { Assistant } from '../model/assistant.js';

// Names people and tools write that are not the catalog's display name or id. Keys are lower-cased, blanks collapsed.
const ALIASES: Readonly<Record<string, string>> = {
  claude: 'claude-code',
  'claude code': 'claude-code',
  'anthropic claude': 'claude-code',
  codex: 'openai-codex',
  'codex cli': 'openai-codex',
  'chatgpt codex': 'openai-codex',
  copilot: 'github-copilot',
  'copilot cli': 'github-copilot',
  'copilot chat': 'github-copilot',
  'github copilot chat': 'github-copilot',
  'copilot agent': 'copilot-coding-agent',
  gemini: 'gemini-cli',
  'gemini code assist': 'gemini-code-assist',
  'cursor agent': 'cursor',
  'cursor ai': 'cursor',
  aider: 'aider',
  'kiro ai': 'kiro',
  'kiro agent': 'kiro',
  'kiro ide': 'kiro',
  'qwen-coder': 'qwen-code',
  'qwen coder': 'qwen-code',
  'trae cli': 'trae',
  'trae agent': 'trae',
  droid: 'factory',
  'factory droid': 'factory',
  oz: 'warp',
  'warp oz': 'warp',
  roo: 'roo-code',
  kilo: 'kilo-code',
  'kilo cli': 'kilo-code',
  auggie: 'augment',
  'amazon q': 'amazon-q',
  'q developer': 'amazon-q',
  'devin ai': 'devin',
  'replit agent': 'replit',
  cascade: 'windsurf',
  windsurf: 'windsurf',
  'pi coding agent': 'pi',
  'iflow cli': 'iflow',
  'posthog code': 'posthog-code',
};

const lookups = new WeakMap<readonly Assistant[], Map<string, string>>();

/** The catalog id of the assistant `name` refers to, or undefined for a name the catalog does not know. */
export function resolveToolName(name: string, assistants: readonly Assistant[]): string | undefined {
  let byName = lookups.get(assistants);
  if (!byName) {
    byName = new Map();
    const known = new Set(assistants.map((a) => a.id));
    for (const [alias, id] of Object.entries(ALIASES)) if (known.has(id)) byName.set(alias, id);
    for (const assistant of assistants) {
      if (assistant.id === 'any-agent') continue;
      byName.set(assistant.id, assistant.id);
      byName.set(simplify(assistant.name), assistant.id);
    }
    lookups.set(assistants, byName);
  }
  return byName.get(simplify(name));
}

function simplify(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}
