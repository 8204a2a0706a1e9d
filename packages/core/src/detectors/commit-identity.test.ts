/** @fileoverview Tests detectIdentity and parseIdentity against the real catalog's identity signatures. */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { detectIdentity, parseIdentity } from './commit-identity.js';
import { compileCatalog } from './compiled-catalog.js';

const catalog = compileCatalog(CATALOG);
const ids = (text: string): string[] => detectIdentity(parseIdentity(text), catalog).map((e) => e.signature.id);

describe('detectIdentity', () => {
  it("matches Claude Code on the web's identity whatever the case of the email", () => {
    expect(ids('Claude <NoReply@Anthropic.com>')).toEqual(['claude-code/web-identity']);
  });

  it('matches the email with a Cyrillic look-alike letter', () => {
    expect(ids('Claude <noreply@\u0430nthropic.com>')).toEqual(['claude-code/web-identity']);
  });

  it('matches the Copilot coding agent by its bot name and noreply email', () => {
    expect(ids('copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>')).toContain('copilot-coding-agent/identity');
  });

  it('matches an Aider author by the name suffix alone', () => {
    expect(ids('Ana (aider) <ana@example.com>')).toEqual(['aider/name-suffix']);
  });

  it('stays silent on humans at AI vendors', () => {
    for (const human of ['Claude Shannon <claude@anthropic.com>', 'Sam <sam@openai.com>', 'Bill <bill@microsoft.com>', 'Jeff <jeff@google.com>']) {
      expect(ids(human)).toEqual([]);
    }
  });

  it('gives the same answer on a repeated identity (memoised)', () => {
    const first = ids('Claude <noreply@anthropic.com>');
    expect(ids('Claude <noreply@anthropic.com>')).toEqual(first);
  });
});

describe('parseIdentity', () => {
  it('splits Name <email>', () => {
    expect(parseIdentity('Ana Human <ana@example.com>')).toEqual({ name: 'Ana Human', email: 'ana@example.com' });
  });

  it('takes a bare string as a name', () => {
    expect(parseIdentity('  Ana  ')).toEqual({ name: 'Ana', email: '' });
  });
});
