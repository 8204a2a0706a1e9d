/** @fileoverview Baidu Comate (文心快码): an IDE assistant with no commit mark; found on workstations only. */
import { defineAssistant } from './define.js';

const MARKETPLACE = 'https://marketplace.visualstudio.com/items?itemName=BaiduComate.comate';

export default defineAssistant({
  id: 'baidu-comate',
  name: 'Baidu Comate',
  vendor: 'Baidu',
  providers: ['baidu'],
  homepage: 'https://comate.baidu.com',
  signatures: [
    {
      id: 'baidu-comate/vscode-extension',
      kind: 'editor-extension',
      strength: 'strong',
      description: 'Baidu Comate VS Code extension.',
      editor: 'vscode',
      ids: ['BaiduComate.comate'],
      source: { tag: 'V', url: MARKETPLACE, ref: 'VS Code Marketplace item BaiduComate.comate' },
      examples: { matches: ['BaiduComate.comate', 'baiducomate.comate'], nonMatches: [{ value: 'BaiduComate.other', reason: 'a different extension id' }] },
    },
    {
      id: 'baidu-comate/user-dirs',
      kind: 'home-path',
      strength: 'weak',
      description: '~/.comate and ~/.comate-server, the folders the extension and its remote server use (seen in the wild, not documented).',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.comate', '.comate/**', '.comate-server', '.comate-server/**'],
      source: { tag: 'O', url: 'https://github.com/search?type=code&q=%22.comate-server%2Fbin%22', ref: 'paths such as ~/.comate-server/bin/<build>/extensions/baiducomate.comate seen in public code' },
      examples: {
        matches: ['~/.comate/remote/x/server/extensions/baiducomate.comate/package.json', '~/.comate-server/bin/abc/node'],
        nonMatches: [{ value: '~/.comatest/config', reason: 'a different folder' }],
      },
    },
  ],
});
