/**
 * @fileoverview The standalone binaries this machine cannot run (linux-arm64, win-x64, darwin-x64), checked by
 * structure: the executable format and CPU of each, Node's SEA fuse flipped by postject, the CLI inside, and the pinned
 * Node version. They are not executed here; the linux-x64 binary is (standalone-binary.test.ts).
 */
import { readFileSync, rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRelease, REPO_ROOT } from '../helpers/release-build.js';

interface Target {
  platform: string;
  node: string;
  file: string;
  format: 'elf' | 'pe' | 'macho';
}
const { TARGETS, SEA_FUSE } = (await import(join(REPO_ROOT, 'scripts', 'release', 'targets.mjs'))) as { TARGETS: Target[]; SEA_FUSE: string };
const CROSS = TARGETS.filter((target) => target.platform !== 'linux-x64');

/** The executable format and CPU read from the file header. */
function header(bytes: Buffer): string {
  if (bytes.readUInt32BE(0) === 0x7f454c46) return `elf/${{ 0x3e: 'x64', 0xb7: 'arm64' }[bytes.readUInt16LE(18)] ?? 'other'}`;
  if (bytes.toString('latin1', 0, 2) === 'MZ') {
    const pe = bytes.readUInt32LE(0x3c);
    if (bytes.toString('latin1', pe, pe + 4) !== 'PE\0\0') return 'mz';
    return `pe/${bytes.readUInt16LE(pe + 4) === 0x8664 ? 'x64' : 'other'}`;
  }
  if (bytes.readUInt32LE(0) === 0xfeedfacf) return `macho/${bytes.readUInt32LE(4) === 0x01000007 ? 'x64' : 'other'}`;
  return 'unknown';
}

describe('the cross-platform standalone binaries', () => {
  let out: string;
  const files = new Map<string, Buffer>();

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'aiguard-binaries-'));
    buildRelease(CROSS.map((target) => target.platform), out);
    for (const target of CROSS) files.set(target.platform, readFileSync(join(out, target.file)));
  }, 240_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.each(CROSS)('$file is a $format executable for its CPU', (target) => {
    const cpu = target.platform.split('-')[1];
    expect(header(files.get(target.platform)!)).toBe(`${target.format}/${cpu}`);
  });

  it.each(CROSS)('$file carries the CLI as its SEA blob, with the fuse flipped', (target) => {
    const bytes = files.get(target.platform)!;
    expect(bytes.includes(`${SEA_FUSE}:1`)).toBe(true);
    expect(bytes.includes(`${SEA_FUSE}:0`)).toBe(false);
    // A string only the CLI bundle has, so the blob is aiguard's and not an empty one.
    expect(bytes.includes('aiguard: detect and block banned AI coding assistants')).toBe(true);
  });

  it.each(CROSS)('$file is Node $node, the version its blob was made with', (target) => {
    expect(files.get(target.platform)!.includes(`node-v${target.node}`) || files.get(target.platform)!.includes(`v${target.node}\0`)).toBe(true);
  });
});
