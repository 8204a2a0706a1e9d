/** @fileoverview Aider: the open-source terminal pair programmer (any model through LiteLLM). Research §9. */
import { defineAssistant, valueWithEmail } from './define.js';

const AIDER = 'Aider-AI/aider@5dc9490bb';

export default defineAssistant({
  id: 'aider',
  name: 'Aider',
  vendor: 'Aider',
  providers: ['anthropic', 'openai', 'google', 'deepseek', 'xai', 'mistral', 'amazon', 'alibaba', 'moonshot', 'zhipu', 'local'],
  homepage: 'https://aider.chat',
  signatures: [
    {
      id: 'aider/co-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-authored-by: aider (<model>) trailer, on by default since v0.85, with its current and two earlier addresses.',
      keys: ['co-authored-by'],
      value: valueWithEmail('aider@aider.chat', 'noreply@aider.chat', 'noreply@aider.dev'),
      source: { tag: 'V', url: 'https://github.com/Aider-AI/aider/blob/5dc9490bb/aider/repo.py', ref: `${AIDER} aider/repo.py L252, HISTORY.md v0.85.0; commits e2d3fc459, 1d4269082 (earlier emails)` },
      examples: {
        matches: [
          'Co-authored-by: aider (anthropic/claude-sonnet-4-20250514) <aider@aider.chat>',
          'Co-authored-by: aider (gpt-4o) <noreply@aider.chat>',
          'co-authored-by: aider (deepseek/deepseek-chat) <noreply@aider.dev>',
          'Add retry (#41)\n\n* feat: Add retry\n\nCo-authored-by: aider (openrouter/google/gemini-2.5-pro) <aider@aider.chat>\n\n* fix: lint',
        ],
        nonMatches: [
          { value: 'Co-authored-by: Paul Example <paul@aider.chat>', reason: 'a human address on the aider.chat domain' },
          { value: 'Pair-programmed with aider (see aider.chat).', reason: 'prose, not a trailer' },
        ],
      },
    },
    {
      id: 'aider/claude-model-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-authored-by: aider (<model>) trailer naming a Claude model: aider was configured to send code to Anthropic.',
      keys: ['co-authored-by'],
      // The trailer carries aider's resolved model name, e.g. anthropic/claude-sonnet-4-20250514 or openrouter/anthropic/claude-3.5-sonnet.
      value: /^aider \((?:[\w.-]+\/)*[\w.-]*claude-[^)]*\)\s*<\s*(?:aider@aider\.chat|noreply@aider\.chat|noreply@aider\.dev)\s*>/i,
      provider: 'anthropic',
      source: { tag: 'V', url: 'https://github.com/Aider-AI/aider/blob/5dc9490bb/aider/repo.py', ref: `${AIDER} aider/repo.py L252 (model name in the trailer), aider/models.py (anthropic/claude-* names)` },
      examples: {
        matches: [
          'Co-authored-by: aider (anthropic/claude-sonnet-4-20250514) <aider@aider.chat>',
          'Co-authored-by: aider (claude-3-5-sonnet-20241022) <noreply@aider.chat>',
          'Co-authored-by: aider (openrouter/anthropic/claude-3.5-sonnet) <aider@aider.chat>',
        ],
        nonMatches: [
          { value: 'Co-authored-by: aider (gpt-4o) <aider@aider.chat>', reason: 'an OpenAI model' },
          { value: 'Co-authored-by: aider (openrouter/google/gemini-2.5-pro) <aider@aider.chat>', reason: 'a Google model through OpenRouter' },
          { value: 'Co-authored-by: claude-fan (aider) <fan@example.org>', reason: 'a human whose name mentions claude' },
        ],
      },
    },
    {
      id: 'aider/claude-model-config',
      kind: 'config-content',
      strength: 'strong',
      description: '.aider.conf.yml in the repository setting a Claude model (model, weak-model, editor-model, or the sonnet/opus/haiku switches).',
      globs: ['**/.aider.conf.yml'],
      pattern: /^\s*(?:(?:weak-|editor-)?model\s*:\s*["']?(?:[\w.-]+\/)*[\w.-]*claude-|(?:sonnet|opus|haiku)\s*:\s*(?:true|yes|on)\b)/i,
      provider: 'anthropic',
      source: { tag: 'V', url: 'https://aider.chat/docs/config/aider_conf.html', ref: 'aider.chat/docs/config/aider_conf.html (sample .aider.conf.yml: model, weak-model, editor-model, sonnet, opus)' },
      examples: {
        matches: [
          '.aider.conf.yml\nmodel: claude-3-5-sonnet-20241022\n',
          '.aider.conf.yml\n# team settings\nauto-commits: false\nmodel: anthropic/claude-sonnet-4-20250514',
          'services/api/.aider.conf.yml\nsonnet: true',
          '.aider.conf.yml\nweak-model: "openrouter/anthropic/claude-3-haiku"',
        ],
        nonMatches: [
          { value: '.aider.conf.yml\nmodel: gpt-4o', reason: 'an OpenAI model' },
          { value: '.aider.conf.yml\n#model: claude-3-5-sonnet\n## Use claude-3-opus for the main chat\n#opus: false', reason: 'the commented-out sample file' },
          { value: '.aider.conf.yml\nsonnet: false', reason: 'the switch turned off' },
          { value: 'docs/model.yml\nmodel: claude-3-5-sonnet', reason: 'not an aider config file' },
        ],
      },
    },
    {
      id: 'aider/claude-model-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'AIDER_MODEL naming a Claude model or one of aider\'s Anthropic aliases (sonnet, opus, haiku).',
      name: 'AIDER_MODEL',
      value: /(?:claude-|^(?:sonnet|opus|haiku)$)/i,
      provider: 'anthropic',
      source: { tag: 'V', url: 'https://github.com/Aider-AI/aider/blob/5dc9490bb/aider/args.py', ref: `${AIDER} aider/args.py (--model, auto_env_var_prefix="AIDER_"), aider/models.py MODEL_ALIASES` },
      examples: {
        matches: ['AIDER_MODEL=sonnet', 'AIDER_MODEL=anthropic/claude-sonnet-4-20250514', 'AIDER_MODEL=opus'],
        nonMatches: [
          { value: 'AIDER_MODEL=gpt-4o', reason: 'an OpenAI model' },
          { value: 'AIDER_MODEL=deepseek/deepseek-chat', reason: 'a DeepSeek model' },
        ],
      },
    },
    {
      id: 'aider/name-suffix',
      kind: 'commit-identity',
      strength: 'strong',
      description: 'Author or committer name ending in " (aider)" (the default before v0.85 and whenever the co-author trailer is off).',
      name: /\s\(aider\)$/i,
      source: { tag: 'V', url: 'https://github.com/Aider-AI/aider/blob/5dc9490bb/aider/repo.py', ref: `${AIDER} aider/repo.py L294, HISTORY.md v0.39.0; O 4,088 author names in aider's history` },
      examples: {
        matches: ['Paul Gauthier (aider) <paul@example.org>', 'Jane Roe (aider) <12+jroe@users.noreply.github.com>'],
        nonMatches: [
          { value: 'Aider Fan <fan@example.org>', reason: 'aider in the name, not the suffix' },
          { value: 'Jane Roe (raider) <jane@example.org>', reason: 'a different word in parentheses' },
        ],
      },
    },
    {
      id: 'aider/subject-prefix',
      kind: 'commit-marker',
      strength: 'weak',
      description: '"aider: " commit-message prefix (opt-in, default before v0.39; a human can write it).',
      pattern: /^aider: \S/,
      source: { tag: 'V', url: 'https://github.com/Aider-AI/aider/blob/5dc9490bb/aider/args.py', ref: `${AIDER} aider/args.py --attribute-commit-message-author/-committer, HISTORY.md v0.41.0` },
      examples: {
        matches: ['aider: Added retry logic to the fetch helper.'],
        nonMatches: [{ value: 'fix(aider): handle an empty config', reason: 'a conventional-commit scope, not the prefix' }],
      },
    },
    {
      id: 'aider/repo-files',
      kind: 'repo-path',
      strength: 'strong',
      description: 'Aider config, history, tag cache and ignore files in a repository.',
      globs: [
        '**/.aider.conf.yml',
        '**/.aider.chat.history.md',
        '**/.aider.input.history',
        '**/.aider.tags.cache.v*',
        '**/.aider.tags.cache.v*/**',
        '**/.aiderignore',
        '**/.aider.model.settings.yml',
        '**/.aider.model.metadata.json',
      ],
      source: { tag: 'V', url: 'https://github.com/Aider-AI/aider/tree/5dc9490bb', ref: `${AIDER} aider/*.py, aider/repomap.py (TAGS_CACHE_DIR)` },
      examples: {
        matches: ['.aider.conf.yml', '.aider.chat.history.md', '.aider.tags.cache.v4/cache.db', 'backend/.aiderignore'],
        nonMatches: [{ value: 'docs/aider.md', reason: 'a document, not an aider file' }],
      },
    },
    {
      id: 'aider/home-files',
      kind: 'home-path',
      strength: 'strong',
      description: '~/.aider.conf.yml and the ~/.aider folder (caches, analytics.json, installs.json, oauth-keys.env).',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.aider.conf.yml', '.aider', '.aider/**'],
      source: { tag: 'V', url: 'https://github.com/Aider-AI/aider/tree/5dc9490bb', ref: `${AIDER} aider/*.py` },
      examples: {
        matches: ['~/.aider.conf.yml', '~/.aider/installs.json', '~/.aider/caches/model_prices.json'],
        nonMatches: [{ value: '~/.raider/config', reason: 'a different folder' }],
      },
    },
    {
      id: 'aider/pypi-package',
      kind: 'package',
      strength: 'strong',
      description: 'Aider from PyPI (aider-chat) or its aider-install bootstrapper.',
      ecosystem: 'pypi',
      names: ['aider-chat', 'aider-install'],
      source: { tag: 'V', url: 'https://github.com/Aider-AI/aider/blob/5dc9490bb/pyproject.toml', ref: `${AIDER} pyproject.toml, README.md, website/docs/install.md` },
      examples: {
        matches: ['pypi:aider-chat', 'pypi:Aider-Chat', 'pypi:aider-install'],
        nonMatches: [{ value: 'pypi:aider', reason: 'a different PyPI project name' }],
      },
    },
    {
      id: 'aider/binary',
      kind: 'package',
      strength: 'strong',
      description: 'The aider console script on PATH.',
      ecosystem: 'binary',
      names: ['aider', 'aider.exe'],
      source: { tag: 'V', url: 'https://github.com/Aider-AI/aider/blob/5dc9490bb/pyproject.toml', ref: `${AIDER} pyproject.toml (aider = aider.main:main)` },
      examples: {
        matches: ['binary:aider', 'binary:aider.exe'],
        nonMatches: [{ value: 'binary:raider', reason: 'a different program' }],
      },
    },
    {
      id: 'aider/process',
      kind: 'process',
      strength: 'weak',
      description: 'aider running from a bin/ or Scripts/ path, an aider-chat environment, or python -m aider.',
      pattern: /(?:[/\\]aider-chat[/\\]|[/\\](?:bin|Scripts)[/\\]aider(?:\.exe)?(?:\s|$)|\s-m\s+aider(?:\.main)?(?:\s|$))/i,
      source: { tag: 'V', url: 'https://github.com/Aider-AI/aider/blob/5dc9490bb/pyproject.toml', ref: `${AIDER} pyproject.toml (Python entry point)` },
      examples: {
        matches: [
          '/home/ana/.local/share/uv/tools/aider-chat/bin/python /home/ana/.local/bin/aider --model sonnet',
          '/usr/bin/python3 python3 -m aider --model gpt-4o',
        ],
        nonMatches: [
          { value: '/usr/bin/vim vim .aider.conf.yml', reason: 'editing a config file is not running the tool' },
          { value: '/opt/raider/bin/raider raider --scan', reason: 'a different program whose name ends in aider' },
        ],
      },
    },
    {
      id: 'aider/config-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'AIDER_* variables, aider\'s environment form of every command-line option.',
      name: 'AIDER_*',
      source: { tag: 'V', url: 'https://github.com/Aider-AI/aider/blob/5dc9490bb/aider/args.py', ref: `${AIDER} aider/args.py (auto_env_var_prefix="AIDER_")` },
      examples: {
        matches: ['AIDER_MODEL=sonnet', 'AIDER_ATTRIBUTE_CO_AUTHORED_BY=false'],
        nonMatches: [{ value: 'RAIDER_MODE=1', reason: 'a different prefix' }],
      },
    },
    {
      id: 'aider/cli-command',
      kind: 'command',
      strength: 'strong',
      description: 'aider started in a terminal (`aider`, or its PyPI package through uvx or pipx).',
      programs: ['aider'],
      packages: ['aider-chat'],
      source: { tag: 'V', url: 'https://github.com/Aider-AI/aider', ref: 'Aider-AI/aider README: pip install aider-chat; aider command' },
      examples: {
        matches: ['cd src && aider --model x', 'uvx aider-chat', 'pipx run aider-chat'],
        nonMatches: [{ value: 'uvx --from x aider-chat', reason: 'uvx runs the --from package here, not aider-chat' }, { value: 'vim aider.md', reason: 'a file argument' }],
      },
    },
  ],
});
