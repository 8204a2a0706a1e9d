/** @fileoverview Tests for the Markdown report: golden files, and table cells that hostile text cannot break or fill with HTML, links or mentions. */
import { marked } from 'marked';
import { describe, expect, test } from 'vitest';
import type { Finding } from '../model/finding.js';
import type { ScanResult } from '../model/scan-result.js';
import { SAMPLE_AUDIT } from '../../../../test/helpers/report/audit-sample.js';
import { expectGolden } from '../../../../test/helpers/report/golden.js';
import { escapeMarkdownCell, MARKDOWN_NO_POLICY, renderMarkdown } from './markdown.js';
import { SAMPLE_ASSISTANTS, SAMPLE_SCAN, SAMPLE_SCAN_WITHOUT_POLICY, SAMPLE_TOOL } from '../../../../test/helpers/report/sample-scan.js';

const context = { tool: SAMPLE_TOOL, assistants: SAMPLE_ASSISTANTS };
const ZERO_WIDTH_SPACE = '\u200B';

/**
 * Renders `markdown` as GitHub does (GFM, via marked) and returns each table body's cells as the text a reader
 * sees; throws if a cell holds any HTML element but the report's own `<br>` and `<strong>`, and GFM autolinks
 * (a bare address or URL shown as itself, so never a disguised link).
 */
function renderedCells(markdown: string): string[][][] {
  const html = marked.parse(markdown, { gfm: true, async: false });
  return [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].map(([, body]) =>
    [...body!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, cell]) => {
        const text = cell!
          .replace(/<br>/g, '\n')
          .replace(/<\/?strong>/g, '')
          .replace(/<a href="(?:mailto:)?([^"]*)">([^<]*)<\/a>/g, (link, href: string, label: string) => (href === label ? label : link));
        if (/<[a-z]/i.test(text)) throw new Error(`a cell holds HTML: ${cell}`);
        return text
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&')
          .replaceAll(ZERO_WIDTH_SPACE, '');
      }),
    ),
  );
}

describe('renderMarkdown', () => {
  test('renders the sample scan as the golden file', () => {
    expectGolden('markdown-basic.md', renderMarkdown(SAMPLE_SCAN, context));
  });

  test('renders a scan without a policy as the golden file, saying so where the layers would be', () => {
    const markdown = renderMarkdown(SAMPLE_SCAN_WITHOUT_POLICY, context);
    expectGolden('markdown-no-policy.md', markdown);
    expect(markdown).toContain(`**Policy:** ${MARKDOWN_NO_POLICY}\n`);
  });

  test('renders the sample audit as the golden file, with user and source columns, vendor controls and notes', () => {
    const markdown = renderMarkdown(SAMPLE_AUDIT, context);
    expectGolden('markdown-audit.md', markdown);
    expect(markdown).toContain('**Policy:** managed /etc/aiguard/policy.json; user /home/ana/.config/aiguard/policy.json\n');
    expect(markdown).toContain('| Verdict | Assistant | Signature | User | Source | Where | Evidence | Decided by |\n');
    expect(markdown).toContain('| WEAK | VS Code AllowedExtensions policy | /etc/vscode/policy.json | does not exclude anthropic.claude-code |\n');
  });

  test('renders tables GitHub reads: a summary row per assistant plus totals, a findings row per finding', () => {
    const [summary, findings] = renderedCells(renderMarkdown(SAMPLE_SCAN, context));
    expect(summary).toEqual([
      ['Claude Code (Anthropic)', '1', '1', '1'],
      ['Total', '1', '1', '1'],
    ]);
    expect(findings!.map((row) => [row[0], row[3]])).toEqual([
      ['BLOCK', 'CLAUDE.md'],
      ['WARN', 'refs/heads/claude/x-3T29K'],
      ['INFO', 'commit 3f2a9c1d0e4b line 5'],
    ]);
  });

  test('keeps hostile evidence and paths inside their cell, as the exact text, with no HTML, link, image or mention', () => {
    const hostile = 'a | b `code` <script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) ![t](x.png) **bold** _it_ ~~s~~ $x$ \\| @org/security #12 &amp;\nsecond line\r\nthird';
    const finding: Finding = { ...SAMPLE_SCAN.findings[0]!, excerpt: hostile, location: { path: `x|y\`<b>.md` } };
    const markdown = renderMarkdown({ ...SAMPLE_SCAN, findings: [finding] }, context);
    const [, findings] = renderedCells(markdown);
    expect(findings).toHaveLength(1);
    expect(findings![0]).toHaveLength(6);
    expect(findings![0]![3]).toBe('x|y`<b>.md');
    expect(findings![0]![4]).toBe(hostile.replace(/\r\n/g, '\n'));
    expect(markdown).not.toMatch(/<(script|img|b)\b/);
    expect(markdown).not.toContain(' @org');
  });

  test('escapes each character that would end a cell or start Markdown or HTML', () => {
    expect(escapeMarkdownCell('a|b')).toBe('a\\|b');
    expect(escapeMarkdownCell('`x`')).toBe('\\`x\\`');
    expect(escapeMarkdownCell('<b>&')).toBe('&lt;b&gt;&amp;');
    expect(escapeMarkdownCell('one\ntwo\r\nthree\rfour')).toBe('one<br>two<br>three<br>four');
    expect(escapeMarkdownCell('cc @octocat, see #1, mail x@example.com, C#')).toBe('cc @&#8203;octocat, see #&#8203;1, mail x@example.com, C#');
  });

  test('says so when there is nothing to report', () => {
    const empty: ScanResult = { ...SAMPLE_SCAN, findings: [], summary: { ...SAMPLE_SCAN.summary, findings: { block: 0, warn: 0, info: 0 }, byAssistant: {} } };
    expect(renderMarkdown(empty, context)).toContain('## Findings\n\nNo findings.\n');
  });
  test('shows control characters in a path as escapes, not raw bytes', () => {
    expect(escapeMarkdownCell('a\x1b(0title\x07b\x0b\x0c\tc')).toBe('a\\\\u{1b}(0title\\\\u{7}b\\\\u{b}\\\\u{c}\\\\u{9}c');
  });
});
