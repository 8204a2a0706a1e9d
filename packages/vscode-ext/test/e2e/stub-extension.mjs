// Packages a do-nothing extension under a given id (e.g. anthropic.claude-code) so the e2e run has a "banned" extension installed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createVSIX } from '@vscode/vsce';

/** Writes and packages the stub into `dir`; resolves with the .vsix path. Offline: no dependencies, no network. */
export async function createStubExtension(dir, publisher, name) {
  const source = join(dir, 'source');
  mkdirSync(source, { recursive: true });
  writeFileSync(join(source, 'package.json'), JSON.stringify({
    name, publisher, version: '0.0.1', displayName: `${publisher}.${name} (aiguard e2e stub)`,
    description: 'A do-nothing stand-in with a banned extension id, used only by the aiguard e2e tests.',
    engines: { vscode: '^1.80.0' }, license: 'Apache-2.0', repository: 'https://example.invalid/stub', contributes: {},
  }, null, 2));
  writeFileSync(join(source, 'README.md'), '# e2e stub\n\nA do-nothing extension whose id matches a banned assistant.\n');
  writeFileSync(join(source, 'LICENSE'), 'Apache-2.0\n');
  const packagePath = join(dir, `${publisher}.${name}-0.0.1.vsix`);
  // vsce prints its file tree and hints on the console; keep the e2e output to the test report.
  const { log, warn, info } = console;
  console.log = console.warn = console.info = () => {};
  try {
    await createVSIX({ cwd: source, packagePath, dependencies: false, allowMissingRepository: true, skipLicense: true });
  } finally {
    Object.assign(console, { log, warn, info });
  }
  return packagePath;
}
