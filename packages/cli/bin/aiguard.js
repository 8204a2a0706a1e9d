#!/usr/bin/env node
// Launcher kept outside dist/ so npm can link the bin before the first build; it checks Node before loading the CLI.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

createRequire(import.meta.url)('./node-check.cjs').exitUnlessSupportedNode(fileURLToPath(new URL('..', import.meta.url)));
await import('../dist/bin.js');
